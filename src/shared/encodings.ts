/** The encodings a user can choose to reopen an issue with: shared so the renderer lists them and IPC validates them. */

/** A supported encoding; the `-bom` variants start with a byte-order mark, so a round trip keeps it. */
export type EncodingId =
  | 'utf-8'
  | 'utf-8-bom'
  | 'utf-16le'
  | 'utf-16le-bom'
  | 'utf-16be'
  | 'utf-16be-bom'
  | 'gb18030'
  | 'big5';

/** The encodings a user can pick (status bar), with labels. */
export const encodingChoices: readonly { readonly id: EncodingId; readonly label: string }[] = [
  { id: 'utf-8', label: 'UTF-8' },
  { id: 'utf-8-bom', label: 'UTF-8 with BOM' },
  { id: 'utf-16le', label: 'UTF-16 LE' },
  { id: 'utf-16le-bom', label: 'UTF-16 LE with BOM' },
  { id: 'utf-16be', label: 'UTF-16 BE' },
  { id: 'utf-16be-bom', label: 'UTF-16 BE with BOM' },
  { id: 'gb18030', label: 'GB18030 (GBK, GB2312)' },
  { id: 'big5', label: 'Big5' },
];

/** Whether a value names one of the encoding choices exactly. */
export function isEncodingId(value: unknown): value is EncodingId {
  return typeof value === 'string' && encodingChoices.some((e) => e.id === value);
}
