/**
 * The one IPC contract between the renderer and the system (Electron main or the browser harness).
 * Every channel is declared once here with its argument and result types and an argument validator;
 * main binds it through one wrapper, the harness through its HTTP server, the preload exposes it as
 * `window.galley`. Only plain data crosses: no classes, no functions, no Errors.
 */
import { isEncodingId } from './encodings';
import type { Result } from './result';

/** An issue file as read and decoded by the node layer (the source is never written to). */
export interface OpenedIssueDto {
  readonly path: string;
  readonly name: string;
  readonly text: string;
  /** An encoding id ('utf-8', 'utf-8-bom', 'utf-16le', 'gb18030', 'big5', …). */
  readonly encoding: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** sha256 of the bytes, hex: what later changes on disk are detected against. */
  readonly hash: string;
  readonly lineEndings: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
  readonly finalNewline: boolean;
  /** One-line notices from decoding (guessed encoding, undecodable lines). */
  readonly warnings: readonly string[];
  /**
   * Where exports go by default when not beside the source: set for a file shipped with the app (the
   * bundled sample), whose folder is the app's own (in a checkout, the repository).
   */
  readonly exportFolder?: string;
}

/** A request to write an export to a path (atomically). */
export interface ExportRequest {
  readonly path: string;
  /** UTF-8 text, or base64 for binary formats (DOCX): only plain strings cross the bridge. */
  readonly data: string;
  readonly encoding: 'utf8' | 'base64';
  /** Replace an existing file (the user agreed); otherwise an existing file fails with code 'exists'. */
  readonly overwrite: boolean;
  /** The issue exported: when given, the export is recorded for the folder workspace's status. */
  readonly sourcePath?: string;
}

/** One file of a per-article export: named by node from the date and headline (made safe there). */
export interface ExportFileDto {
  readonly date: string;
  readonly headline: string;
  readonly ext: string;
  readonly data: string;
  readonly encoding: 'utf8' | 'base64';
}

/** A per-article export: several files into one folder. */
export interface ExportFilesRequest {
  readonly folder: string;
  readonly files: readonly ExportFileDto[];
  readonly overwrite: boolean;
  /** The issue exported: when given, the export is recorded for the folder workspace's status. */
  readonly sourcePath?: string;
}

/** How to open an issue: force a codec (reopen with another encoding) or raise the soft size limit (the user agreed). */
export interface OpenIssueOptions {
  readonly encoding?: string;
  readonly maxBytes?: number;
}

/** Where an issue of a folder workspace stands: no sidecar, a sidecar (being reviewed), or an export was written. */
export type WorkspaceStatus = 'new' | 'in-review' | 'exported';

/** One issue file of a folder workspace. */
export interface WorkspaceIssueDto {
  readonly path: string;
  readonly name: string;
  readonly size: number;
  readonly status: WorkspaceStatus;
  /** ISO time of the last export, when one was recorded. */
  readonly exportedAt: string | null;
}

/** A folder of issues, in name order. */
export interface WorkspaceDto {
  readonly folder: string;
  readonly issues: readonly WorkspaceIssueDto[];
}

/** What a per-article export wrote. */
export interface ExportFilesDone {
  readonly folder: string;
  readonly paths: readonly string[];
}

/** What an export wrote. */
export interface ExportDone {
  readonly path: string;
  readonly bytes: number;
}

/** The lexicons in core's compact text form (parseCompactLexicon), so the renderer never touches files. */
export interface LexiconData {
  readonly zh: string;
  readonly en: string;
}

/** The editing session to store beside a source (core's SessionFile, opaque here: core validates it on load). */
export interface SaveSessionRequest {
  readonly sourcePath: string;
  readonly sourceHash: string;
  readonly session: Readonly<Record<string, unknown>>;
}

/** Where a session was saved; `notice` says when it went to the app data folder instead. */
export interface SessionSaved {
  readonly path: string;
  readonly notice: string | null;
}

/** A stored session found for a source. */
export interface StoredSession {
  /** The stored SessionFile, unvalidated (core's parseSessionFile checks it). */
  readonly session: unknown;
  readonly path: string;
  /** False when the source changed since the session was saved: it is not replayed silently. */
  readonly sourceMatches: boolean;
  readonly savedAt: string;
}

/** Undo/redo labels and the UI language the renderer reports, so the menus match the window. */
export interface EditLabels {
  readonly undo: string | null;
  readonly redo: string | null;
  readonly locale: 'zh' | 'en';
}

/** Which host runs the renderer: the Electron app or the loopback browser harness. */
export interface HostInfo {
  readonly kind: 'electron' | 'web';
  /** Native open/save dialogs exist (Electron); in the harness the page asks for paths in a text field. */
  readonly nativeDialogs: boolean;
  readonly platform: string;
}

/** Commands the host's menus send to the renderer. */
export type MenuCommand = 'open' | 'open-folder' | 'next-issue' | 'export' | 'undo' | 'redo' | 'palette' | 'shortcuts' | 'toggle-theme' | 'toggle-language';

/** Every menu command, for validation. */
export const menuCommands: readonly MenuCommand[] = ['open', 'open-folder', 'next-issue', 'export', 'undo', 'redo', 'palette', 'shortcuts', 'toggle-theme', 'toggle-language'];

/**
 * The Node services: the same object is bound to IPC by main and to HTTP by the harness.
 * Expected failures come back as `Result` errors, never as exceptions.
 */
export interface GalleyService {
  /** The issue to show at start: the command-line file, or the bundled sample when none was given. */
  startupIssue(): Promise<Result<OpenedIssueDto>>;
  /** Read and decode an issue file; options force an encoding or raise the size limit. */
  openIssue(path: string, options?: OpenIssueOptions): Promise<Result<OpenedIssueDto>>;
  /** The .txt issues of a folder with their status (from sidecars and recorded exports). */
  listWorkspace(folder: string): Promise<Result<WorkspaceDto>>;
  /** Write exported text atomically. */
  writeExport(request: ExportRequest): Promise<Result<ExportDone>>;
  /** Write one file per article into a folder (safe names, atomic, never replacing unasked). */
  writeExportFiles(request: ExportFilesRequest): Promise<Result<ExportFilesDone>>;
  /** The lexicons as text, for the analysis worker. */
  lexicon(): Promise<Result<LexiconData>>;
  /** Recently opened files, newest first. */
  recentFiles(): Promise<Result<readonly string[]>>;
  /** Save the editing session in the sidecar beside the source (atomically). */
  saveSession(request: SaveSessionRequest): Promise<Result<SessionSaved>>;
  /** The stored editing session of a source, or null when there is none. */
  loadSession(sourcePath: string, sourceHash: string): Promise<Result<StoredSession | null>>;
  /** Whether the open source changed on disk since it was read ('unchanged' | 'changed' | 'missing'). */
  sourceStatus(source: KnownSourceDto): Promise<Result<'unchanged' | 'changed' | 'missing'>>;
}

/** What the renderer knows about the file it opened. */
export interface KnownSourceDto {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly hash: string;
}

/** Calls whose implementation depends on the host (dialogs, menus, window). */
export interface HostService {
  /** Facts about the host. */
  hostInfo(): Promise<Result<HostInfo>>;
  /** Ask for a file to open; `null` when cancelled. */
  pickOpenPath(): Promise<Result<string | null>>;
  /** Ask for a folder (workspace, export destination); `null` when cancelled. */
  pickFolder(): Promise<Result<string | null>>;
  /** Ask where to save an export; `null` when cancelled. */
  pickSavePath(suggested: string): Promise<Result<string | null>>;
  /** Tell the host the current undo/redo labels (the Edit menu shows them). */
  setEditLabels(labels: EditLabels): Promise<Result<void>>;
  /** Open an external link, if it is on the allow-list. */
  openExternal(url: string): Promise<Result<void>>;
  /** Answer to `beforeClose`: pending saves are done, the window may close. */
  readyToClose(): Promise<Result<void>>;
}

/** Everything callable as a request/response pair. */
export type GalleyCalls = GalleyService & HostService;

/** The name of a callable method. */
export type CallName = keyof GalleyCalls;

/** The arguments of a call. */
export type CallArgs<N extends CallName> = Parameters<GalleyCalls[N]>;

/** The awaited result of a call. */
export type CallResult<N extends CallName> = Awaited<ReturnType<GalleyCalls[N]>>;

/** The IPC channel of every call (the `galley:` prefix marks ours). */
export const callChannels = {
  startupIssue: 'galley:startup-issue',
  openIssue: 'galley:open-issue',
  listWorkspace: 'galley:list-workspace',
  writeExport: 'galley:write-export',
  writeExportFiles: 'galley:write-export-files',
  lexicon: 'galley:lexicon',
  recentFiles: 'galley:recent-files',
  saveSession: 'galley:save-session',
  loadSession: 'galley:load-session',
  sourceStatus: 'galley:source-status',
  hostInfo: 'galley:host-info',
  pickOpenPath: 'galley:pick-open-path',
  pickFolder: 'galley:pick-folder',
  pickSavePath: 'galley:pick-save-path',
  setEditLabels: 'galley:set-edit-labels',
  openExternal: 'galley:open-external',
  readyToClose: 'galley:ready-to-close',
} as const satisfies { readonly [N in CallName]: `galley:${string}` };

/** Calls served by the node services (the rest are host calls). */
export const serviceCallNames: readonly (keyof GalleyService)[] = ['startupIssue', 'openIssue', 'listWorkspace', 'writeExport', 'writeExportFiles', 'lexicon', 'recentFiles', 'saveSession', 'loadSession', 'sourceStatus'];

/** Events the host pushes to the renderer. */
export interface GalleyEvents {
  /** A menu item was chosen. */
  menuCommand: MenuCommand;
  /** The host opened a path (Open Recent, second instance, macOS open-file): the renderer should open it. */
  openPath: string;
  /** The window is about to close: finish saving, then call readyToClose. */
  beforeClose: true;
}

/** The IPC channel of every event. */
export const eventChannels = {
  menuCommand: 'galley:event-menu-command',
  openPath: 'galley:event-open-path',
  beforeClose: 'galley:event-before-close',
} as const satisfies { readonly [E in keyof GalleyEvents]: `galley:${string}` };

/**
 * Sent by the preload (never by the page, which has no ipcRenderer) with the path of a file the user
 * dropped, so main lets the renderer open it: only a real drop gives a File a path.
 */
export const droppedPathChannel = 'galley:dropped-path';

/** The object the renderer sees as `window.galley`. */
export type GalleyApi = {
  readonly [N in CallName]: (...args: CallArgs<N>) => Promise<CallResult<N>>;
} & {
  /** Subscribe to a host event; returns the unsubscribe function. */
  readonly on: <E extends keyof GalleyEvents>(event: E, listener: (payload: GalleyEvents[E]) => void) => () => void;
  /** The filesystem path of a dropped file (Electron only; `null` in the harness). */
  // `object` rather than File: this file is compiled without DOM types.
  readonly pathForFile: (file: object) => string | null;
};

const maxPathLength = 4096;
const maxExportLength = 256 * 1024 * 1024;

const isPath = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= maxPathLength && !value.includes('\0');

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isHash = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{16,128}$/.test(value);

const isOptionalPath = (value: unknown): boolean => value === undefined || isPath(value);

/** The largest maxBytes a renderer may ask for (node refuses above its own hard limit anyway). */
const maxOpenBytes = 1024 * 1024 * 1024;

const isOpenOptions = (value: unknown): boolean =>
  value === undefined ||
  (isRecord(value) &&
    Object.keys(value).every((k) => k === 'encoding' || k === 'maxBytes') &&
    (value.encoding === undefined || isEncodingId(value.encoding)) &&
    (value.maxBytes === undefined ||
      (typeof value.maxBytes === 'number' && Number.isInteger(value.maxBytes) && value.maxBytes > 0 && value.maxBytes <= maxOpenBytes)));

const isLabel = (value: unknown): boolean => value === null || (typeof value === 'string' && value.length <= 200);

/** Argument validators per call: untrusted input from the renderer is checked before any service runs. */
export const argValidators: { readonly [N in CallName]: (args: readonly unknown[]) => boolean } = {
  startupIssue: (args) => args.length === 0,
  openIssue: (args) => (args.length === 1 || args.length === 2) && isPath(args[0]) && isOpenOptions(args[1]),
  listWorkspace: (args) => args.length === 1 && isPath(args[0]),
  writeExport: (args) =>
    args.length === 1 &&
    isRecord(args[0]) &&
    isPath(args[0].path) &&
    typeof args[0].data === 'string' &&
    args[0].data.length <= maxExportLength &&
    (args[0].encoding === 'utf8' || args[0].encoding === 'base64') &&
    typeof args[0].overwrite === 'boolean' &&
    isOptionalPath(args[0].sourcePath),
  writeExportFiles: (args) =>
    args.length === 1 &&
    isRecord(args[0]) &&
    isPath(args[0].folder) &&
    typeof args[0].overwrite === 'boolean' &&
    isOptionalPath(args[0].sourcePath) &&
    Array.isArray(args[0].files) &&
    args[0].files.length > 0 &&
    args[0].files.length <= 10_000 &&
    args[0].files.every(
      (f: unknown) =>
        isRecord(f) &&
        typeof f.date === 'string' &&
        typeof f.headline === 'string' &&
        typeof f.ext === 'string' &&
        /^[a-z0-9.]{1,20}$/.test(f.ext) &&
        typeof f.data === 'string' &&
        (f.encoding === 'utf8' || f.encoding === 'base64'),
    ),
  lexicon: (args) => args.length === 0,
  recentFiles: (args) => args.length === 0,
  saveSession: (args) =>
    args.length === 1 &&
    isRecord(args[0]) &&
    isPath(args[0].sourcePath) &&
    isHash(args[0].sourceHash) &&
    isRecord(args[0].session),
  loadSession: (args) => args.length === 2 && isPath(args[0]) && isHash(args[1]),
  sourceStatus: (args) =>
    args.length === 1 &&
    isRecord(args[0]) &&
    isPath(args[0].path) &&
    typeof args[0].size === 'number' &&
    typeof args[0].mtimeMs === 'number' &&
    isHash(args[0].hash),
  hostInfo: (args) => args.length === 0,
  pickOpenPath: (args) => args.length === 0,
  pickFolder: (args) => args.length === 0,
  pickSavePath: (args) => args.length === 1 && typeof args[0] === 'string' && args[0].length <= maxPathLength,
  setEditLabels: (args) =>
    args.length === 1 && isRecord(args[0]) && isLabel(args[0].undo) && isLabel(args[0].redo) && (args[0].locale === 'zh' || args[0].locale === 'en'),
  openExternal: (args) => args.length === 1 && typeof args[0] === 'string' && args[0].length <= 2048,
  readyToClose: (args) => args.length === 0,
};

/** Whether a string names a call of the contract. */
export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(callChannels, name);
}
