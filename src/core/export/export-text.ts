/** Text clean-up shared by every exporter: what cannot be written safely never reaches a format. */

// C0 controls except tab/newline, DEL, C1 controls, and the noncharacters U+FFFE/U+FFFF: XML 1.0 forbids
// most of them and the rest only corrupt plain text, Markdown and DOCX.
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const lineBreaks = /[ \t]*(?:\r\n|\r|\n|\u2028|\u2029)[ \t]*/g;

/**
 * A paragraph or field made safe for export: control characters dropped, lone surrogates replaced by
 * U+FFFD, line breaks and tabs turned into spaces (one export paragraph is one line), ends trimmed.
 * Bidirectional marks stay: they are text the editor may have meant.
 */
export function cleanExportText(text: string): string {
  return text
    .replace(loneSurrogate, '\ufffd')
    .replace(lineBreaks, ' ')
    .replace(/\t/g, ' ')
    .replace(controls, '')
    .trim();
}
