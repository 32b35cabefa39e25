import { APPLY_MODES, applyThreshold, type ApplyMode } from '../core/analysis/repair-issue';

/**
 * What the app applies by itself when it opens an issue, from the page's `apply` query parameter
 * (`npm run web -- issue.txt --apply all`, `galley-desktop --apply all`): the confident changes by
 * default, as `galley fix` does; `all` or `none` on request.
 */
export function applyModeOf(search: string = globalThis.location?.search ?? ''): ApplyMode {
  const asked = new URLSearchParams(search).get('apply');
  return asked !== null && (APPLY_MODES as readonly string[]).includes(asked) ? (asked as ApplyMode) : 'confident';
}

/** The confidence at or above which the app applies suggestions on open. */
export function openThreshold(): number {
  return applyThreshold(applyModeOf());
}
