import { crc32, deflateRaw, inflateRawSync } from 'zlib';
import { promisify } from 'util';
import { GeenWerkmap } from './bestandssoort';

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

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8 = 0x0800;
const MAX32 = 0xffffffff;

/** The entries of a zip file (its central directory); throws for what is no zip, or ZIP64. */
export function readZip(zip: Buffer): ZipEntry[] {
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (zip.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('geen zip-bestand');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (count === 0xffff || at === MAX32) throw new Error('ZIP64 wordt niet ondersteund');
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error('beschadigde zip-map');
    const [method, time, date, crc] = [zip.readUInt16LE(at + 10), zip.readUInt16LE(at + 12), zip.readUInt16LE(at + 14), zip.readUInt32LE(at + 16)];
    const [compressed, size] = [zip.readUInt32LE(at + 20), zip.readUInt32LE(at + 24)];
    const [nameLength, extraLength, commentLength] = [zip.readUInt16LE(at + 28), zip.readUInt16LE(at + 30), zip.readUInt16LE(at + 32)];
    const offset = zip.readUInt32LE(at + 42);
    if (compressed === MAX32 || size === MAX32 || offset === MAX32) throw new Error('ZIP64 wordt niet ondersteund');
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (zip.readUInt32LE(offset) !== LOCAL) throw new Error(`beschadigde zip-regel ${name}`);
    const start = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    entries.push({ name, method, crc, size, time, date, data: zip.subarray(start, start + compressed) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An entry's content, uncompressed. */
export function entryBytes(entry: ZipEntry): Buffer {
  if (entry.method === 0) return entry.data;
  if (entry.method === 8) return inflateRawSync(entry.data);
  throw new GeenWerkmap(`dit zip-bestand gebruikt voor ${entry.name} een compressiemethode (${entry.method}) die nplv niet leest; open het in Excel en sla het opnieuw op`);
}

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

/** A zip file of these entries, in this order. */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(e.time, 10);
    local.writeUInt16LE(e.date, 12);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(CENTRAL, 0);
    dir.writeUInt16LE(20, 4);
    local.copy(dir, 6, 4, 30); // version needed … name length: the same fields in the same order
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, e.data);
    central.push(dir, name);
    offset += 30 + name.length + e.data.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}
