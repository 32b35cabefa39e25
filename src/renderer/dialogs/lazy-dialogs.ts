/** Dialogs loaded on first use: the exporters (DOCX, NewsML-G2, …) are not needed to show an issue. */
import { lazy } from 'react';

/** The export dialog, loaded when first opened. */
export const ExportDialog = lazy(() => import('./export-dialog').then((m) => ({ default: m.ExportDialog })));

/** The export-all dialog of a folder workspace, loaded when first opened. */
export const ExportAllDialog = lazy(() => import('../workspace/export-all-dialog').then((m) => ({ default: m.ExportAllDialog })));
