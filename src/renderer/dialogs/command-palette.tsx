/** Ctrl+Shift+P: find a command by name and run it. */
import { useState } from 'react';
import { useT } from '../i18n/locale-store';
import { appCommands } from '../shell/commands';
import { showDialog } from '../stores/ui-store';
import { Modal } from './modal';

/** The command palette. */
export function CommandPalette(): React.JSX.Element {
  const t = useT();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = appCommands.filter((c) => c.id !== 'palette' && t(c.label).toLowerCase().includes(query.toLowerCase()));
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
            <span>{t(c.label)}</span>
            {c.shortcut ? <kbd>{c.shortcut}</kbd> : null}
          </li>
        ))}
      </ul>
    </Modal>
  );
}
