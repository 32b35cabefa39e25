/** The application menu: File, Edit (with the undo/redo action names), View, Help. */
import type { MenuItemConstructorOptions } from 'electron';
import type { EditLabels, MenuCommand } from '../shared/ipc';

/** What the menu needs from the app. */
export interface MenuContext {
  readonly labels: EditLabels;
  readonly recent: readonly string[];
  readonly isMac: boolean;
  readonly send: (command: MenuCommand) => void;
  readonly openRecent: (path: string) => void;
}

/** Build the menu template (pure, so tests can check it without Electron). */
export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const cmd = (label: string, command: MenuCommand, accelerator?: string, enabled = true): MenuItemConstructorOptions => ({
    label,
    accelerator,
    // The renderer owns the keyboard (one place for shortcuts, same in the harness); the menu only shows them.
    registerAccelerator: false,
    enabled,
    click: () => ctx.send(command),
  });
  const recentItems: MenuItemConstructorOptions[] =
    ctx.recent.length === 0
      ? [{ label: 'No Recent Files', enabled: false }]
      : ctx.recent.map((path) => ({ label: path, click: () => ctx.openRecent(path) }));
  return [
    ...(ctx.isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        cmd('&Open…', 'open', 'CmdOrCtrl+O'),
        { label: 'Open &Recent', submenu: recentItems },
        { type: 'separator' },
        cmd('&Export…', 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        { role: 'quit', label: ctx.isMac ? 'Quit Galley' : 'E&xit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // Undo/redo go to the document's history, not the focused text field, so they are app commands.
        cmd(ctx.labels.undo ? `Undo ${ctx.labels.undo}` : 'Undo', 'undo', 'CmdOrCtrl+Z', ctx.labels.undo !== null),
        cmd(ctx.labels.redo ? `Redo ${ctx.labels.redo}` : 'Redo', 'redo', 'CmdOrCtrl+Shift+Z', ctx.labels.redo !== null),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        cmd('Command &Palette…', 'palette', 'CmdOrCtrl+Shift+P'),
        cmd('Toggle &Theme', 'toggle-theme'),
        cmd('Toggle &Language (中文/English)', 'toggle-language'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { role: 'toggleDevTools' },
      ],
    },
    { label: '&Help', submenu: [cmd('&Keyboard Shortcuts', 'shortcuts', 'F1')] },
  ];
}
