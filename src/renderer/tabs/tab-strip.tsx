/** The tab strip above the split view: one tab per open issue, a close button on each. */
import { useT } from '../i18n/locale-store';
import { useStore } from '../stores/create-store';
import { activateTab, closeTab } from './tab-switch';
import { tabsStore } from './tabs-store';

/** The tab strip (hidden when nothing is open). */
export function TabStrip(): React.JSX.Element | null {
  const t = useT();
  const { tabs, active } = useStore(tabsStore);
  if (tabs.length === 0) return null;
  // Two issues with the same file name (from different folders) are told apart by their folder.
  const label = (path: string, name: string): string => {
    if (tabs.filter((other) => other.name === name).length < 2) return name;
    const folder = path.split(/[\\/]/).slice(-2, -1)[0];
    return folder ? `${name} — ${folder}` : name;
  };
  return (
    <div className="tab-strip" role="tablist" aria-label={t('tabs')} data-testid="tab-strip">
      {tabs.map((tab) => (
        <div key={tab.id} className={`tab${tab.id === active ? ' active' : ''}`} data-testid="tab" data-path={tab.path} data-active={tab.id === active}>
          <button type="button" role="tab" aria-selected={tab.id === active} title={tab.path} data-testid="tab-select" onClick={() => void activateTab(tab.id)}>
            {label(tab.path, tab.name)}
          </button>
          <button type="button" className="tab-close" data-testid="tab-close" aria-label={t('closeTab', { name: tab.name })} onClick={() => void closeTab(tab.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
