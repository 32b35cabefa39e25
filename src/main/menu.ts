/** The application menu: File, Edit (with the undo/redo action names), View, Help; in the UI's language. */
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

const words = {
  zh: {
    file: '文件(&F)', open: '打开(&O)…', openFolder: '打开文件夹(&D)…', nextIssue: '下一期(&N)', recent: '最近打开(&R)', noRecent: '无最近文件', export: '导出(&E)…', quit: '退出(&X)', quitMac: '退出 Galley',
    edit: '编辑(&E)', undo: '撤销', redo: '重做', view: '视图(&V)', palette: '命令面板(&P)…', theme: '切换浅色/深色(&T)', language: '切换界面语言 中文/English(&L)',
    help: '帮助(&H)', shortcuts: '键盘快捷键(&K)',
  },
  en: {
    file: '&File', open: '&Open…', openFolder: 'Open &Folder…', nextIssue: '&Next Issue', recent: 'Open &Recent', noRecent: 'No Recent Files', export: '&Export…', quit: 'E&xit', quitMac: 'Quit Galley',
    edit: '&Edit', undo: 'Undo', redo: 'Redo', view: '&View', palette: 'Command &Palette…', theme: 'Toggle &Theme', language: 'Toggle &Language (中文/English)',
    help: '&Help', shortcuts: '&Keyboard Shortcuts',
  },
} as const;

/** Build the menu template (pure, so tests can check it without Electron). */
export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const w = words[ctx.labels.locale];
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
      ? [{ label: w.noRecent, enabled: false }]
      : ctx.recent.map((path) => ({ label: path, click: () => ctx.openRecent(path) }));
  const join = (verb: string, what: string | null): string => (what === null ? verb : ctx.labels.locale === 'zh' ? `${verb}${what}` : `${verb} ${what}`);
  return [
    ...(ctx.isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: w.file,
      submenu: [
        cmd(w.open, 'open', 'CmdOrCtrl+O'),
        cmd(w.openFolder, 'open-folder', 'CmdOrCtrl+Shift+O'),
        { label: w.recent, submenu: recentItems },
        cmd(w.nextIssue, 'next-issue', 'CmdOrCtrl+Alt+N'),
        { type: 'separator' },
        cmd(w.export, 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        { role: 'quit', label: ctx.isMac ? w.quitMac : w.quit },
      ],
    },
    {
      label: w.edit,
      submenu: [
        // Undo/redo go to the document's one history, not the focused control, so they are app commands.
        cmd(join(w.undo, ctx.labels.undo), 'undo', 'CmdOrCtrl+Z', ctx.labels.undo !== null),
        cmd(join(w.redo, ctx.labels.redo), 'redo', 'CmdOrCtrl+Shift+Z', ctx.labels.redo !== null),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: w.view,
      submenu: [
        cmd(w.palette, 'palette', 'CmdOrCtrl+Shift+P'),
        cmd(w.theme, 'toggle-theme'),
        cmd(w.language, 'toggle-language'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { role: 'toggleDevTools' },
      ],
    },
    { label: w.help, submenu: [cmd(w.shortcuts, 'shortcuts', 'F1')] },
  ];
}
