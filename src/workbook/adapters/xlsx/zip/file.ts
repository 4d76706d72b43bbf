import { crc32, deflateRaw } from 'zlib';
import { promisify } from 'util';

const deflate = promisify(deflateRaw);

/** One entry of a zip file, its data as stored (compressed or not). */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  size: number;
  time: number;
  date: number;
  data: Buffer;
}

/** The signatures of a zip's records (APPNOTE 4.3). */
export const ZIP = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50, end64: 0x06064b50, locator64: 0x07064b50 } as const;

const UTF8 = 0x0800;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(d.getFullYear(), 1980) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

// Large parts (the patched sheets) are deflated fast rather than small: a few percent more
// bytes, a third of the time.
const FAST_FROM = 4_000_000;

/** A new entry: `content` deflated (in the thread pool, so several compress at once). */
export async function newEntry(name: string, content: Buffer): Promise<ZipEntry> {
  const level = content.length >= FAST_FROM ? 1 : 6;
  return { name, method: 8, crc: crc32(content), size: content.length, ...dosTime(new Date()), data: await deflate(content, { level }) };
}

/** The ZIP64 extra field (id 1) holding these 64-bit values; empty when there are none. */
function extra64(values: number[]): Buffer {
  if (values.length === 0) return Buffer.alloc(0);
  const b = Buffer.alloc(4 + 8 * values.length);
  b.writeUInt16LE(1, 0);
  b.writeUInt16LE(8 * values.length, 2);
  values.forEach((v, i) => b.writeBigUInt64LE(BigInt(v), 4 + 8 * i));
  return b;
}

/** A local header (30 bytes) or a central one (46), the fields they share filled in. */
function header(e: ZipEntry, central: boolean, big: boolean, name: Buffer, extra: Buffer): Buffer {
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
  h.writeUInt32LE(Math.min(e.data.length, MAX32), 18 + at);
  h.writeUInt32LE(Math.min(e.size, MAX32), 22 + at);
  h.writeUInt16LE(name.length, 26 + at);
  h.writeUInt16LE(extra.length, 28 + at);
  return h;
}

/**
 * A zip file of these entries, in this order. ZIP64 records where the zip needs them (65,535
 * entries or more, a size or offset of 4 GB or more), so every reader reads it; `zip64:
 * 'altijd'` writes them for every entry and the end (a test of the ZIP64 form on a small zip).
 */
export function writeZip(entries: readonly ZipEntry[], zip64: 'nodig' | 'altijd' = 'nodig'): Buffer {
  const altijd = zip64 === 'altijd';
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const sizes = altijd || e.size >= MAX32 || e.data.length >= MAX32 ? [e.size, e.data.length] : [];
    const at = altijd || offset >= MAX32 ? [offset] : [];
    const big = sizes.length + at.length > 0;
    const localExtra = extra64(sizes);
    parts.push(header(e, false, big, name, localExtra), name, localExtra, e.data);
    const dirExtra = extra64([...sizes, ...at]);
    const dir = header(e, true, big, name, dirExtra);
    dir.writeUInt32LE(Math.min(offset, MAX32), 42);
    central.push(dir, name, dirExtra);
    offset += 30 + name.length + localExtra.length + e.data.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  return Buffer.concat([...parts, ...central, ...einde(entries.length, size, offset, altijd)]);
}

/**
 * The end records: the classic end record alone, or — when needed — the ZIP64 end record and
 * its locator before a classic one whose fields all say "see ZIP64" (JSZip reads the ZIP64
 * records only then).
 */
function einde(count: number, size: number, offset: number, altijd: boolean): Buffer[] {
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
