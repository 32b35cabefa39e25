/** Two panes with a draggable, keyboard-adjustable divider. */
import { useRef, useState, type ReactNode } from 'react';

/** Props: the two panes. */
export interface SplitViewProps {
  readonly left: ReactNode;
  readonly right: ReactNode;
  readonly label: string;
}

/** The split view. */
export function SplitView({ left, right, label }: SplitViewProps): React.JSX.Element {
  const [ratio, setRatio] = useState(0.5);
  const container = useRef<HTMLDivElement>(null);
  const clamp = (r: number): number => Math.min(0.8, Math.max(0.2, r));
  return (
    <div className="split-view" ref={container} style={{ gridTemplateColumns: `${ratio}fr 6px ${1 - ratio}fr` }}>
      <div className="pane">{left}</div>
      <div
        className="divider"
        role="separator"
        aria-orientation="vertical"
        aria-label={label}
        aria-valuenow={Math.round(ratio * 100)}
        aria-valuemin={20}
        aria-valuemax={80}
        tabIndex={0}
        data-testid="split-divider"
        onPointerDown={(event) => {
          const box = container.current?.getBoundingClientRect();
          if (!box) return;
          event.currentTarget.setPointerCapture(event.pointerId);
          const move = (e: PointerEvent): void => setRatio(clamp((e.clientX - box.left) / box.width));
          const up = (): void => {
            window.removeEventListener('pointermove', move);
            window.removeEventListener('pointerup', up);
          };
          window.addEventListener('pointermove', move);
          window.addEventListener('pointerup', up);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowLeft') setRatio((r) => clamp(r - 0.05));
          else if (e.key === 'ArrowRight') setRatio((r) => clamp(r + 0.05));
        }}
      />
      <div className="pane">{right}</div>
    </div>
  );
}
