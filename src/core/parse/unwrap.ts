/** Characters that mark a Latin-script word edge (where unwrapping English lines needs a space). */
const LATIN_EDGE = /[A-Za-z0-9,.;:!?'"’”)\]%$£€&-]/;

/** Made once rather than per line or block (a regex literal is a new object each time it is evaluated). */
const LATIN_LETTER = /[A-Za-z]/;
const LATIN_START = /[A-Za-z0-9"'‘“(£$€]/;
const LINE_BREAK = /[\r\n]/;

/** Whether a line break between `before` and `after` joins two English words (needs a space). */
export function needsSpaceAtWrap(before: string, after: string): boolean {
  if (before === '' || after === '') return false;
  const a = before[before.length - 1];
  const b = after[0];
  // A word hyphen at the line end ("well-" / "known") is kept as is, without a space.
  if (a === '-' && before.length >= 2 && LATIN_LETTER.test(before[before.length - 2])) return false;
  return LATIN_EDGE.test(a) && LATIN_START.test(b);
}

/**
 * Remove layout line breaks from a source slice: each break and the next line's indentation go;
 * English words on either side get one space. Also returns, for each output character, its offset
 * in the slice, so ranges found in the text map back to the source.
 */
export function unwrapWithMap(slice: string): { readonly text: string; readonly map: Int32Array } {
  // Parts are collected and joined once: indexing a growing concatenated string would flatten it on
  // every line (quadratic on a huge block).
  const parts: string[] = [];
  const map: number[] = [];
  let last = '';
  const lines = slice.split(/(\r\n|\r|\n)/);
  let offset = 0;
  for (let i = 0; i < lines.length; i += 2) {
    const raw = lines[i];
    const lead = i === 0 ? 0 : raw.length - raw.trimStart().length;
    const trail = i === lines.length - 1 ? 0 : raw.length - raw.trimEnd().length;
    const body = raw.slice(lead, raw.length - trail);
    if (body !== '') {
      if (last !== '' && needsSpaceAtWrap(last, body)) {
        parts.push(' ');
        // The space stands for the line break itself.
        map.push(offset + lead - 1);
      }
      parts.push(body);
      for (let k = 0; k < body.length; k++) map.push(offset + lead + k);
      last = body.slice(-2);
    }
    offset += raw.length + (i + 1 < lines.length ? lines[i + 1].length : 0);
  }
  return { text: parts.join(''), map: Int32Array.from(map) };
}

/** The text of a source slice with layout line breaks removed (see unwrapWithMap). */
export function unwrapText(slice: string): string {
  if (!LINE_BREAK.test(slice)) return slice;
  return unwrapWithMap(slice).text;
}
