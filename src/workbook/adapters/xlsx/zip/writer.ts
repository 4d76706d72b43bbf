import { crc32, createDeflateRaw } from 'zlib';
import { once } from 'events';
import { dosTime, type ZipEntry } from './file';
import { einde, extra64, header, MAX32 } from './records';

/** Where a zip goes: bytes in order, and a few bytes written over again at an earlier place (a streamed entry's local header). */
export interface ZipUitvoer {
  write(bytes: Uint8Array): void;
  writeAt(bytes: Uint8Array, position: number): void;
}

/** A part whose text is made while it is written: its pieces of text in order, deflated at `level` as they come. */
export interface StreamedPart {
  pieces: () => Iterable<string>;
  level: number;
}

// Up to this many bytes wait for the deflater: the next pieces are made while it works.
const QUEUE = 2 ** 20;

/**
 * Writes a zip file entry by entry, as it goes. ZIP64 records where the zip needs them (65,535
 * entries or more, a size or offset of 4 GB or more), so every reader reads it; `zip64:
 * 'altijd'` writes them for every entry and the end (a test of the ZIP64 form on a small zip).
 * A streamed part gets its local header when its size and CRC-32 are known, at its place
 * (no data descriptor: the zip is the same as when the part is given whole).
 */
export class ZipWriter {
  private offset = 0;
  private count = 0;
  private readonly central: Buffer[] = [];

  constructor(
    private readonly uit: ZipUitvoer,
    private readonly zip64: 'nodig' | 'altijd' = 'nodig',
  ) {}

  add(e: ZipEntry): void {
    const at = this.offset;
    this.put(this.local(e, e.data.length, at));
    this.put(e.data);
    this.directory(e, e.data.length, at);
  }

  /** A part deflated while its pieces are made; memory holds a few MB of it at a time. */
  async addStreamed(name: string, part: StreamedPart): Promise<void> {
    const at = this.offset;
    const e: ZipEntry = { name, method: 8, crc: 0, size: 0, ...dosTime(new Date()), data: Buffer.alloc(0) };
    this.put(this.local(e, 0, at));
    let stored = 0;
    const z = createDeflateRaw({ level: part.level });
    // Done when the deflater has given all; failed when it fails or the output refuses a chunk (a full disk).
    const klaar = new Promise<void>((ok, mis) => {
      z.on('data', (chunk: Buffer) => {
        try {
          stored += chunk.length;
          this.put(chunk);
        } catch (fout) {
          mis(fout);
          z.destroy();
        }
      });
      z.on('end', ok);
      z.on('error', mis);
    });
    klaar.catch(() => undefined); // seen where it is awaited below
    try {
      for (const piece of part.pieces()) {
        const bytes = Buffer.from(piece, 'utf8');
        e.crc = crc32(bytes, e.crc);
        e.size += bytes.length;
        if (z.destroyed) break;
        if (!z.write(bytes) && z.writableLength >= QUEUE) await Promise.race([once(z, 'drain'), klaar]);
      }
      z.end();
      await klaar;
    } finally {
      z.destroy();
    }
    if (this.zip64 !== 'altijd' && (e.size >= MAX32 || stored >= MAX32)) throw new Error(`zip: part ${name} is 4 GB or more`);
    this.uit.writeAt(this.local(e, stored, at), at);
    this.directory(e, stored, at);
  }

  /** The central directory and the end records; the zip is complete. */
  finish(): void {
    const size = this.central.reduce((n, b) => n + b.length, 0);
    const start = this.offset;
    for (const b of this.central) this.put(b);
    for (const b of einde(this.count, size, start, this.zip64 === 'altijd')) this.put(b);
  }

  private put(bytes: Uint8Array): void {
    this.uit.write(bytes);
    this.offset += bytes.length;
  }

  private sizes(e: ZipEntry, stored: number): number[] {
    return this.zip64 === 'altijd' || e.size >= MAX32 || stored >= MAX32 ? [e.size, stored] : [];
  }

  private offsets(offset: number): number[] {
    return this.zip64 === 'altijd' || offset >= MAX32 ? [offset] : [];
  }

  // The local header carries the sizes in its ZIP64 field (the offset only the central one), but says version 4.5 for either.
  private local(e: ZipEntry, stored: number, offset: number): Buffer {
    const name = Buffer.from(e.name, 'utf8');
    const sizes = this.sizes(e, stored);
    const extra = extra64(sizes);
    return Buffer.concat([header(e, stored, false, sizes.length + this.offsets(offset).length > 0, name, extra), name, extra]);
  }

  private directory(e: ZipEntry, stored: number, offset: number): void {
    const name = Buffer.from(e.name, 'utf8');
    const sizes = this.sizes(e, stored);
    const at = this.offsets(offset);
    const extra = extra64([...sizes, ...at]);
    const dir = header(e, stored, true, sizes.length + at.length > 0, name, extra);
    dir.writeUInt32LE(Math.min(offset, MAX32), 42);
    this.central.push(dir, name, extra);
    this.count++;
  }
}
