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

/** A time as a zip stores it (MS-DOS time and date, local time). */
export function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(d.getFullYear(), 1980) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

// Large parts (the patched sheets) are deflated fast rather than small: a few percent more
// bytes, a third of the time.
const FAST_FROM = 4_000_000;

/** The deflate level of a part of this many bytes. */
export const deflateLevel = (size: number): number => (size >= FAST_FROM ? 1 : 6);

/** A new entry: `content` deflated (in the thread pool, so several compress at once). */
export async function newEntry(name: string, content: Buffer): Promise<ZipEntry> {
  return {
    name,
    method: 8,
    crc: crc32(content),
    size: content.length,
    ...dosTime(new Date()),
    data: await deflate(content, { level: deflateLevel(content.length) }),
  };
}
