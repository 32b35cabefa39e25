/**
 * A service error in the UI's language. The host writes its messages in English ("<name>: file not found");
 * the common ones are said again in the current language from their code and the file name they carry,
 * the rest are shown as written.
 */
import type { GalleyError } from '../../shared/result';
import { format, type Locale, type StringKey } from './strings';

const byCode: Partial<Record<GalleyError['code'], { readonly suffix: string; readonly key: StringKey }>> = {
  'not-found': { suffix: ': file not found', key: 'errNotFound' },
  exists: { suffix: ': already exists', key: 'errExists' },
  'is-directory': { suffix: ': is a folder, not a file', key: 'errIsFolder' },
};

/** The error's message in `locale`. */
export function errorText(error: GalleyError, locale: Locale): string {
  const known = byCode[error.code];
  if (!known || !error.message.endsWith(known.suffix)) return error.message;
  return format(locale, known.key, { name: error.message.slice(0, -known.suffix.length) });
}
