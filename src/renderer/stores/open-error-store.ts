/** A failed open while an issue is shown: said in a banner the user can dismiss, over the issue that stays as it was. */
import type { GalleyError } from '../../shared/result';
import { createStore } from './create-store';

/** The last failed open, until dismissed or until the next open or tab switch. */
export const openErrorStore = createStore<GalleyError | null>(null);
