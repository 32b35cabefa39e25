import { readdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/node/atomic-write';
import { exportFileName, resolveInside } from '../../src/node/export-names';
import { tempDir } from './helpers/temp-dir';

const reserved = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
const nasty = ['..', '.', '/', '\\', 'CON', 'nul', 'Com1', 'LPT9', 'aux.tar', ' . ', '\u202Egpj.exe', '\u0000', '\r\n', '../../etc/passwd', 'C:\\Windows', ':', '*?', '\uD800', '\uDFFF', '　', '…', '😀', '𠀀', 'e\u0301'];
const title = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...nasty), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 120 }).map((parts) => parts.join('')),
);
const ext = fc.oneof(fc.constantFrom('json', 'txt', '.md', 'html', 'docx', '', '..', 'x/y', 'ninjs.json'), fc.string({ maxLength: 20 }));

function checkName(name: string, extension: string): void {
  expect(name.length).toBeGreaterThan(0);
  expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(255);
  expect(name).not.toMatch(/[/\\<>:"|?*\p{Cc}\p{Cf}]/u);
  expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  expect(name).not.toMatch(/[. ]$/);
  expect(name).not.toMatch(/^\./);
  expect(reserved.test(name.split('.')[0].trimEnd())).toBe(false);
  const clean = extension.replace(/^\.+/, '').replace(/[^A-Za-z0-9]/g, '').slice(0, 16);
  if (clean !== '') expect(name.endsWith(`.${clean}`)).toBe(true);
}

describe('exportFileName', () => {
  it('builds readable names from date and headline', () => {
    expect(exportFileName('2023-05-27', '擦亮中国北方日用瓷“金字招牌”', 'json')).toBe('2023-05-27 擦亮中国北方日用瓷“金字招牌”.json');
    expect(exportFileName('2023-05-27', 'A/B: test?', '.md')).toBe('2023-05-27 A_B_ test_.md');
    expect(exportFileName('', 'CON', 'txt')).toBe('_CON.txt');
    expect(exportFileName('', ' ... ', 'txt')).toBe('untitled.txt');
    expect(exportFileName('', 'evil\u202Egpj.exe', 'txt')).toBe('evil gpj.exe.txt');
    expect(exportFileName('2023-05-27', '标题\n第二行\t', '')).toBe('2023-05-27 标题 第二行');
  });

  it('truncates to 255 UTF-8 bytes at a code-point boundary, keeping the extension', () => {
    const name = exportFileName('2023-05-27', '𠀀'.repeat(100), 'json');
    expect(Buffer.byteLength(name, 'utf8')).toBe(11 + 4 * 59 + 5);
    expect(name.endsWith('𠀀.json')).toBe(true);
  });

  it('holds its guarantees for random Unicode titles (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), title, ext, (date, headline, extension) => {
        const name = exportFileName(date, headline, extension);
        checkName(name, extension);
        const inside = resolveInside('/exports/issue', name);
        expect(inside.ok && dirname(inside.value)).toBe('/exports/issue');
      }),
      { numRuns: 3000 },
    );
  });

  it('every generated name can really be written inside the chosen folder (property, real files)', async () => {
    const folder = await tempDir();
    let written = 0;
    await fc.assert(
      fc.asyncProperty(title, async (headline) => {
        const name = exportFileName('2023-05-27', headline, 'txt');
        const path = resolveInside(folder, name);
        if (!path.ok) throw new Error(path.error.message);
        const result = await writeFileAtomic(path.value, headline);
        expect(result.ok).toBe(true);
        written += 1;
      }),
      { numRuns: 150 },
    );
    const names = await readdir(folder);
    expect(names.length).toBeGreaterThan(0);
    expect(names.length).toBeLessThanOrEqual(written);
    for (const name of names) expect(name.endsWith('.txt')).toBe(true);
    expect(typeof (await readFile(`${folder}/${names[0]}`, 'utf8'))).toBe('string');
  });
});

describe('resolveInside', () => {
  it.each(['..', '.', '', '../x', 'a/b', 'a\\b', 'C:x', 'nul\0', 'x'.repeat(256)])('refuses %j', (name) => {
    expect(resolveInside('/exports', name).ok).toBe(false);
  });

  it('accepts a plain name', () => {
    expect(resolveInside('/exports/', '2023-05-27 标题.json')).toEqual({ ok: true, value: '/exports/2023-05-27 标题.json' });
  });
});
