/**
 * An error boundary around one region of the workbench (a pane, the workspace panel, the dialogs), so a
 * failure there — a lazy chunk that does not load, a render bug — shows a message in that region and
 * leaves the rest of the window, and the user's work, on screen. The root boundary stays for the rest.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { format } from '../i18n/strings';
import { localeStore } from '../i18n/locale-store';

interface Props {
  /** Names the region in the log and the test id (`region-error-<name>`). */
  readonly name: string;
  /** When this changes (another dialog, another issue), the region tries again. */
  readonly resetKey?: unknown;
  /** What "dismiss" does besides clearing the error (closing the dialog that failed). */
  readonly onDismiss?: () => void;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

/** Catches render errors of one region. */
export class RegionBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Galley: the ${this.props.name} region failed`, error, info.componentStack);
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const locale = localeStore.get();
    return (
      <div className="error-banner" role="alert" data-testid={`region-error-${this.props.name}`}>
        {format(locale, 'regionFailed', { message: error.message })}{' '}
        <button
          type="button"
          onClick={() => {
            this.setState({ error: null });
            this.props.onDismiss?.();
          }}
        >
          {format(locale, 'regionDismiss')}
        </button>
      </div>
    );
  }
}
