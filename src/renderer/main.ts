/**
 * Renderer entry, kept tiny: it asks the host for the start-up issue at once, then loads the app. The
 * app (React, Monaco and the rest, ~3 MB) comes as separate chunks fetched in parallel, so reading the
 * issue overlaps parsing and evaluating them instead of waiting for both.
 */
import './startup-prefetch';

import('./render-app').catch((error: unknown) => {
  document.body.textContent = `Galley could not load: ${(error as Error).message}`;
});
