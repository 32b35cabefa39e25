import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => ({}));

const { buildMenuTemplate } = await import('../../../src/main/menu');

const labels = (items: MenuItemConstructorOptions[]): string[] => items.map((i) => i.label ?? i.role ?? i.type ?? '');
const submenu = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  (item?.submenu as MenuItemConstructorOptions[]) ?? [];

describe('buildMenuTemplate', () => {
  it('has File > Open, Open Folder, Open Recent, Next Issue, Export…, Quit and sends commands to the renderer', () => {
    const send = vi.fn();
    const openRecent = vi.fn();
    const template = buildMenuTemplate({ labels: { undo: null, redo: null, locale: 'en' }, recent: ['/a.txt'], isMac: false, send, openRecent });
    const file = submenu(template.find((m) => m.label === '&File'));
    expect(labels(file)).toEqual(['&Open…', 'Open &Folder…', 'Open &Recent', '&Next Issue', 'separator', '&Export…', 'separator', 'E&xit']);
    (file[0].click as () => void)();
    expect(send).toHaveBeenCalledWith('open');
    (file[1].click as () => void)();
    expect(send).toHaveBeenCalledWith('open-folder');
    (file[3].click as () => void)();
    expect(send).toHaveBeenCalledWith('next-issue');
    const recent = submenu(file[2]);
    (recent[0].click as () => void)();
    expect(openRecent).toHaveBeenCalledWith('/a.txt');
  });

  it('names the undo and redo steps and disables them when there is nothing to do', () => {
    const ctx = { recent: [], isMac: false, send: vi.fn(), openRecent: vi.fn() };
    const edit = (undo: string | null, redo: string | null) =>
      submenu(buildMenuTemplate({ ...ctx, labels: { undo, redo, locale: 'en' } }).find((m) => m.label === '&Edit'));
    const named = edit('Move Paragraph', null);
    expect(named[0]).toMatchObject({ label: 'Undo Move Paragraph', enabled: true });
    expect(named[1]).toMatchObject({ label: 'Redo', enabled: false });
    expect(labels(buildMenuTemplate({ ...ctx, labels: { undo: null, redo: null, locale: 'en' } }))).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('follows the UI language (Chinese first)', () => {
    const ctx = { recent: [], isMac: false, send: vi.fn(), openRecent: vi.fn() };
    const zh = buildMenuTemplate({ ...ctx, labels: { undo: '移动段落', redo: null, locale: 'zh' } });
    expect(labels(zh)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    expect(submenu(zh[1])[0]).toMatchObject({ label: '撤销移动段落', enabled: true });
  });

  it('leaves the keys to the renderer: accelerators are shown, not registered', () => {
    const template = buildMenuTemplate({ labels: { undo: 'x', redo: 'y', locale: 'en' }, recent: [], isMac: false, send: vi.fn(), openRecent: vi.fn() });
    const items = template.flatMap((m) => submenu(m)).filter((i) => i.accelerator);
    expect(items.length).toBeGreaterThan(3);
    expect(items.every((i) => i.registerAccelerator === false)).toBe(true);
  });
});
