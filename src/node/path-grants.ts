/**
 * The paths the user has granted this session, and the guard that holds renderer requests to them.
 * The renderer is untrusted: a compromised page must not turn IPC into general file access. Main (or
 * the harness) records what the user chose — its own dialogs, the command line, OS open requests, drops,
 * recent files — and only those may be read; exports go only where the user chose to put them or beside
 * an issue the user opened; sidecars and status calls only concern opened issues.
 */
import { basename, dirname, resolve, sep } from 'node:path';
import type { GalleyCalls } from '../shared/ipc';
import { fail, type Result } from '../shared/result';
import { workspaceStateName } from './workspace';

/** What the user has allowed, and the questions the guard asks of it. */
export interface PathGrants {
  /** A file the user chose (dialog, command line, OS request, drop, recent file): it may be opened. */
  grantFile(path: string): void;
  /** A folder the user chose: its files may be opened and listed, exports written into it; `tree` also grants its sub-folders. */
  grantFolder(path: string, tree?: boolean): void;
  /** A path the user chose in a save dialog: one export may be written there, replacing what is there. */
  grantSaveTarget(path: string): void;
  /** An issue was opened: its session, status and folder (for exports beside it) are now fair game. */
  noteOpened(path: string): void;
  /** Whether a file may be opened. */
  mayRead(path: string): boolean;
  /** Whether a folder may be listed as a workspace. */
  mayList(folder: string): boolean;
  /** Whether `path` is an issue opened this session. */
  isOpened(path: string): boolean;
  /** Whether per-article exports may be written into `folder`. */
  mayWriteInto(folder: string): boolean;
  /** Whether one export may be written at `path`. */
  mayWriteExport(path: string): boolean;
}

// Windows and macOS file systems ignore case by default: compare paths the way they do.
const foldCase = process.platform === 'win32' || process.platform === 'darwin';
const keyOf = (path: string): string => (foldCase ? resolve(path).toLowerCase() : resolve(path));

/** An empty set of grants. */
export function createPathGrants(): PathGrants {
  const files = new Set<string>();
  const folders = new Set<string>();
  const trees: string[] = [];
  const saveTargets = new Set<string>();
  const opened = new Set<string>();
  const openedFolders = new Set<string>();

  const inTree = (key: string): boolean => trees.some((root) => key === root || key.startsWith(root.endsWith(sep) ? root : root + sep));
  const chosenFolder = (key: string): boolean => folders.has(key) || inTree(key);
  // The source is never written to: no export may land on a file the user opened or chose to open.
  const isInput = (key: string): boolean => files.has(key) || opened.has(key);
  // Galley's own bookkeeping beside an issue: the folder's state file, temp files, an input's sidecar.
  const isGalleyOwn = (key: string): boolean => {
    const name = basename(key);
    if (name === workspaceStateName.toLowerCase() || name === workspaceStateName || name.endsWith('.galley-tmp')) return true;
    const sidecarOf = key.replace(/\.galley\.json$/i, '');
    return sidecarOf !== key && isInput(sidecarOf);
  };

  return {
    grantFile: (path) => void files.add(keyOf(path)),
    grantFolder: (path, tree = false) => {
      if (tree) trees.push(keyOf(path));
      else folders.add(keyOf(path));
    },
    grantSaveTarget: (path) => void saveTargets.add(keyOf(path)),
    noteOpened: (path) => {
      opened.add(keyOf(path));
      openedFolders.add(keyOf(dirname(resolve(path))));
    },
    mayRead: (path) => {
      const key = keyOf(path);
      return isInput(key) || chosenFolder(keyOf(dirname(resolve(path))));
    },
    mayList: (folder) => chosenFolder(keyOf(folder)),
    isOpened: (path) => opened.has(keyOf(path)),
    mayWriteInto: (folder) => chosenFolder(keyOf(folder)) || openedFolders.has(keyOf(folder)),
    mayWriteExport: (path) => {
      const key = keyOf(path);
      if (isInput(key) || isGalleyOwn(key)) return false;
      if (saveTargets.has(key)) return true;
      const folder = keyOf(dirname(resolve(path)));
      return chosenFolder(folder) || openedFolders.has(folder);
    },
  };
}

function refused(call: string, path: string, why: string): Result<never> {
  return fail('invalid-argument', `Refused ${call}: ${path} ${why}`);
}

/**
 * Wrap the calls so every path the renderer sends is checked against the grants, and the paths the
 * user picks in the host's dialogs become grants. Used by main's IPC binding and by the harness.
 */
export function guardCalls(calls: GalleyCalls, grants: PathGrants): GalleyCalls {
  const notChosen = 'was not chosen by you in this session (open it through the Open dialog)';
  const notOpened = 'is not an issue opened in this session';
  return {
    ...calls,
    startupIssue: async () => {
      const opened = await calls.startupIssue();
      if (opened.ok) grants.noteOpened(opened.value.path);
      return opened;
    },
    openIssue: async (path, options) => {
      if (!grants.mayRead(path)) return refused('openIssue', path, notChosen);
      const opened = await calls.openIssue(path, options);
      if (opened.ok) grants.noteOpened(opened.value.path);
      return opened;
    },
    listWorkspace: async (folder) => (grants.mayList(folder) ? calls.listWorkspace(folder) : refused('listWorkspace', folder, 'is not a folder you chose')),
    writeExport: async (request) => {
      if (!grants.mayWriteExport(request.path)) return refused('writeExport', request.path, 'is not a place you chose to export to (choose it with Browse…)');
      if (request.sourcePath !== undefined && !grants.isOpened(request.sourcePath)) return refused('writeExport', request.sourcePath, notOpened);
      return calls.writeExport(request);
    },
    writeExportFiles: async (request) => {
      if (!grants.mayWriteInto(request.folder)) return refused('writeExportFiles', request.folder, 'is not a folder you chose to export to (choose it with Browse…)');
      if (request.sourcePath !== undefined && !grants.isOpened(request.sourcePath)) return refused('writeExportFiles', request.sourcePath, notOpened);
      return calls.writeExportFiles(request);
    },
    saveSession: async (request) =>
      grants.isOpened(request.sourcePath) ? calls.saveSession(request) : refused('saveSession', request.sourcePath, notOpened),
    loadSession: async (sourcePath, sourceHash) =>
      grants.isOpened(sourcePath) ? calls.loadSession(sourcePath, sourceHash) : refused('loadSession', sourcePath, notOpened),
    sourceStatus: async (source) => (grants.isOpened(source.path) ? calls.sourceStatus(source) : refused('sourceStatus', source.path, notOpened)),
    pickOpenPath: async () => {
      const picked = await calls.pickOpenPath();
      if (picked.ok && picked.value !== null) grants.grantFile(picked.value);
      return picked;
    },
    pickFolder: async () => {
      const picked = await calls.pickFolder();
      if (picked.ok && picked.value !== null) grants.grantFolder(picked.value);
      return picked;
    },
    pickSavePath: async (suggested) => {
      const picked = await calls.pickSavePath(suggested);
      if (picked.ok && picked.value !== null) grants.grantSaveTarget(picked.value);
      return picked;
    },
  };
}
