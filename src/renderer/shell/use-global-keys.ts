/** Global shortcuts and host menu commands, wired once for the whole app. */
import { useEffect } from 'react';
import { galley } from '../galley';
import { openPath } from '../actions';
import { appCommands, matchesShortcut, runMenuCommand } from './commands';
import { uiStore } from '../stores/ui-store';
import { flushSession } from '../persistence/session-persistence';

/** Listen for global shortcuts and for menu commands / open requests from the host. */
export function useGlobalKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      // While a dialog is open only its own keys apply (Escape closes it).
      if (uiStore.get().dialog !== 'none') return;
      const inField = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      for (const command of appCommands) {
        const keys = [command.shortcut, ...(command.alsoKeys ?? [])].filter((k): k is string => k !== null);
        if (!keys.some((k) => matchesShortcut(event, k))) continue;
        // Text fields keep their own undo and letters.
        if (inField && ['undo', 'redo', 'accept-active', 'reject-active'].includes(command.id)) return;
        // In the source, Ctrl+F is Monaco's own find widget.
        if (command.id === 'find' && event.target instanceof Element && event.target.closest('[data-testid="source-pane"]')) return;
        event.preventDefault();
        // Monaco has its own bindings for some of these keys (its palette on Ctrl+Shift+P): ours win.
        event.stopPropagation();
        command.run();
        return;
      }
    };
    window.addEventListener('keydown', onKey, true);
    const offMenu = galley().on('menuCommand', runMenuCommand);
    const offOpen = galley().on('openPath', (path) => void openPath(path));
    const offClose = galley().on('beforeClose', () => {
      void flushSession().finally(() => void galley().readyToClose());
    });
    // A browser tab (the harness) closes without asking: start the pending save at least.
    const onHide = (): void => void flushSession();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      offMenu();
      offOpen();
      offClose();
      window.removeEventListener('pagehide', onHide);
    };
  }, []);
}
