/** User preferences and window state, kept as JSON in the app's data folder and validated on every load. */
import { basename, join, resolve } from 'node:path';
import { AUTO_APPLY_THRESHOLD } from '../core/analysis/repair-issue';
import { ok, type Result } from '../shared/result';
import { writeFileAtomic } from './atomic-write';
import { errnoCode, readError, writeError } from './fs-errors';
import { makeDirectory, readFileBytes, renamePath } from './fs-layer';

/** The colour theme; 'system' follows the OS. */
export type Theme = 'system' | 'light' | 'dark';

/** The main window's last size and position (x/y absent when the OS should place it). */
export interface WindowBounds {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

/** Everything Galley remembers between runs. */
export interface Preferences {
  /** UI language, a BCP 47 tag ('zh', 'en', …). */
  readonly language: string;
  readonly theme: Theme;
  /** Suggestions at or above this confidence are applied automatically, in [0, 1]. */
  readonly confidenceThreshold: number;
  readonly windowBounds: WindowBounds | null;
  /** Most recent first, no duplicates, at most `maxRecentFiles`. */
  readonly recentFiles: readonly string[];
}

/** Preferences loaded from disk; `notice` (one line) says when some or all were reset. */
export interface LoadedPreferences {
  readonly preferences: Preferences;
  readonly notice: string | null;
}

/** How many recent files are kept. */
export const maxRecentFiles = 10;

/** The file name inside the data folder. */
export const preferencesFileName = 'preferences.json';

/** What a first run (or a reset) uses. */
export const defaultPreferences: Preferences = {
  language: 'zh',
  theme: 'system',
  confidenceThreshold: AUTO_APPLY_THRESHOLD,
  windowBounds: null,
  recentFiles: [],
};

/** Load preferences; never fails: a missing file gives defaults, a damaged one defaults plus a notice. */
export async function loadPreferences(dataDir: string): Promise<LoadedPreferences> {
  const path = join(dataDir, preferencesFileName);
  let bytes: Uint8Array;
  try {
    bytes = await readFileBytes(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { preferences: defaultPreferences, notice: null };
    return { preferences: defaultPreferences, notice: `Settings were reset to defaults: ${readError(path, error).message}` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    // Keep the damaged file for inspection; the next save would otherwise overwrite it.
    const aside = `${path}.corrupt`;
    await renamePath(path, aside).catch(() => undefined);
    return { preferences: defaultPreferences, notice: `Settings were reset to defaults: ${preferencesFileName} was damaged (kept as ${basename(aside)})` };
  }
  const { preferences, rejected } = validatePreferences(parsed as Record<string, unknown>);
  const notice = rejected.length > 0 ? `Some settings were reset to defaults (invalid ${rejected.join(', ')} in ${preferencesFileName})` : null;
  return { preferences, notice };
}

/** Save preferences atomically, creating the data folder if needed. */
export async function savePreferences(dataDir: string, preferences: Preferences): Promise<Result<void>> {
  const path = join(dataDir, preferencesFileName);
  // Validate on the way out too, so a bug elsewhere cannot write a file the next run must reject.
  const { preferences: clean } = validatePreferences(preferences as unknown as Record<string, unknown>);
  try {
    await makeDirectory(dataDir);
  } catch (error) {
    return { ok: false, error: writeError(path, error) };
  }
  const written = await writeFileAtomic(path, `${JSON.stringify(clean, null, 2)}\n`);
  return written.ok ? ok(undefined) : written;
}

/** Put `path` first in the recent files (absolute, deduplicated, at most ten). */
export function addRecentFile(preferences: Preferences, path: string): Preferences {
  const absolute = resolve(path);
  return { ...preferences, recentFiles: [absolute, ...preferences.recentFiles.filter((p) => p !== absolute)].slice(0, maxRecentFiles) };
}

/** Drop `path` from the recent files (it was moved or deleted). */
export function removeRecentFile(preferences: Preferences, path: string): Preferences {
  const absolute = resolve(path);
  return { ...preferences, recentFiles: preferences.recentFiles.filter((p) => p !== absolute) };
}

/** Keep each valid field of `raw`, default the others, and name the fields that were rejected. */
export function validatePreferences(raw: Readonly<Record<string, unknown>>): { readonly preferences: Preferences; readonly rejected: readonly string[] } {
  const rejected: string[] = [];
  const pick = <T>(key: keyof Preferences, valid: (value: unknown) => value is T, fallback: T): T => {
    const value = raw[key];
    if (value === undefined) return fallback;
    if (valid(value)) return value;
    rejected.push(key);
    return fallback;
  };
  const recent = pick('recentFiles', isStringList, defaultPreferences.recentFiles);
  return {
    preferences: {
      language: pick('language', isLanguageTag, defaultPreferences.language),
      theme: pick('theme', isTheme, defaultPreferences.theme),
      confidenceThreshold: pick('confidenceThreshold', isUnitNumber, defaultPreferences.confidenceThreshold),
      windowBounds: pick('windowBounds', isBoundsOrNull, defaultPreferences.windowBounds),
      // Order kept, duplicates and overflow dropped: a hand-edited list is repaired, not rejected.
      recentFiles: [...new Set(recent)].slice(0, maxRecentFiles),
    },
    rejected,
  };
}

function isLanguageTag(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value);
}

function isTheme(value: unknown): value is Theme {
  return value === 'system' || value === 'light' || value === 'dark';
}

function isUnitNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
}

function isStringList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.length > 0 && !item.includes('\0'));
}

function isBoundsOrNull(value: unknown): value is WindowBounds | null {
  if (value === null) return true;
  if (typeof value !== 'object' || Array.isArray(value)) return false;
  const b = value as Record<string, unknown>;
  const coordinate = (v: unknown): boolean => v === undefined || (Number.isInteger(v) && Math.abs(v as number) <= 100_000);
  const extent = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 100 && (v as number) <= 100_000;
  return coordinate(b.x) && coordinate(b.y) && extent(b.width) && extent(b.height) && typeof b.maximized === 'boolean';
}
