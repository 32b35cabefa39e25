/** The status bar's encoding: a button that lists the supported encodings and reopens the issue with the one chosen. */
import { useEffect, useRef, useState } from 'react';
import { encodingChoices } from '../../shared/encodings';
import { reopenActive } from '../actions';
import { useT } from '../i18n/locale-store';

/** Props: the shown issue's encoding id. */
export interface EncodingControlProps {
  readonly encoding: string;
}

/** The encoding control. */
export function EncodingControl({ encoding }: EncodingControlProps): React.JSX.Element {
  const t = useT();
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  const label = encodingChoices.find((e) => e.id === encoding)?.label ?? encoding;
  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[aria-checked="true"], [role="menuitemradio"]')?.focus();
  }, [open]);
  return (
    <span
      className="encoding-control"
      onBlur={(e) => {
        // The menu closes when focus leaves the control (a click elsewhere), not when it moves into the menu.
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        type="button"
        data-testid="encoding-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t('encodingLabel', { encoding: label })}
        title={t('encodingLabel', { encoding: label })}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </button>
      {open ? (
        <div
          ref={menu}
          className="encoding-menu"
          role="menu"
          aria-label={t('encodingMenu')}
          data-testid="encoding-menu"
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpen(false);
          }}
        >
          {encodingChoices.map((choice) => (
            <button
              key={choice.id}
              type="button"
              role="menuitemradio"
              aria-checked={choice.id === encoding}
              data-testid={`encoding-option-${choice.id}`}
              onClick={() => {
                setOpen(false);
                if (choice.id !== encoding) void reopenActive({ encoding: choice.id });
              }}
            >
              {choice.label}
            </button>
          ))}
        </div>
      ) : null}
    </span>
  );
}
