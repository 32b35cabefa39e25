/** The Node implementation of the IPC service contract, shared by Electron main and the browser harness. */
import { readFile } from 'node:fs/promises';
import { basename, join, relative, resolve, isAbsolute } from 'node:path';
import { mkdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import type { ExportDone, ExportFilesDone, ExportFilesRequest, ExportRequest, GalleyService, LexiconData, OpenedIssueDto, OpenIssueOptions, SaveSessionRequest, SessionSaved, StoredSession } from '../shared/ipc';
import { fail, ok, type Result } from '../shared/result';
import { writeFileAtomic } from './atomic-write';
import { openIssueFile, softSizeLimit } from './open-issue';
import { createPreferencesStore, type PreferencesStore } from './preferences-store';
import { loadSidecar, saveSidecar } from './sidecar';
import { sourceStatus } from './source-status';
import { writeExport } from './export-writer';
import { listWorkspace, recordExport } from './workspace';
import { userStateDir } from './user-state-dir';

/** Where the services find their files. */
export interface ServiceOptions {
  /** The file named on the command line, or null to open the bundled sample. */
  readonly startupPath: string | null;
  /** The app's resources folder (samples, lexicons). */
  readonly resourcesDir: string;
  /** A folder for app state (preferences, sidecar fallback); null keeps it in memory only. */
  readonly stateDir: string | null;
  /** Shared with main (window bounds); created from stateDir when omitted. */
  readonly preferences?: PreferencesStore;
  /** Files over this many bytes open only when the caller raises maxBytes (tests use a small one); default softSizeLimit. */
  readonly softLimitBytes?: number;
}

/** The bundled sample issue, relative to the resources folder. */
export const samplePath = join('samples', 'shuozhou-daily-2023-05-27.txt');

/** Build the service object bound to IPC (Electron) or HTTP (harness). */
export function createGalleyService(options: ServiceOptions): GalleyService {
  const preferences = options.preferences ?? createPreferencesStore(options.stateDir);
  let lexiconCache: Promise<Result<LexiconData>> | null = null;

  // Files shipped with the app (the sample) are read-only in spirit: their sessions live in the state
  // folder (the harness has none: the user's app-data folder), never beside them in the app's resources.
  // The sample is the first file a newcomer edits, so its edits are kept like any other file's.
  const isBundled = (sourcePath: string): boolean => {
    const inside = relative(resolve(options.resourcesDir), resolve(sourcePath));
    return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
  };
  const sidecarSource = async (sourcePath: string): Promise<string | null> => {
    if (!isBundled(sourcePath)) return sourcePath;
    const dir = join(options.stateDir ?? userStateDir(), 'bundled');
    try {
      await mkdir(dir, { recursive: true });
    } catch {
      return null;
    }
    return join(dir, basename(sourcePath));
  };

  const openIssue = async (path: string, openOptions?: OpenIssueOptions): Promise<Result<OpenedIssueDto>> => {
    const opened = await openIssueFile(path, {
      encoding: openOptions?.encoding,
      maxBytes: openOptions?.maxBytes ?? options.softLimitBytes ?? softSizeLimit,
    });
    if (!opened.ok) return opened;
    await preferences.addRecent(opened.value.path);
    // Exports of the bundled sample default to the user's documents, never into the app's resources.
    return isBundled(opened.value.path) ? ok({ ...opened.value, exportFolder: await documentsFolder() }) : opened;
  };

  return {
    startupIssue: () => openIssue(options.startupPath ?? join(options.resourcesDir, samplePath)),
    openIssue,
    listWorkspace: (folder) => listWorkspace(folder, options.stateDir),
    writeExport: async (request: ExportRequest): Promise<Result<ExportDone>> => {
      const bytes = request.encoding === 'base64' ? Buffer.from(request.data, 'base64') : Buffer.from(request.data, 'utf8');
      const written = await writeFileAtomic(request.path, bytes, { overwrite: request.overwrite });
      if (!written.ok) return written;
      const recorded = await recordIfAsked(request.sourcePath, isBundled);
      return recorded.ok ? ok({ path: request.path, bytes: bytes.byteLength }) : recorded;
    },
    writeExportFiles: async (request: ExportFilesRequest): Promise<Result<ExportFilesDone>> => {
      // The CLI's writer: headlines that clean to one name are numbered, double extensions (ninjs.json)
      // are kept, every target is checked before the first write, and the issue itself is never replaced.
      const files = request.files.map((file) => ({
        stem: { date: file.date, title: file.headline, extension: file.ext },
        data: file.encoding === 'base64' ? Buffer.from(file.data, 'base64') : file.data,
      }));
      const written = await writeExport(files, {
        folder: request.folder,
        overwrite: request.overwrite,
        protect: request.sourcePath === undefined ? [] : [request.sourcePath],
      });
      if (!written.ok) return written;
      const recorded = await recordIfAsked(request.sourcePath, isBundled);
      return recorded.ok ? ok({ folder: request.folder, paths: written.value.map((file) => file.path) }) : recorded;
    },
    lexicon: () => {
      // Read once: the dictionaries are megabytes and never change while the app runs.
      lexiconCache ??= readLexicons(join(options.resourcesDir, 'lexicon'));
      return lexiconCache;
    },
    recentFiles: async () => ok((await preferences.get()).recentFiles),
    saveSession: async (request: SaveSessionRequest): Promise<Result<SessionSaved>> => {
      // The sidecar keeps the log in `log` and the rest of the session file in `meta.session`.
      const { log, ...rest } = request.session;
      const target = await sidecarSource(request.sourcePath);
      if (target === null) return ok({ path: '', notice: 'Edits to the bundled sample cannot be saved: no writable app-data folder.' });
      const saved = await saveSidecar({
        sourcePath: target,
        sourceHash: request.sourceHash,
        meta: { session: rest },
        log: Array.isArray(log) ? log : [],
        fallbackDir: options.stateDir,
      });
      return saved.ok ? ok({ path: saved.value.path, notice: saved.value.notice }) : saved;
    },
    sourceStatus: (source) => sourceStatus(source.path, source),
    loadSession: async (sourcePath: string, sourceHash: string): Promise<Result<StoredSession | null>> => {
      const target = await sidecarSource(sourcePath);
      if (target === null) return ok(null);
      const loaded = await loadSidecar(target, sourceHash, options.stateDir);
      if (!loaded.ok || loaded.value === null) return loaded.ok ? ok(null) : loaded;
      const { data } = loaded.value;
      const rest = typeof data.meta.session === 'object' && data.meta.session !== null ? data.meta.session : {};
      return ok({
        session: { ...rest, log: data.log },
        path: loaded.value.path,
        sourceMatches: loaded.value.sourceMatches,
        savedAt: data.savedAt,
      });
    },
  };
}

/** The user's Documents folder where there is one, else the home folder. */
async function documentsFolder(): Promise<string> {
  const documents = join(homedir(), 'Documents');
  return (await stat(documents).catch(() => null))?.isDirectory() ? documents : homedir();
}

// The export is written either way; a failed record only leaves the workspace status behind, and the user is told.
// The bundled sample's folder is the app's resources: nothing is written there, so it is not recorded.
async function recordIfAsked(sourcePath: string | undefined, isBundled: (path: string) => boolean): Promise<Result<void>> {
  if (sourcePath === undefined || isBundled(sourcePath)) return ok(undefined);
  const recorded = await recordExport(sourcePath);
  if (recorded.ok) return recorded;
  return fail(recorded.error.code, `The export was written, but its status was not recorded: ${recorded.error.message}`);
}

async function readLexicons(dir: string): Promise<Result<LexiconData>> {
  try {
    const [zh, en] = await Promise.all([
      readFile(join(dir, 'zh-words.compact.txt'), 'utf8'),
      readFile(join(dir, 'en-words.compact.txt'), 'utf8'),
    ]);
    return ok({ zh, en });
  } catch (error) {
    return fail('unreadable', `Cannot read the lexicons in ${dir}: ${(error as Error).message}`);
  }
}
