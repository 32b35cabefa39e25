/**
 * Property tests for the document model: random and adversarial source texts, random command
 * sequences built from the document's real ids (plus stale ones), random review sessions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, BlockRole, Command, HeadRole, IssueDocument, Paragraph, Piece, Session, Suggestion } from '../../../../src/core';
import {
  accept,
  aimOf,
  applyCommand,
  applyCommands,
  createInitialDocument,
  createSession,
  documentOf,
  heldSteps,
  LAYOUT_BREAK,
  paragraphText,
  parseCommand,
  parseIssue,
  parseSessionFile,
  parseSessionFileText,
  perform,
  redo,
  reject,
  replaySteps,
  serializeSession,
  sessionFromFile,
  SessionReplayer,
  slicePieces,
  suggestionStatus,
  suggestionStatuses,
  traceParagraph,
  undo,
} from '../../../../src/core';
import { blocksOf, testReason } from './fixtures';

/** Runs per property; raise GALLEY_PROPERTY_RUNS for a longer hunt. */
const RUNS = Number(process.env.GALLEY_PROPERTY_RUNS ?? 200);
/** Huge inputs make single runs slow on a busy machine; the whole file normally takes a few seconds. */
const TIMEOUT = 60_000;

// ---------------------------------------------------------------------------------------------------
// Source texts

/** Pieces of text that stress unwrapping, CJK/Latin boundaries, line ends and UTF-16. */
const fragments = [
  '城市', '更新', '归根', '结底', '市级政', '务服务平台', '。', '，', '（李华）', '“', '”',
  'infor-', 'mation', 'well-', 'known', 'the park', 'A', ' ', '  ', '-',
  '\u3000', '\u3000\u3000', '\t', '\n', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', ' \n ',
  '𠀀', '𠮷野', '😀', '\ud800', '\udc00', 'é', 'e\u0301', '\u200b', '\ufeff',
];

const fragmentText = fc.array(fc.constantFrom(...fragments), { maxLength: 80, size: 'medium' }).map((parts) => parts.join(''));
const anyText = fc.string({ unit: 'binary', maxLength: 120 });
const lineyText = fc.string({ unit: fc.constantFrom('字', 'a', ' ', '\u3000', '\n', '\r', '-', '𠮷'), maxLength: 150 });
const hugeRepeat = fc
  .tuple(fc.constantFrom('国际化程度创新高。\n', '五是X。六是X。', 'word ', 'a\n\n', '字\r\n', '\n'), fc.integer({ min: 100, max: 1500 }))
  .map(([unit, times]) => unit.repeat(times));

const sourceText = fc.oneof(
  { weight: 6, arbitrary: fragmentText },
  { weight: 2, arbitrary: anyText },
  { weight: 2, arbitrary: lineyText },
  { weight: 1, arbitrary: hugeRepeat },
);

// ---------------------------------------------------------------------------------------------------
// Commands from random seeds against the current document

const kinds = [
  'remove-text', 'join', 'split-paragraph', 'move-paragraph', 'set-role', 'set-field-from-text',
  'split-article', 'merge-article', 'move-article', 'edit-text', 'restore', 'set-meta',
] as const satisfies readonly Command['kind'][];
const roles: readonly BlockRole[] = ['kicker', 'headline', 'subheadline', 'byline', 'body', 'caption', 'junk'];
const headRoles: readonly HeadRole[] = ['kicker', 'headline', 'subheadline', 'byline'];

/** Random choices from which a command is built once the document it applies to is known. */
interface Seed {
  readonly kind: (typeof kinds)[number];
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
  /** 0: use a stale id; 1: reuse an existing id where a new one is expected; else real ids. */
  readonly mode: number;
  readonly text: string;
}

const seed: fc.Arbitrary<Seed> = fc.record({
  kind: fc.constantFrom(...kinds),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  d: fc.nat(),
  mode: fc.nat({ max: 9 }),
  text: fc.oneof(fc.constantFrom('', ' ', '字', '。', '\n', 'x y'), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })),
});

function paragraphsOf(doc: IssueDocument): Paragraph[] {
  const result: Paragraph[] = [];
  for (const article of doc.articles) {
    for (const role of headRoles) {
      const field = article[role];
      if (field) result.push(field);
    }
    result.push(...article.paragraphs, ...article.captions);
  }
  return result;
}

function pick<T>(list: readonly T[], index: number): T | undefined {
  return list.length === 0 ? undefined : list[index % list.length];
}

/** Build a command from a seed against `doc`; `tag` makes new ids unique per step. */
function buildCommand(doc: IssueDocument, s: Seed, tag: string): Command {
  const paragraphs = paragraphsOf(doc);
  const body = doc.articles.flatMap((a) => a.paragraphs);
  const stale = s.mode === 0;
  const paragraphId = (n: number, from: readonly Paragraph[] = paragraphs): string => (stale ? `ghost${n % 3}` : pick(from, n)?.id ?? `ghost${n % 3}`);
  const articleId = (n: number): string => (stale ? `ghost-a${n % 3}` : pick(doc.articles, n)?.id ?? 'ghost-a');
  const newParagraphId = (): string => (s.mode === 1 ? pick(paragraphs, s.d)?.id ?? `n${tag}` : `n${tag}`);
  const newRemovalId = (): string => (s.mode === 1 ? pick(doc.removed, s.d)?.id ?? `x${tag}` : `x${tag}`);
  const target = stale ? undefined : pick(paragraphs, s.a);
  /** A source range inside the target paragraph, or anywhere in (or past) the source. */
  const range = (): [number, number] => {
    const sources = (target?.pieces ?? []).filter((p) => p.kind === 'source');
    const piece = pick(sources, s.b);
    if (!piece || s.c % 7 === 0) {
      const start = s.b % (doc.source.length + 3);
      return [start, start + (s.c % 9)];
    }
    const length = piece.end - piece.start;
    const start = piece.start + (s.c % (length + 1));
    return [start, Math.min(start + 1 + (s.d % (length + 2)), piece.end + (s.d % 3))];
  };
  const text = target ? paragraphText(doc.source, target) : '';
  switch (s.kind) {
    case 'remove-text': {
      const [start, end] = range();
      return { kind: 'remove-text', paragraph: target?.id ?? 'ghost', start, end, removal: 'duplicate-block', reason: testReason, removalId: newRemovalId() };
    }
    case 'join':
      // Mostly two different paragraphs: the second counted on from the first.
      return { kind: 'join', first: paragraphId(s.a), second: paragraphId(s.b % 5 === 0 ? s.a : s.a + 1 + (s.b % Math.max(1, paragraphs.length - 1))), separator: s.c % 3 === 0 ? ' ' : s.c % 3 === 1 ? '' : undefined };
    case 'split-paragraph':
      return { kind: 'split-paragraph', paragraph: target?.id ?? 'ghost', at: s.b % (text.length + 2), newParagraph: newParagraphId() };
    case 'move-paragraph':
      return { kind: 'move-paragraph', paragraph: paragraphId(s.a), after: s.c % 4 === 0 ? null : paragraphId(s.b), article: articleId(s.d) };
    case 'set-role':
      return { kind: 'set-role', paragraph: target?.id ?? 'ghost', role: roles[s.b % roles.length], removalId: s.c % 2 === 0 ? undefined : newRemovalId() };
    case 'set-field-from-text': {
      const [start, end] = range();
      return { kind: 'set-field-from-text', paragraph: target?.id ?? 'ghost', role: headRoles[s.d % headRoles.length], start, end, newParagraph: newParagraphId() };
    }
    case 'split-article':
      return { kind: 'split-article', at: paragraphId(s.a, body), newArticle: s.mode === 1 ? articleId(s.b) : `a${tag}` };
    case 'merge-article':
      // Mostly an article that has one before it.
      return { kind: 'merge-article', article: s.b % 4 === 0 ? articleId(s.a) : stale ? 'ghost-a' : pick(doc.articles.slice(1), s.a)?.id ?? 'ghost-a' };
    case 'move-article':
      return { kind: 'move-article', article: articleId(s.a), after: s.b % 3 === 0 ? null : articleId(s.c) };
    case 'edit-text': {
      // Replace a random slice of the current text (possibly all of it) with the seed's text.
      const from = s.b % (text.length + 1);
      const to = from + (s.c % (text.length - from + 1));
      return { kind: 'edit-text', paragraph: target?.id ?? 'ghost', text: text.slice(0, from) + s.text + text.slice(to) };
    }
    case 'restore':
      return { kind: 'restore', removal: stale ? 'ghost' : pick(doc.removed, s.a)?.id ?? 'ghost', newParagraph: newParagraphId() };
    case 'set-meta':
      return { kind: 'set-meta', meta: s.a % 2 === 0 ? { page: String(s.b % 10) } : { language: s.b % 2 === 0 ? 'zh' : 'en' } };
    default:
      throw new Error(`unexpected kind ${String(s.kind satisfies never)}`);
  }
}

// ---------------------------------------------------------------------------------------------------
// Invariants

/** The offsets that must never be lost: non-whitespace characters inside blocks. */
function mustHold(source: string, blocks: readonly Block[]): number[] {
  const offsets: number[] = [];
  for (const block of blocks) for (let i = block.start; i < block.end; i++) if (/\S/.test(source.charAt(i))) offsets.push(i);
  return offsets;
}

/** Offsets of `required` held by no paragraph and not in the removed pile. */
function lostCharacters(doc: IssueDocument, required: readonly number[]): number[] {
  const covered = new Uint8Array(doc.source.length);
  const holders = [...paragraphsOf(doc), ...doc.removed.map((r) => r.paragraph)];
  for (const p of holders) for (const piece of p.pieces) if (piece.kind === 'source') covered.fill(1, piece.start, piece.end);
  return required.filter((i) => !covered[i]);
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const id of ids) {
    if (seen.has(id)) repeated.push(id);
    seen.add(id);
  }
  return repeated;
}

function checkInvariants(doc: IssueDocument, required: readonly number[]): void {
  expect(lostCharacters(doc, required)).toEqual([]);
  expect(duplicates(paragraphsOf(doc).map((p) => p.id))).toEqual([]);
  expect(duplicates(doc.articles.map((a) => a.id))).toEqual([]);
  expect(duplicates(doc.removed.map((r) => r.id))).toEqual([]);
  const badPieces = [...paragraphsOf(doc), ...doc.removed.map((r) => r.paragraph)]
    .flatMap((p) => p.pieces)
    .filter((piece) => piece.kind === 'source' && !(Number.isSafeInteger(piece.start) && Number.isSafeInteger(piece.end) && 0 <= piece.start && piece.start < piece.end && piece.end <= doc.source.length));
  expect(badPieces).toEqual([]);
}

function textById(doc: IssueDocument, id: string): string | null {
  const paragraph = paragraphsOf(doc).find((p) => p.id === id);
  return paragraph ? paragraphText(doc.source, paragraph) : null;
}

/** What the text-changing commands promise about the text of the paragraphs they touch. */
function checkText(before: IssueDocument, after: IssueDocument, command: Command): void {
  switch (command.kind) {
    case 'edit-text':
      // The paragraph shows exactly the typed text (or is gone, when that text is blank).
      if (command.text.trim() === '') expect(textById(after, command.paragraph)).toBeNull();
      else expect(textById(after, command.paragraph)).toBe(command.text);
      break;
    case 'join':
      expect(textById(after, command.first)).toBe(
        (textById(before, command.first) ?? '') + (command.separator ?? '') + (textById(before, command.second) ?? ''),
      );
      break;
    case 'split-paragraph': {
      // A line break at the cut may go; nothing else changes.
      const original = textById(before, command.paragraph) ?? '';
      const head = textById(after, command.paragraph) ?? '';
      const tail = textById(after, command.newParagraph) ?? '';
      expect(head).toBe(original.slice(0, command.at).replace(/ $/, head.length < command.at ? '' : ' '));
      expect(tail).toBe(original.slice(command.at).replace(/^ /, tail.length < original.length - command.at ? '' : ' '));
      break;
    }
    default:
      break;
  }
}

function initialOf(source: string): { doc: IssueDocument; required: number[] } {
  const blocks = blocksOf(source);
  return { doc: createInitialDocument(source, blocks), required: mustHold(source, blocks) };
}

// ---------------------------------------------------------------------------------------------------
// Properties

describe('applyCommand over random texts and command sequences', () => {
  it('never throws, never loses a source character, keeps ids unique and ranges valid', () => {
    fc.assert(
      fc.property(sourceText, fc.array(seed, { minLength: 1, maxLength: 40, size: 'max' }), (source, seeds) => {
        const { doc: initial, required } = initialOf(source);
        let doc = initial;
        seeds.forEach((s, step) => {
          const command = buildCommand(doc, s, String(step));
          const outcome = applyCommand(doc, command);
          if (!outcome.applied) expect(outcome.doc).toBe(doc);
          else checkText(doc, outcome.doc, command);
          doc = outcome.doc;
          checkInvariants(doc, required);
        });
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('holds for blocks from the real parser too (wrapped columns, indented paragraphs)', () => {
    const wrapped = fc
      .array(fc.tuple(fc.constantFrom('　　', '', '  '), fc.array(fc.constantFrom(...fragments.filter((f) => !/[\r\n]/.test(f))), { minLength: 1, maxLength: 12 })), { maxLength: 30 })
      .map((lines) => lines.map(([indent, parts]) => indent + parts.join('')).join('\n'));
    fc.assert(
      fc.property(fc.oneof(sourceText, wrapped), fc.array(seed, { maxLength: 30, size: 'max' }), (source, seeds) => {
        const { blocks } = parseIssue(source);
        const required = mustHold(source, blocks);
        let doc = createInitialDocument(source, blocks);
        checkInvariants(doc, required);
        seeds.forEach((s, step) => {
          doc = applyCommand(doc, buildCommand(doc, s, String(step))).doc;
          checkInvariants(doc, required);
        });
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('is pure: replaying the same commands on the same document gives the same result', () => {
    fc.assert(
      fc.property(fragmentText, fc.array(seed, { maxLength: 25 }), (source, seeds) => {
        const { doc: initial } = initialOf(source);
        const commands: Command[] = [];
        let doc = initial;
        seeds.forEach((s, step) => {
          const command = buildCommand(doc, s, String(step));
          commands.push(command);
          doc = applyCommand(doc, command).doc;
        });
        const frozen = JSON.parse(JSON.stringify(initial)) as IssueDocument;
        const again = commands.reduce((d, c) => applyCommand(d, c).doc, frozen);
        expect(again).toEqual(doc);
        expect(frozen).toEqual(initial);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});

describe('paragraph text over random pieces', () => {
  const pieces = (source: string): fc.Arbitrary<Piece[]> =>
    fc.array(
      fc.oneof(
        fc.tuple(fc.nat(source.length), fc.nat(source.length)).map(([a, b]): Piece => ({ kind: 'source', start: Math.min(a, b), end: Math.max(a, b) })),
        fc.string({ maxLength: 3 }).map((text): Piece => ({ kind: 'typed', text })),
      ),
      { maxLength: 5 },
    );
  const isInsidePair = (text: string, at: number): boolean =>
    /[\ud800-\udbff]/.test(text.charAt(at - 1)) && /[\udc00-\udfff]/.test(text.charAt(at));

  it('trace = paragraphText; traced offsets point at the characters shown; slices keep their exact text', () => {
    fc.assert(
      fc.property(
        sourceText.chain((source) => fc.tuple(fc.constant(source), pieces(source), fc.nat(), fc.nat())),
        ([source, list, a, b]) => {
          const paragraph: Paragraph = { id: 'p', pieces: list };
          const trace = traceParagraph(source, paragraph);
          expect(trace.text).toBe(paragraphText(source, paragraph));
          expect(trace.origins).toHaveLength(trace.text.length);
          trace.origins.forEach((origin, i) => {
            if (origin >= 0) expect(source.charAt(origin)).toBe(trace.text.charAt(i));
            else if (origin === LAYOUT_BREAK) expect(trace.text.charAt(i)).toBe(' ');
          });
          const from = a % (trace.text.length + 1);
          const to = from + (b % (trace.text.length - from + 1));
          // Edits and splits never cut a surrogate pair, so neither does this property.
          if (isInsidePair(trace.text, from) || isInsidePair(trace.text, to)) return;
          expect(paragraphText(source, { id: 'q', pieces: slicePieces(trace, from, to, true) })).toBe(trace.text.slice(from, to));
        },
      ),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});

/** Something an editor can do in a session. */
type Action =
  | { readonly type: 'perform'; readonly seed: Seed }
  | { readonly type: 'accept' | 'reject'; readonly index: number }
  | { readonly type: 'undo' | 'redo' };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: seed.map((s) => ({ type: 'perform' as const, seed: s })) },
  { weight: 2, arbitrary: fc.nat().map((index) => ({ type: 'accept' as const, index })) },
  { weight: 2, arbitrary: fc.nat().map((index) => ({ type: 'reject' as const, index })) },
  { weight: 2, arbitrary: fc.constant({ type: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'redo' as const }) },
);

describe('sessions over random texts, suggestions and editor actions', () => {
  it('replayer = fresh replay at every step; undo all = initial (+ automatic fixes); redo all = end; serialise/parse replays the same', () => {
    fc.assert(
      fc.property(
        sourceText,
        fc.array(fc.tuple(seed, fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 8 }),
        fc.constantFrom(0.5, 1.5),
        fc.array(action, { maxLength: 30, size: 'max' }),
        (source, suggestionSeeds, threshold, actions) => {
          const { doc: initial, required } = initialOf(source);
          const suggestions: Suggestion[] = suggestionSeeds.map(([s, confidence], i) => ({
            id: `s${i}`,
            kind: 'role',
            basis: 'role:test',
            command: buildCommand(initial, s, `s${i}`),
            confidence,
            reason: testReason,
            ranges: [],
          }));
          const replayer = new SessionReplayer();
          let session: Session = createSession(initial, suggestions, threshold);
          actions.forEach((act, step) => {
            switch (act.type) {
              case 'perform':
                session = perform(session, buildCommand(replayer.stateOf(session).doc, act.seed, `e${step}`), testReason);
                break;
              case 'accept':
                session = accept(session, suggestions.length ? suggestions[act.index % suggestions.length].id : 'ghost');
                break;
              case 'reject':
                session = reject(session, suggestions.length ? suggestions[act.index % suggestions.length].id : 'ghost');
                break;
              case 'undo':
                session = undo(session);
                break;
              case 'redo':
                session = redo(session);
                break;
            }
            const state = replayer.stateOf(session);
            expect(state.doc).toEqual(documentOf(session));
            checkInvariants(state.doc, required);
          });
          const end = documentOf(session);

          let undone = session;
          while (undone.cursor > 0) undone = undo(undone);
          const automaticOnly = session.automatic.reduce((d, fix) => applyCommand(d, fix.command).doc, initial);
          expect(replayer.stateOf(undone).doc).toEqual(automaticOnly);
          if (session.automatic.length === 0) expect(documentOf(undone)).toEqual(initial);

          let redone = undone;
          for (let i = 0; i < session.cursor; i++) redone = redo(redone);
          expect(replayer.stateOf(redone).doc).toEqual(end);

          const parsed = parseSessionFileText(JSON.stringify(serializeSession(session)));
          if (!parsed.ok) throw new Error(parsed.message);
          expect(documentOf(sessionFromFile(initial, suggestions, parsed.value))).toEqual(end);
        },
      ),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});

/** A session's suggestions from seeds: commands built against the initial document, as analysis does. */
function suggestionsOf(initial: IssueDocument, seeds: readonly (readonly [Seed, number])[]): Suggestion[] {
  return seeds.map(([s, confidence], i) => ({ id: `s${i}`, kind: 'role', basis: 'role:test', command: buildCommand(initial, s, `s${i}`), confidence, reason: testReason, ranges: [] }));
}

/** A review decision on the suggestion at `index` (modulo their number). */
const decision = fc.record({ accept: fc.boolean(), index: fc.nat() });

describe('replay order of review decisions', () => {
  it('after any accept/reject sequence the document is the suggestions in effect replayed in suggestion order, then the editor commands', () => {
    fc.assert(
      fc.property(
        sourceText,
        fc.array(fc.tuple(seed, fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 10 }),
        fc.constantFrom(0, 0.5, 1.5),
        fc.array(decision, { maxLength: 25 }),
        fc.array(seed, { maxLength: 4 }),
        (source, suggestionSeeds, threshold, decisions, editSeeds) => {
          const { doc: initial } = initialOf(source);
          const suggestions = suggestionsOf(initial, suggestionSeeds);
          const replayer = new SessionReplayer();
          let session: Session = createSession(initial, suggestions, threshold);
          for (const d of decisions) {
            const id = suggestions[d.index % suggestions.length].id;
            session = d.accept ? accept(session, id) : reject(session, id);
            replayer.stateOf(session);
          }
          // Editor commands made after the decisions, each against the document it was made on.
          editSeeds.forEach((s, i) => {
            session = perform(session, buildCommand(replayer.stateOf(session).doc, s, `e${i}`), testReason);
          });
          const statuses = suggestionStatuses(session);
          let expected = suggestions
            .filter((s) => ['automatic', 'accepted'].includes(statuses.get(s.id) ?? ''))
            .reduce((doc, s) => applyCommand(doc, s.command).doc, initial);
          for (const entry of session.log) if (entry.type === 'command') expected = applyCommand(expected, entry.command).doc;
          expect(replayer.stateOf(session).doc).toEqual(expected);
          expect(documentOf(session)).toEqual(expected);
        },
      ),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('rejecting a suggestion in effect and accepting it again gives exactly the document before the reject, whatever came before', () => {
    fc.assert(
      fc.property(
        sourceText,
        fc.array(fc.tuple(seed, fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(0.5, 1.5),
        fc.array(action, { maxLength: 20, size: 'max' }),
        fc.nat(),
        (source, suggestionSeeds, threshold, actions, pickIndex) => {
          const { doc: initial } = initialOf(source);
          const suggestions = suggestionsOf(initial, suggestionSeeds);
          const replayer = new SessionReplayer();
          let session: Session = createSession(initial, suggestions, threshold);
          actions.forEach((act, step) => {
            if (act.type === 'perform') session = perform(session, buildCommand(replayer.stateOf(session).doc, act.seed, `e${step}`), testReason);
            else if (act.type === 'accept') session = accept(session, suggestions[act.index % suggestions.length].id);
            else if (act.type === 'reject') session = reject(session, suggestions[act.index % suggestions.length].id);
            else session = act.type === 'undo' ? undo(session) : redo(session);
          });
          const statuses = suggestionStatuses(session);
          const inEffect = suggestions.filter((s) => statuses.get(s.id) === 'automatic' || statuses.get(s.id) === 'accepted');
          if (inEffect.length === 0) return;
          const id = inEffect[pickIndex % inEffect.length].id;
          const before = replayer.stateOf(session).doc;
          const rejected = reject(session, id);
          replayer.stateOf(rejected);
          expect(replayer.stateOf(accept(rejected, id)).doc).toEqual(before);
        },
      ),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('the replayer (in-place runs, checkpoints) gives what applying each step with applyCommand gives', () => {
    fc.assert(
      fc.property(
        sourceText,
        fc.array(fc.tuple(seed, fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 8 }),
        fc.array(action, { maxLength: 30, size: 'max' }),
        fc.nat(),
        (source, suggestionSeeds, actions, every) => {
          const { doc: initial } = initialOf(source);
          const suggestions = suggestionsOf(initial, suggestionSeeds);
          // Documents kept every few steps, so runs resume from kept documents and change later ones in place.
          const replayer = new SessionReplayer(1 + (every % 4));
          let session: Session = createSession(initial, suggestions, 0.5);
          const frozen = JSON.stringify(initial);
          actions.forEach((act, step) => {
            const id = suggestions.length ? suggestions[('index' in act ? act.index : 0) % suggestions.length].id : 'ghost';
            if (act.type === 'perform') session = perform(session, buildCommand(replayer.stateOf(session).doc, act.seed, `e${step}`), testReason);
            else if (act.type === 'accept') session = accept(session, id);
            else if (act.type === 'reject') session = reject(session, id);
            else session = act.type === 'undo' ? undo(session) : redo(session);
            const expected = replaySteps(session).reduce((doc, s) => applyCommand(doc, s.command).doc, initial);
            expect(replayer.stateOf(session).doc).toEqual(expected);
          });
          expect(JSON.stringify(initial)).toBe(frozen);
        },
      ),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});

describe('applyCommands', () => {
  it('applies a long block of joins and text removals at once exactly as one by one (outcomes, problems, document)', () => {
    const paragraph = fc.array(fc.constantFrom(...fragments.filter((f) => !/[\r\n]/.test(f) && f.trim() !== '')), { minLength: 1, maxLength: 6 });
    const manyParagraphs = fc.oneof({ weight: 1, arbitrary: sourceText }, { weight: 4, arbitrary: fc.array(paragraph.map((parts) => parts.join('')), { minLength: 12, maxLength: 100 }).map((ps) => ps.join('\n\n')) });
    fc.assert(
      fc.property(
        manyParagraphs,
        fc.array(seed, { maxLength: 10 }),
        fc.array(fc.tuple(seed, fc.boolean()), { minLength: 16, maxLength: 120 }),
        fc.array(seed, { maxLength: 10 }),
        fc.integer({ min: 1, max: 200 }),
        (source, before, edits, after, every) => {
          const { doc: initial } = initialOf(source);
          const seeds = [...before, ...edits.map(([s, join]): Seed => ({ ...s, kind: join ? 'join' : 'remove-text' })), ...after];
          const commands: Command[] = [];
          const outcomes: (string | null)[] = [];
          const expected: IssueDocument[] = [];
          let doc = initial;
          seeds.forEach((s, step) => {
            commands.push(buildCommand(doc, s, String(step)));
            const outcome = applyCommand(doc, commands[step]);
            doc = outcome.doc;
            outcomes.push(outcome.applied ? null : outcome.problem);
            expected.push(doc);
          });
          const inBlock = (kind: string | undefined): boolean => kind === 'join' || kind === 'remove-text';
          const result = applyCommands(initial, commands, (i) => i % every === every - 1, (i, outcome) => {
            expect([i, outcome.applied ? null : outcome.problem]).toEqual([i, outcomes[i]]);
            if (i % every === every - 1 || !inBlock(commands[i + 1]?.kind)) expect(outcome.doc).toEqual(expected[i]);
          });
          expect(result).toEqual(doc);
        },
      ),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('applies a block of many article splits at once exactly as one by one (outcomes, document, kept documents)', () => {
    // Issues of many paragraphs, so that a block has enough places to cut.
    const paragraph = fc.array(fc.constantFrom(...fragments.filter((f) => !/[\r\n]/.test(f) && f.trim() !== '')), { minLength: 1, maxLength: 6 });
    const manyParagraphs = fc.oneof({ weight: 1, arbitrary: sourceText }, { weight: 4, arbitrary: fc.array(paragraph.map((parts) => parts.join('')), { minLength: 12, maxLength: 60 }).map((ps) => ps.join('\n\n')) });
    fc.assert(
      fc.property(
        manyParagraphs,
        fc.array(seed, { maxLength: 10 }),
        fc.array(seed, { minLength: 8, maxLength: 40 }),
        fc.array(seed, { maxLength: 10 }),
        fc.integer({ min: 1, max: 50 }),
        (source, before, splits, after, every) => {
          const { doc: initial } = initialOf(source);
          const seeds = [...before, ...splits.map((s): Seed => ({ ...s, kind: 'split-article' })), ...after];
          const commands: Command[] = [];
          const outcomes: boolean[] = [];
          const expected: IssueDocument[] = [];
          let doc = initial;
          // Mostly split points in document order, as analysis makes them (the block is then applied at
          // once); now and then a random one, which makes it go one by one.
          let order: string[] = [];
          seeds.forEach((s, step) => {
            if (step === before.length) order = doc.articles.flatMap((a) => a.paragraphs.map((p) => p.id));
            const inBlock = step >= before.length && step < before.length + splits.length;
            const ordered = inBlock && order.length > 0 && !(s.mode === 0 && s.b % 4 === 0);
            const at = ordered ? order.splice(0, 1 + (s.a % Math.min(3, order.length)))[0] : '';
            commands.push(ordered ? { kind: 'split-article', at, newArticle: `a${step}` } : buildCommand(doc, s, String(step)));
            const outcome = applyCommand(doc, commands[step]);
            doc = outcome.doc;
            outcomes.push(outcome.applied);
            expected.push(doc);
          });
          const result = applyCommands(initial, commands, (i) => i % every === every - 1, (i, outcome) => {
            expect([i, outcome.applied]).toEqual([i, outcomes[i]]);
            if (i % every === every - 1 || commands[i + 1]?.kind !== 'split-article') expect(outcome.doc).toEqual(expected[i]);
          });
          expect(result).toEqual(doc);
        },
      ),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('equals applyCommand step by step; kept documents and the input never change afterwards', () => {
    fc.assert(
      fc.property(sourceText, fc.array(seed, { maxLength: 40, size: 'max' }), fc.integer({ min: 1, max: 5 }), (source, seeds, every) => {
        const { doc: initial } = initialOf(source);
        const commands: Command[] = [];
        const expected: IssueDocument[] = [];
        let doc = initial;
        seeds.forEach((s, step) => {
          commands.push(buildCommand(doc, s, String(step)));
          doc = applyCommand(doc, commands[step]).doc;
          expected.push(doc);
        });
        const snapshot = JSON.stringify(initial);
        const kept: [number, IssueDocument, string][] = [];
        const result = applyCommands(initial, commands, (i) => i % every === 0, (i, outcome) => {
          // Inside a block of article splits applied at once, a step's document may hold the later splits too.
          if (i % every === 0 || commands[i + 1]?.kind !== 'split-article') expect(outcome.doc).toEqual(expected[i]);
          if (i % every === 0) kept.push([i, outcome.doc, JSON.stringify(outcome.doc)]);
        });
        expect(result).toEqual(doc);
        expect(JSON.stringify(initial)).toBe(snapshot);
        for (const [i, keptDoc, json] of kept) {
          expect(JSON.stringify(keptDoc)).toBe(json);
          expect(keptDoc).toEqual(expected[i]);
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});

describe('untrusted session files', () => {
  const anyValue = fc.oneof(
    fc.string({ maxLength: 4 }),
    fc.constantFrom('p0', 'p1', 'a0', 'x', '', 'headline', 'junk', 'editor', 'zh'),
    fc.integer({ min: -3, max: 40 }),
    fc.constantFrom(0, 2 ** 52, 2 ** 53, -0, 1.5, Number.MAX_VALUE),
    fc.constant(null),
    fc.boolean(),
    fc.constant({ zh: '理由', en: 'reason' }),
    fc.constant({ page: '3', language: 'en' }),
  );
  const keys = ['paragraph', 'start', 'end', 'removal', 'reason', 'removalId', 'first', 'second', 'separator', 'at', 'newParagraph', 'after', 'article', 'role', 'newArticle', 'text', 'meta'];
  const commandLike = fc.tuple(fc.constantFrom(...kinds, 'nonsense'), fc.dictionary(fc.constantFrom(...keys), anyValue)).map(([kind, fields]) => ({ ...fields, kind }));

  it('parseCommand never throws; whatever it accepts applies without throwing or losing text', () => {
    // Real commands with one field overwritten by an odd value, and shapeless command-like objects.
    const candidate = fc.oneof(
      fc.tuple(seed, fc.constantFrom(...keys), anyValue).map(([s, key, value]) => ({ s, key, value })),
      commandLike.map((json) => ({ json })),
    );
    let accepted = 0;
    fc.assert(
      fc.property(fragmentText, fc.array(candidate, { maxLength: 20 }), (source, candidates) => {
        const { doc: initial, required } = initialOf(source);
        let doc = initial;
        candidates.forEach((c, step) => {
          const json = 'json' in c ? c.json : { ...buildCommand(doc, c.s, String(step)), [c.key]: c.value };
          const parsed = parseCommand(json);
          if (!parsed.ok) return;
          accepted++;
          doc = applyCommand(doc, parsed.value).doc;
          checkInvariants(doc, required);
        });
      }),
      { numRuns: RUNS },
    );
    expect(accepted).toBeGreaterThan(RUNS);
  }, TIMEOUT);

  it('parseSessionFile never throws on arbitrary JSON, nor on a damaged real file', () => {
    const good = serializeSession(perform(createSession(initialOf('甲\n\n乙').doc, [], 0.5), { kind: 'join', first: 'p0', second: 'p1' }, testReason));
    const damaged = fc.tuple(fc.constantFrom('formatVersion', 'threshold', 'automatic', 'log', 'cursor'), fc.jsonValue()).map(([key, value]) => ({ ...good, [key]: value }));
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), damaged), (json) => {
        const result = parseSessionFile(json);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});

/** Each step's key with its aim on the document it meets, replaying `session` from scratch with applyCommand. */
function aimsOf(session: Session): Map<string, string | null> {
  const aims = new Map<string, string | null>();
  let doc = session.initial;
  for (const step of replaySteps(session)) {
    aims.set(step.key, aimOf(doc, step.command));
    doc = applyCommand(doc, step.command).doc;
  }
  return aims;
}

describe('rejecting a fix that later fixes depend on', () => {
  it('holds exactly the steps that would act elsewhere without it: no other step changes aim, the replayer equals a full replay, and accepting it again restores the document', () => {
    fc.assert(
      fc.property(
        sourceText,
        fc.array(fc.tuple(seed, fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 10 }),
        fc.constantFrom(0.5, 1.5),
        fc.array(action, { maxLength: 20, size: 'max' }),
        fc.nat(),
        fc.integer({ min: 1, max: 6 }),
        (source, suggestionSeeds, threshold, actions, pickIndex, every) => {
          const { doc: initial, required } = initialOf(source);
          const suggestions = suggestionsOf(initial, suggestionSeeds);
          // Documents kept every few steps, so the search for dependents resumes from kept documents.
          const replayer = new SessionReplayer(every);
          let session: Session = createSession(initial, suggestions, threshold);
          actions.forEach((act, step) => {
            const id = suggestions[('index' in act ? act.index : 0) % suggestions.length].id;
            if (act.type === 'perform') session = perform(session, buildCommand(replayer.stateOf(session).doc, act.seed, `e${step}`), testReason);
            else if (act.type === 'accept') session = accept(session, id);
            else if (act.type === 'reject') session = reject(session, id, replayer.dependentsOf(session, id));
            else session = act.type === 'undo' ? undo(session) : redo(session);
          });
          const statuses = suggestionStatuses(session);
          const inEffect = suggestions.filter((s) => statuses.get(s.id) === 'automatic' || statuses.get(s.id) === 'accepted');
          if (inEffect.length === 0) return;
          const id = inEffect[pickIndex % inEffect.length].id;
          const before = replayer.stateOf(session).doc;
          const aimsBefore = aimsOf(session);
          const held = replayer.dependentsOf(session, id);
          const rejected = reject(session, id, held);

          // The document is the full replay of what stays in effect, and nothing of the source is lost.
          const after = replayer.stateOf(rejected).doc;
          expect(after).toEqual(documentOf(rejected));
          checkInvariants(after, required);
          // Neither the rejected fix nor its dependents replay; every other step keeps its aim.
          const aimsAfter = aimsOf(rejected);
          expect(aimsAfter.has(id)).toBe(false);
          for (const key of held) expect(aimsAfter.has(key)).toBe(false);
          for (const [key, aim] of aimsAfter) if (aimsBefore.has(key)) expect([key, aim]).toEqual([key, aimsBefore.get(key)]);
          // Held suggestions wait in review; the hold names the rejected fix.
          const holds = heldSteps(rejected);
          for (const key of held) expect(holds.get(key)).toBe(id);
          const after2 = suggestionStatuses(rejected);
          for (const key of held) if (!key.startsWith('edit:')) expect(after2.get(key)).toBe('pending');
          // One suggestion's status, found without the map of all, is the same.
          for (const s of [...suggestions, { id: 'ghost' }]) expect([s.id, suggestionStatus(rejected, s.id)]).toEqual([s.id, after2.get(s.id) ?? 'pending']);
          // Accepting it again brings back it and its dependents: exactly the document before.
          expect(replayer.stateOf(accept(rejected, id)).doc).toEqual(before);
        },
      ),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
