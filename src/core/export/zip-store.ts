/**
 * A minimal zip writer with STORE entries only (no compression): enough for DOCX, deterministic, and
 * nothing to get wrong in a deflater. Names are UTF-8 (flag bit 11); no zip64, so entries stay < 4 GB.
 */
import { crc32 } from './crc32';
import { encodeUtf8 } from './utf8';

/** One file to put in the zip. */
export interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

const utf8NameFlag = 0x0800;

/** MS-DOS date and time fields of a moment (UTC, 2-second resolution, years 1980–2107). */
function dosDateTime(moment: Date): { readonly date: number; readonly time: number } {
  const year = Math.min(2107, Math.max(1980, moment.getUTCFullYear()));
  const date = ((year - 1980) << 9) | ((moment.getUTCMonth() + 1) << 5) | moment.getUTCDate();
  const time = (moment.getUTCHours() << 11) | (moment.getUTCMinutes() << 5) | (moment.getUTCSeconds() >> 1);
  return { date, time };
}

class ByteWriter {
  private readonly chunks: Uint8Array[] = [];
  length = 0;

  u16(value: number): void {
    this.bytes(Uint8Array.of(value & 0xff, (value >>> 8) & 0xff));
  }

  u32(value: number): void {
    this.bytes(Uint8Array.of(value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff));
  }

  bytes(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  result(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

/** A zip archive holding `entries` uncompressed, in the given order, all stamped with `modified`. */
export function createStoredZip(entries: readonly ZipEntry[], modified: Date): Uint8Array {
  const { date, time } = dosDateTime(modified);
  const out = new ByteWriter();
  const central = new ByteWriter();
  for (const entry of entries) {
    const name = encodeUtf8(entry.name);
    const crc = crc32(entry.data);
    const offset = out.length;
    out.u32(0x04034b50);
    out.u16(10); // version needed: 1.0, plain stored files
    out.u16(utf8NameFlag);
    out.u16(0); // method: store
    out.u16(time);
    out.u16(date);
    out.u32(crc);
    out.u32(entry.data.length);
    out.u32(entry.data.length);
    out.u16(name.length);
    out.u16(0);
    out.bytes(name);
    out.bytes(entry.data);

    central.u32(0x02014b50);
    central.u16(20); // made by: MS-DOS attributes, spec 2.0
    central.u16(10);
    central.u16(utf8NameFlag);
    central.u16(0);
    central.u16(time);
    central.u16(date);
    central.u32(crc);
    central.u32(entry.data.length);
    central.u32(entry.data.length);
    central.u16(name.length);
    central.u16(0); // extra
    central.u16(0); // comment
    central.u16(0); // disk
    central.u16(0); // internal attributes
    central.u32(0); // external attributes
    central.u32(offset);
    central.bytes(name);
  }
  const centralOffset = out.length;
  const centralBytes = central.result();
  out.bytes(centralBytes);
  out.u32(0x06054b50);
  out.u16(0);
  out.u16(0);
  out.u16(entries.length);
  out.u16(entries.length);
  out.u32(centralBytes.length);
  out.u32(centralOffset);
  out.u16(0);
  return out.result();
}
