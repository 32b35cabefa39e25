/** The export dialog remembers the last format and per-article choice (in this profile's local storage). */
import { exportFormats, type ExportFormat } from '../../core';

/** What the export dialog starts with. */
export interface ExportChoice {
  readonly format: ExportFormat;
  readonly perArticle: boolean;
}

const storageKey = 'galley.export-choice';
const fallback: ExportChoice = { format: 'txt', perArticle: false };

/** The last choice, or plain text for the whole issue; anything stored that is not valid is ignored. */
export function loadExportChoice(): ExportChoice {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as Partial<ExportChoice> | null;
    if (stored && (exportFormats as readonly unknown[]).includes(stored.format) && typeof stored.perArticle === 'boolean') {
      return { format: stored.format as ExportFormat, perArticle: stored.perArticle };
    }
  } catch {
    // A damaged entry is ignored.
  }
  return fallback;
}

/** Remember a choice for the next export. */
export function saveExportChoice(choice: ExportChoice): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(choice));
  } catch {
    // Not remembered; harmless.
  }
}
