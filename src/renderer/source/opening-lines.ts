/**
 * The first lines of a source, for the plain-text preview drawn while the editor starts. Pure: no DOM, so it
 * is unit-tested in Node.
 */

/** About two screens: the preview only has to fill the pane until the editor replaces it. */
export const previewLines = 120;
export const previewChars = 12_000;

/** At most `maxLines` lines (CRLF, CR or LF ends) from the start of `text`, together at most about `maxChars` characters. */
export function openingLines(text: string, maxLines = previewLines, maxChars = previewChars): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < maxLines && start < maxChars) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    lines.push(text.slice(start, Math.min(end, start + maxChars)));
    if (end >= text.length) break;
    start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  return lines;
}
