/** The sandboxed preload: exposes exactly one object, `window.galley`, implementing the IPC contract. */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { buildGalleyApi } from './build-api';

contextBridge.exposeInMainWorld('galley', buildGalleyApi(ipcRenderer, webUtils));
