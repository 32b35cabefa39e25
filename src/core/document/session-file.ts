import type { BlockRole, Command, HeadRole, IssueDocument, IssueMeta, Reason, RemovalKind, Suggestion } from '../model';
import type { AutomaticFix, LogEntry, Session } from './session';
import { restoreSession } from './session';

/** The version written by `serializeSession`; files of any other version are refused. */
export const SESSION_FORMAT_VERSION = 1;

/** A session as stored in the sidecar: plain JSON, no document (it is rebuilt from the source by replay). */
export interface SessionFile {
  readonly formatVersion: typeof SESSION_FORMAT_VERSION;
  readonly threshold: number;
  readonly automatic: readonly AutomaticFix[];
  readonly log: readonly LogEntry[];
  readonly cursor: number;
}

/** The outcome of reading untrusted JSON (core cannot import src/shared, so its own small Result). */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** The outcome of reading a session file. */
export type SessionFileResult = Parsed<SessionFile>;

/** The storable part of a session. */
export function serializeSession(session: Session): SessionFile {
  return {
    formatVersion: SESSION_FORMAT_VERSION,
    threshold: session.threshold,
    automatic: session.automatic,
    log: session.log,
    cursor: session.cursor,
  };
}

/** A session rebuilt from a stored file, over the document and suggestions recomputed from the source. */
export function sessionFromFile(initial: IssueDocument, suggestions: readonly Suggestion[], file: SessionFile): Session {
  return restoreSession(initial, suggestions, file.threshold, file.automatic, file.log, file.cursor);
}

/** Parse the text of a session file; never throws. */
export function parseSessionFileText(text: string): SessionFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  return parseSessionFile(json);
}

/** Thrown inside the validator only, to unwind to `parseSessionFile` with a path-qualified message. */
class Invalid extends Error {}

/** Check untrusted JSON (a hand-edited or damaged sidecar) and copy out a clean session file. */
export function parseSessionFile(json: unknown): SessionFileResult {
  return validate(() => readSessionFile(json));
}

/** Check one untrusted command (from a sidecar or across IPC) and copy out its known fields. */
export function parseCommand(json: unknown): Parsed<Command> {
  return validate(() => readCommand(json, 'command'));
}

function validate<T>(read: () => T): Parsed<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, message: error.message };
    throw error;
  }
}

const removalKinds: ReadonlySet<string> = new Set<RemovalKind>([
  'repetition-loop',
  'duplicate-block',
  'overlap-duplicate',
  'page-furniture',
  'jump-line',
  'line-end-hyphen',
  'editor',
]);
const headRoles: ReadonlySet<string> = new Set<HeadRole>(['kicker', 'headline', 'subheadline', 'byline']);
const blockRoles: ReadonlySet<string> = new Set<BlockRole>(['kicker', 'headline', 'subheadline', 'byline', 'body', 'caption', 'junk']);
const metaKeys = ['publication', 'date', 'edition', 'page'] as const;

type Json = { readonly [key: string]: unknown };

function fail(path: string, expected: string): never {
  throw new Invalid(`${path}: expected ${expected}`);
}

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object');
  return value as Json;
}

/** Own properties only: a key such as "constructor" must not be found on the prototype. */
function field(value: Json, key: string): unknown {
  return Object.hasOwn(value, key) ? value[key] : undefined;
}

function array(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) fail(path, 'an array');
  return value;
}

function string(value: Json, key: string, path: string): string {
  const v = field(value, key);
  if (typeof v !== 'string') fail(`${path}.${key}`, 'a string');
  return v;
}

/** An id: a non-empty string (an empty one could never be found again, or be told apart). */
function id(value: Json, key: string, path: string): string {
  const v = string(value, key, path);
  if (v === '') fail(`${path}.${key}`, 'a non-empty id');
  return v;
}

function offset(value: Json, key: string, path: string): number {
  const v = field(value, key);
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) fail(`${path}.${key}`, 'a non-negative integer');
  return v;
}

function oneOf<T extends string>(value: Json, key: string, allowed: ReadonlySet<string>, path: string): T {
  const v = string(value, key, path);
  if (!allowed.has(v)) fail(`${path}.${key}`, `one of ${[...allowed].join(', ')}`);
  return v as T;
}

function reason(value: unknown, path: string): Reason {
  const r = object(value, path);
  return { zh: string(r, 'zh', path), en: string(r, 'en', path) };
}

function meta(value: unknown, path: string): IssueMeta {
  const m = object(value, path);
  const result: { -readonly [K in keyof IssueMeta]: IssueMeta[K] } = {};
  for (const key of metaKeys) if (field(m, key) !== undefined) result[key] = string(m, key, path);
  const language = field(m, 'language');
  if (language !== undefined) {
    if (language !== 'zh' && language !== 'en') fail(`${path}.language`, '"zh" or "en"');
    result.language = language;
  }
  return result;
}

/** Validate one command and copy only its known fields; throws Invalid. */
function readCommand(value: unknown, path: string): Command {
  const c = object(value, path);
  const kind = string(c, 'kind', path) as Command['kind'];
  switch (kind) {
    case 'remove-text':
      return {
        kind,
        paragraph: id(c, 'paragraph', path),
        start: offset(c, 'start', path),
        end: offset(c, 'end', path),
        removal: oneOf<RemovalKind>(c, 'removal', removalKinds, path),
        reason: reason(field(c, 'reason'), `${path}.reason`),
        removalId: id(c, 'removalId', path),
      };
    case 'join': {
      const command: Command = { kind, first: id(c, 'first', path), second: id(c, 'second', path) };
      return field(c, 'separator') === undefined ? command : { ...command, separator: string(c, 'separator', path) };
    }
    case 'split-paragraph':
      return { kind, paragraph: id(c, 'paragraph', path), at: offset(c, 'at', path), newParagraph: id(c, 'newParagraph', path) };
    case 'move-paragraph':
      return { kind, paragraph: id(c, 'paragraph', path), after: idOrNull(c, 'after', path), article: id(c, 'article', path) };
    case 'set-role': {
      const command: Command = { kind, paragraph: id(c, 'paragraph', path), role: oneOf<BlockRole>(c, 'role', blockRoles, path) };
      return field(c, 'removalId') === undefined ? command : { ...command, removalId: id(c, 'removalId', path) };
    }
    case 'set-field-from-text':
      return {
        kind,
        paragraph: id(c, 'paragraph', path),
        role: oneOf<HeadRole>(c, 'role', headRoles, path),
        start: offset(c, 'start', path),
        end: offset(c, 'end', path),
        newParagraph: id(c, 'newParagraph', path),
      };
    case 'split-article':
      return { kind, at: id(c, 'at', path), newArticle: id(c, 'newArticle', path) };
    case 'merge-article':
      return { kind, article: id(c, 'article', path) };
    case 'move-article':
      return { kind, article: id(c, 'article', path), after: idOrNull(c, 'after', path) };
    case 'edit-text':
      return { kind, paragraph: id(c, 'paragraph', path), text: string(c, 'text', path) };
    case 'restore':
      return { kind, removal: id(c, 'removal', path), newParagraph: id(c, 'newParagraph', path) };
    case 'set-meta':
      return { kind, meta: meta(field(c, 'meta'), `${path}.meta`) };
    default:
      return unknownKind(kind, path);
  }
}

/** Untrusted input can hold any kind; typed as `never` so the switch above stays exhaustive. */
function unknownKind(kind: never, path: string): never {
  fail(`${path}.kind`, `a command kind, not ${JSON.stringify(kind)}`);
}

function idOrNull(value: Json, key: string, path: string): string | null {
  return field(value, key) === null ? null : id(value, key, path);
}

function readLogEntry(value: unknown, path: string): LogEntry {
  const e = object(value, path);
  const type = string(e, 'type', path) as LogEntry['type'];
  switch (type) {
    case 'accept':
      return { type, suggestion: id(e, 'suggestion', path), command: readCommand(field(e, 'command'), `${path}.command`) };
    case 'reject': {
      const suggestion = id(e, 'suggestion', path);
      // Written since fixes that depend on the rejected one are held with it; older files have none.
      if (field(e, 'held') === undefined) return { type, suggestion };
      const held = array(field(e, 'held'), `${path}.held`).map((key, i) => {
        if (typeof key !== 'string' || key === '') fail(`${path}.held[${i}]`, 'a non-empty step key');
        return key;
      });
      return { type, suggestion, held };
    }
    case 'command':
      return { type, command: readCommand(field(e, 'command'), `${path}.command`), label: reason(field(e, 'label'), `${path}.label`) };
    default:
      return unknownType(type, path);
  }
}

/** Untrusted input can hold any type; typed as `never` so the switch above stays exhaustive. */
function unknownType(type: never, path: string): never {
  fail(`${path}.type`, `"accept", "reject" or "command", not ${JSON.stringify(type)}`);
}

function readSessionFile(json: unknown): SessionFile {
  const root = object(json, 'session');
  if (field(root, 'formatVersion') !== SESSION_FORMAT_VERSION) fail('session.formatVersion', `${SESSION_FORMAT_VERSION}`);
  const threshold = field(root, 'threshold');
  if (typeof threshold !== 'number' || !Number.isFinite(threshold)) fail('session.threshold', 'a finite number');
  const automatic = array(field(root, 'automatic'), 'session.automatic').map((value, i): AutomaticFix => {
    const path = `session.automatic[${i}]`;
    const fix = object(value, path);
    return { suggestion: id(fix, 'suggestion', path), command: readCommand(field(fix, 'command'), `${path}.command`) };
  });
  const log = array(field(root, 'log'), 'session.log').map((value, i) => readLogEntry(value, `session.log[${i}]`));
  const cursor = offset(root, 'cursor', 'session');
  if (cursor > log.length) fail('session.cursor', `at most the log length ${log.length}`);
  return { formatVersion: SESSION_FORMAT_VERSION, threshold, automatic, log, cursor };
}
