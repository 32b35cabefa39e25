/** Which line breaks a text uses and whether it ends with one. */

/** The line-break style of a text. */
export type LineEndings = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

/** Classify the line breaks of `text` (LF, CRLF, lone CR) and note a final newline. */
export function detectLineEndings(text: string): { readonly lineEndings: LineEndings; readonly finalNewline: boolean } {
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) lf += 1;
    else if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) {
        crlf += 1;
        i += 1;
      } else cr += 1;
    }
  }
  const kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  const lineEndings: LineEndings = kinds === 0 ? 'none' : kinds > 1 ? 'mixed' : lf > 0 ? 'lf' : crlf > 0 ? 'crlf' : 'cr';
  const last = text.charCodeAt(text.length - 1);
  return { lineEndings, finalNewline: last === 0x0a || last === 0x0d };
}
