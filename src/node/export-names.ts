/** Export file names built from an issue's date and a headline, safe on Windows, macOS and Linux. */
import { basename, dirname, join, resolve } from 'node:path';
import { fail, ok, type Result } from '../shared/result';
import { truncateUtf8 } from './utf8-bytes';

/** The longest file name (in UTF-8 bytes) ext4, NTFS, APFS and most others accept. */
export const maxNameBytes = 255;

// Windows refuses these as a name's stem (before the first dot), whatever the case or extension.
const reservedStem = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
// Path separators, characters Windows forbids, and the colon (macOS shows it as a slash).
const forbidden = /[/\\<>:"|?*]/g;
// Control and format characters (bidi overrides can make "gpj.exe" look like "exe.jpg"), line separators.
const invisible = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const nonCharacter = /[\uFDD0-\uFDEF\uFFFE\uFFFF]/g;

/** A safe file name "<date> <headline>.<ext>": one path component, no reserved name, at most 255 UTF-8 bytes, never empty. */
export function exportFileName(date: string, headline: string, ext: string): string {
  const suffix = cleanExtension(ext);
  const budget = maxNameBytes - Buffer.byteLength(suffix, 'utf8');
  const stem = trimEnds(truncateUtf8(cleanText([date, headline].filter((part) => part.trim() !== '').join(' ')), budget));
  let safeStem = stem === '' ? 'untitled' : stem;
  if (reservedStem.test(safeStem.split('.')[0].trimEnd())) safeStem = trimEnds(truncateUtf8(`_${safeStem}`, budget));
  return `${safeStem}${suffix}`;
}

/** `folder/name`, if `name` is a single plain component that stays inside `folder`; otherwise an error. */
export function resolveInside(folder: string, name: string): Result<string> {
  const root = resolve(folder);
  const bad = fail<string>('invalid-argument', `${name}: not a plain file name`);
  if (name === '' || name === '.' || name === '..' || /[/\\:\0]/.test(name)) return bad;
  if (Buffer.byteLength(name, 'utf8') > maxNameBytes) return fail('invalid-argument', `${truncateUtf8(name, 40)}…: the file name is too long`);
  const path = join(root, name);
  // Belt and braces: whatever the platform's parsing, the result's parent must be the folder itself.
  if (dirname(path) !== root || basename(path) !== name) return bad;
  return ok(path);
}

function cleanText(text: string): string {
  return text
    .replace(loneSurrogate, '')
    .normalize('NFC')
    .replace(nonCharacter, '')
    .replace(forbidden, '_')
    .replace(invisible, ' ')
    .replace(/\s+/gu, ' ');
}

/** Leading dots would hide the file (and ".." is a path); trailing dots and spaces are dropped by Windows. */
function trimEnds(text: string): string {
  return text.replace(/^[\s.]+/u, '').replace(/[\s.]+$/u, '');
}

function cleanExtension(ext: string): string {
  const clean = ext.replace(/^\.+/, '').replace(/[^A-Za-z0-9]/g, '').slice(0, 16);
  return clean === '' ? '' : `.${clean}`;
}
