/** Binary export data as base64: only plain strings cross the bridge. */

/** Encode bytes as base64 (in chunks, so large DOCX files do not overflow the call stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
