/**
 * Issue metadata from the text itself: publication, date, edition and page, taken only from lines that
 * read as a page header (`人民日报 1998年1月5日 星期一 第3版`, `3 | The Daily News`, `Page 3`), never
 * from prose that happens to mention a date.
 */
import type { IssueMeta } from '../model';

/** How many non-empty lines from the top are searched for a header. */
const headerLines = 40;
/** A header line is short; longer lines are body text. */
const maxHeaderLength = 80;

const zhDigits: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A Chinese numeral up to 99 (十, 十二, 二十七) or a digit-by-digit year (二〇二三), else NaN. */
function zhNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (!text.includes('十')) {
    let value = 0;
    for (const char of text) {
      const digit = zhDigits[char];
      if (digit === undefined) return Number.NaN;
      value = value * 10 + digit;
    }
    return text === '' ? Number.NaN : value;
  }
  const [tens, ones] = text.split('十');
  const t = tens === '' ? 1 : zhDigits[tens];
  const o = ones === '' ? 0 : zhDigits[ones];
  return t === undefined || o === undefined ? Number.NaN : t * 10 + o;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (!(year >= 1800 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  // 2月31日 is a misread, not a date: the calendar must agree.
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  const index = months.findIndex((m) => m === lower || (lower.length >= 3 && m.startsWith(lower)));
  return index + 1;
}

interface Found {
  publication?: string;
  date?: string;
  edition?: string;
  page?: string;
}

const zhNum = '[0-9〇零一二三四五六七八九十两]';
const monthName = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** Token rules: each finds one kind of header token and records it. Order matters (dates before page numbers). */
const rules: ReadonlyArray<{ readonly pattern: RegExp; readonly take: (m: RegExpMatchArray, found: Found) => boolean }> = [
  {
    pattern: new RegExp(`(${zhNum}{4})\\s*年\\s*(${zhNum}{1,3})\\s*月\\s*(${zhNum}{1,3})\\s*日`),
    take: (m, found) => setOnce(found, 'date', isoDate(zhNumber(m[1]), zhNumber(m[2]), zhNumber(m[3]))),
  },
  {
    pattern: /\b(\d{4})[-./](\d{1,2})[-./](\d{1,2})\b/,
    take: (m, found) => setOnce(found, 'date', isoDate(Number(m[1]), Number(m[2]), Number(m[3]))),
  },
  {
    pattern: new RegExp(`\\b(${monthName})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i'),
    take: (m, found) => setOnce(found, 'date', isoDate(Number(m[3]), monthNumber(m[1]), Number(m[2]))),
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})\\s+(${monthName})\\s+(\\d{4})\\b`, 'i'),
    take: (m, found) => setOnce(found, 'date', isoDate(Number(m[3]), monthNumber(m[2]), Number(m[1]))),
  },
  { pattern: /(?:星期|礼拜|周)[一二三四五六日天]/, take: () => true },
  { pattern: /\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b\.?/i, take: () => true },
  { pattern: /农历\S+/, take: () => true },
  { pattern: /(?:总)?第\s*\d+\s*(?:期|号)/, take: () => true },
  { pattern: /今日\s*\d+\s*版/, take: () => true },
  {
    pattern: new RegExp(`第\\s*(${zhNum}{1,3}|[A-Z]\\d{1,2})\\s*版`),
    take: (m, found) => setOnce(found, 'page', /^[A-Z0-9]+$/.test(m[1]) ? m[1] : String(zhNumber(m[1]))),
  },
  { pattern: /\b(?:Page|PAGE|Pg\.?|P\.)\s*([A-Z]?\d{1,3})\b/, take: (m, found) => setOnce(found, 'page', m[1]) },
  {
    pattern: /\b((?:Late|Final|City|Early|Morning|Evening|National|International|Metro|Weekend|Sunday|Home)\s+Edition)\b/i,
    take: (m, found) => setOnce(found, 'edition', m[1]),
  },
  { pattern: /(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4}版)(?=\s|$)/, take: (m, found) => setOnce(found, 'edition', m[1]) },
  { pattern: /\bVol(?:ume)?\.?\s*\d+(?:,?\s*No\.?\s*\d+)?/i, take: () => true },
];

function setOnce(found: Found, key: 'date' | 'page' | 'edition', value: string | null): boolean {
  if (value === null || value === 'NaN') return false;
  if (found[key] === undefined) found[key] = value;
  return true;
}

const zhPublication = /^[\u4e00-\u9fff]{1,10}(?:日报|晚报|早报|时报|商报|周报|都市报|青年报|经济报|法制报|报|新闻)$/;
const enPublication = /^(?:The\s+)?(?:[A-Z][\w'&.-]*\s+){0,5}(?:News|Times|Post|Herald|Gazette|Journal|Tribune|Chronicle|Daily|Star|Globe|Courier|Observer|Guardian|Telegraph|Mail|Express|Record|Review|Sun|Mirror|Independent|Standard|Register|Examiner|Bulletin|Dispatch|Inquirer|Sentinel|Press|Ledger)$/;

/** Header tokens of one line, or null when the line reads as prose. */
function readHeaderLine(line: string): Found | null {
  const found: Found = {};
  let tokens = 0;
  // Strong separators split a header into cells: `3 | The Daily News`, `人民日报 · 第3版`.
  const cells = line.split(/\s*[|｜·•]\s*|\s{2,}|\u3000+/).filter((c) => c.trim() !== '');
  const leftovers: string[] = [];
  for (const cell of cells) {
    let rest = cell;
    for (const rule of rules) {
      const m = rest.match(rule.pattern);
      if (m && rule.take(m, found)) {
        tokens++;
        rest = rest.replace(m[0], ' ');
      }
    }
    rest = rest.replace(/^[\s,，、:：;；\-—–()（）]+|[\s,，、:：;；\-—–()（）]+$/g, '');
    if (rest !== '') leftovers.push(...rest.split(/\s*[,，]\s*|\s+(?=第)/).filter((r) => r !== ''));
  }
  const hasSeparator = cells.length > 1;
  for (const rest of leftovers) {
    if (/^[A-Z]?\d{1,3}$/.test(rest) && hasSeparator && found.page === undefined) {
      found.page = rest;
      tokens++;
    } else if ((zhPublication.test(rest) || enPublication.test(rest)) && found.publication === undefined) {
      found.publication = rest;
    } else {
      // Anything else means this is not a header line.
      return null;
    }
  }
  return tokens > 0 && (found.date !== undefined || found.page !== undefined) ? found : null;
}

/** Full-width digits, letters and spaces as ASCII, so one set of patterns reads both. */
function normalizeWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, '  ');
}

/** Publication, date (YYYY-MM-DD), edition and page where a header line near the top states them. */
export function detectIssueMeta(text: string): IssueMeta {
  const found: Found = {};
  let seen = 0;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = normalizeWidth(raw).trim();
    if (line === '') continue;
    if (++seen > headerLines) break;
    if (line.length > maxHeaderLength) continue;
    const header = readHeaderLine(line);
    if (header === null) continue;
    for (const key of ['publication', 'date', 'edition', 'page'] as const) {
      if (found[key] === undefined && header[key] !== undefined) found[key] = header[key];
    }
  }
  return found;
}
