/** The host calls in the browser harness: no native dialogs (the page asks for paths), no menus, no links. */
import type { HostService } from '../shared/ipc';
import { fail, ok } from '../shared/result';

/** Build the harness host service. */
export function createWebHostService(): HostService {
  return {
    hostInfo: async () => ok({ kind: 'web', nativeDialogs: false, platform: process.platform }),
    // The renderer shows its path field instead; these answer honestly if called anyway.
    pickOpenPath: async () => fail('cancelled', 'The browser harness has no file dialog: type a path.'),
    pickFolder: async () => fail('cancelled', 'The browser harness has no folder dialog: type a path.'),
    pickSavePath: async () => fail('cancelled', 'The browser harness has no file dialog: type a path.'),
    setEditLabels: async () => ok(undefined),
    openExternal: async () => fail('invalid-argument', 'The browser harness does not open external links.'),
    // A browser tab closes without asking the page; saves are flushed on `pagehide` instead.
    readyToClose: async () => ok(undefined),
  };
}
