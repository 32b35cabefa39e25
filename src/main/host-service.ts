/** The host calls in Electron: native dialogs, Edit menu labels, allow-listed external links. */
import { dialog, shell, type BrowserWindow } from 'electron';
import type { EditLabels, HostService } from '../shared/ipc';
import { fail, ok } from '../shared/result';
import { isAllowedExternalUrl } from './security';

/** Build the Electron host service for a window. */
export function createHostService(
  window: () => BrowserWindow | null,
  onLabels: (labels: EditLabels) => void,
  onReadyToClose: () => void,
): HostService {
  return {
    hostInfo: async () => ok({ kind: 'electron', nativeDialogs: true, platform: process.platform }),
    pickOpenPath: async () => {
      const win = window();
      const options = {
        properties: ['openFile' as const],
        filters: [
          { name: 'Text', extensions: ['txt', 'text'] },
          { name: 'All files', extensions: ['*'] },
        ],
      };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return ok(result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]);
    },
    pickFolder: async () => {
      const win = window();
      const options = { properties: ['openDirectory' as const, 'createDirectory' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return ok(result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]);
    },
    pickSavePath: async (suggested) => {
      const win = window();
      const options = { defaultPath: suggested };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return ok(result.canceled || !result.filePath ? null : result.filePath);
    },
    setEditLabels: async (labels) => {
      onLabels(labels);
      return ok(undefined);
    },
    openExternal: async (url) => {
      if (!isAllowedExternalUrl(url)) return fail('invalid-argument', `Not an allowed link: ${url}`);
      await shell.openExternal(url);
      return ok(undefined);
    },
    readyToClose: async () => {
      onReadyToClose();
      return ok(undefined);
    },
  };
}
