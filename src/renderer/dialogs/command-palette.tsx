/** Ctrl+Shift+P: find a command by name and run it. */
import { useState } from 'react';
import { useT } from '../i18n/locale-store';
import { appCommands } from '../shell/commands';
import { paneCommands } from '../shell/pane-commands';
import { showDialog } from '../stores/ui-store';
import { Modal } from './modal';

/** The command palette. */
export function CommandPalette(): React.JSX.Element {
  const t = useT();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // Global commands, then the issue pane's (run on the selected paragraph); found by name, keywords or id.
  const all = [
    ...appCommands.filter((c) => c.id !== 'palette').map((c) => ({ id: c.id, name: t(c.label), shortcut: c.shortcut, words: c.keywords ? t(c.keywords) : '', run: c.run })),
    ...paneCommands.map((c) => ({ id: c.id, name: t(c.label, c.role ? { role: t(c.role) } : undefined), shortcut: c.hint, words: '', run: c.run })),
  ];
  const needle = query.trim().toLowerCase();
  const matches = all.filter((c) => `${c.name} ${c.words} ${c.id}`.toLowerCase().includes(needle));
  const run = (index: number): void => {
    const command = matches[index];
    if (!command) return;
    showDialog('none');
    command.run();
  };
  return (
    <Modal title={t('palette')} testId="command-palette" onClose={() => showDialog('none')}>
      <input
        data-testid="palette-input"
        aria-label={t('palette')}
        placeholder={t('palettePlaceholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(matches.length - 1, a + 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
          else if (e.key === 'Enter') run(active);
          else return;
          e.preventDefault();
        }}
      />
      <ul className="palette-list" role="listbox" aria-label={t('palette')}>
        {matches.map((c, i) => (
          <li key={c.id} role="option" aria-selected={i === active} className={i === active ? 'active' : ''} onMouseDown={() => run(i)}>
            <span>{c.name}</span>
            {c.shortcut ? <kbd>{c.shortcut}</kbd> : null}
          </li>
        ))}
      </ul>
    </Modal>
  );
}
