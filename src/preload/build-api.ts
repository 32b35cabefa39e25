/** Builds `window.galley` from the contract tables, so no channel is spelled twice and ipcRenderer never leaks. */
import type { IpcRendererEvent } from 'electron';
import { callChannels, droppedPathChannel, eventChannels, type CallName, type GalleyApi, type GalleyEvents } from '../shared/ipc';

/** The slice of ipcRenderer the preload uses. */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): unknown;
}

/** The slice of webUtils the preload uses. */
export interface FileUtils {
  getPathForFile(file: File): string;
}

/** Create the API object from an ipcRenderer-like transport. */
export function buildGalleyApi(ipc: RendererIpc, files: FileUtils): GalleyApi {
  const calls: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const name of Object.keys(callChannels) as CallName[]) {
    const channel = callChannels[name];
    // Only the arguments are forwarded: the event object and ipcRenderer stay inside the preload.
    calls[name] = (...args: unknown[]) => ipc.invoke(channel, ...args);
  }
  calls.startupIssue = answerFirstCallEarly(calls.startupIssue);
  const on = <E extends keyof GalleyEvents>(event: E, listener: (payload: GalleyEvents[E]) => void): (() => void) => {
    const channel = eventChannels[event];
    const wrapped = (_event: IpcRendererEvent, payload: unknown): void => listener(payload as GalleyEvents[E]);
    ipc.on(channel, wrapped);
    return () => {
      ipc.removeListener(channel, wrapped);
    };
  };
  const pathForFile = (file: object): string | null => {
    try {
      const path = files.getPathForFile(file as File);
      if (path === '') return null;
      // Main grants the renderer this path; the message arrives before the page's openIssue call for it.
      ipc.send(droppedPathChannel, path);
      return path;
    } catch {
      return null;
    }
  };
  return Object.freeze({ ...calls, on, pathForFile }) as unknown as GalleyApi;
}

/**
 * Make the call now, as the preload runs, and give that answer to the first caller: the host reads the
 * start-up issue while the page is still loading its bundle (a main thread that would otherwise wait), instead
 * of after it. Later calls ask again.
 */
function answerFirstCallEarly(call: () => Promise<unknown>): () => Promise<unknown> {
  let early: Promise<unknown> | null = call();
  // A failure nobody has asked for yet is not an unhandled rejection; the first caller still sees it.
  early.catch(() => undefined);
  return () => {
    const answer = early ?? call();
    early = null;
    return answer;
  };
}
