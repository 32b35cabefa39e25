/// <reference types="vite/client" />
import type { GalleyApi } from '../shared/ipc';

declare global {
  interface Window {
    /** The one bridge to the system, from the preload (Electron) or the harness bridge script. */
    readonly galley: GalleyApi;
  }
}
