/** The renderer's handle on `window.galley`, with a clear failure when neither host injected it. */
import type { GalleyApi } from '../shared/ipc';

/** The API object; throws at first use if the page was opened without a host. */
export function galley(): GalleyApi {
  const api = (window as { galley?: GalleyApi }).galley;
  if (!api) throw new Error('window.galley is missing: open Galley through Electron or `npm run web`.');
  return api;
}
