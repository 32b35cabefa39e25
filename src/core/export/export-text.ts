/** Text clean-up shared by every exporter: what cannot be written safely never reaches a format. */

// C0 controls except tab/newline, DEL, C1 controls, and the noncharacters U+FFFE/U+FFFF: XML 1.0 forbids
// most of them and the rest only corrupt plain text, Markdown and DOCX.
function isDropped(code: number): boolean {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || code === 0xfffe || code === 0xffff;
}

function dropControls(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isDropped(text.charCodeAt(i))) continue;
    out += text.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const lineBreaks = /[ \t]*(?:\r\n|\r|\n|\u2028|\u2029)[ \t]*/g;

/**
 * A paragraph or field made safe for export: control characters dropped, lone surrogates replaced by
 * U+FFFD, line breaks and tabs turned into spaces (one export paragraph is one line), ends trimmed.
 * Bidirectional marks stay: they are text the editor may have meant.
 */
export function cleanExportText(text: string): string {
  return dropControls(text.replace(loneSurrogate, '\ufffd').replace(lineBreaks, ' ').replace(/\t/g, ' ')).trim();
}
