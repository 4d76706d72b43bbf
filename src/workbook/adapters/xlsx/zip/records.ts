import { ZIP, type ZipEntry } from './file';

// The records of a zip file (APPNOTE 4.3): headers, the ZIP64 extra field, the end records.

const UTF8 = 0x0800;
export const MAX16 = 0xffff;
export const MAX32 = 0xffffffff;

/** The ZIP64 extra field (id 1) holding these 64-bit values; empty when there are none. */
export function extra64(values: number[]): Buffer {
  if (values.length === 0) return Buffer.alloc(0);
  const b = Buffer.alloc(4 + 8 * values.length);
  b.writeUInt16LE(1, 0);
  b.writeUInt16LE(8 * values.length, 2);
  values.forEach((v, i) => b.writeBigUInt64LE(BigInt(v), 4 + 8 * i));
  return b;
}

/** A local header (30 bytes) or a central one (46), the fields they share filled in. */
export function header(e: ZipEntry, stored: number, central: boolean, big: boolean, name: Buffer, extra: Buffer): Buffer {
  const h = Buffer.alloc(central ? 46 : 30);
  const at = central ? 2 : 0; // the central header has "version made by" before the shared fields
  h.writeUInt32LE(central ? ZIP.central : ZIP.local, 0);
  if (central) h.writeUInt16LE(big ? 45 : 20, 4);
  h.writeUInt16LE(big ? 45 : 20, 4 + at);
  h.writeUInt16LE(UTF8, 6 + at);
  h.writeUInt16LE(e.method, 8 + at);
  h.writeUInt16LE(e.time, 10 + at);
  h.writeUInt16LE(e.date, 12 + at);
  h.writeUInt32LE(e.crc >>> 0, 14 + at);
  h.writeUInt32LE(Math.min(stored, MAX32), 18 + at);
  h.writeUInt32LE(Math.min(e.size, MAX32), 22 + at);
  h.writeUInt16LE(name.length, 26 + at);
  h.writeUInt16LE(extra.length, 28 + at);
  return h;
}

/**
 * The end records: the classic end record alone, or — when needed — the ZIP64 end record and
 * its locator before a classic one whose fields all say "see ZIP64" (JSZip reads the ZIP64
 * records only then).
 */
export function einde(count: number, size: number, offset: number, altijd: boolean): Buffer[] {
  const zip64 = altijd || count >= MAX16 || size >= MAX32 || offset >= MAX32;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(ZIP.end, 0);
  end.writeUInt16LE(zip64 ? MAX16 : count, 8);
  end.writeUInt16LE(zip64 ? MAX16 : count, 10);
  end.writeUInt32LE(zip64 ? MAX32 : size, 12);
  end.writeUInt32LE(zip64 ? MAX32 : offset, 16);
  if (!zip64) return [end];
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(ZIP.end64, 0);
  end64.writeBigUInt64LE(44n, 4); // the record's size after this field
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  [count, count, size, offset].forEach((v, i) => end64.writeBigUInt64LE(BigInt(v), 24 + 8 * i));
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(ZIP.locator64, 0);
  locator.writeBigUInt64LE(BigInt(offset + size), 8);
  locator.writeUInt32LE(1, 16);
  return [end64, locator, end];
}
