import { readZip } from './directory';
import { newEntry, writeZip, type ZipEntry } from './file';
import { entryBytes } from './inflate';

/**
 * An .xlsx package (a zip of XML parts) as read: its parts by path (no leading `/`). Saving
 * writes the original zip with some parts replaced, added or removed; every other part is
 * copied as it was stored, compressed bytes and all, after it is checked as a part read is
 * (unpacked within its declared size, its CRC-32): a damaged part is never passed on.
 */
export class ZipPackage {
  private readonly entries: Map<string, ZipEntry>;
  /** The parts unpacked and found whole. */
  private readonly checked = new Set<string>();

  /** Entries of folders (names ending in `/`): not written again, but checked when the rest is. */
  private readonly folders: ZipEntry[];

  private constructor(entries: ZipEntry[]) {
    this.folders = entries.filter((e) => e.name.endsWith('/'));
    this.entries = new Map(entries.filter((e) => !e.name.endsWith('/')).map((e) => [e.name, e]));
  }

  /** Opens a package from its bytes; throws GeenWerkmap when they are no zip, a damaged one or one too large. */
  static load(data: Buffer): ZipPackage {
    return new ZipPackage(readZip(data));
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  /** Every part's path, in the zip's order. */
  paths(): string[] {
    return [...this.entries.keys()];
  }

  /** A part's text (UTF-8), or undefined when there is no such part. */
  async text(path: string): Promise<string | undefined> {
    return (await this.bytes(path))?.toString('utf8');
  }

  /** A part's bytes (uncompressed); throws GeenWerkmap naming the part when it is damaged. */
  async bytes(path: string): Promise<Buffer | undefined> {
    const entry = this.entries.get(path);
    if (!entry) return undefined;
    const bytes = await entryBytes(entry);
    this.checked.add(path);
    return bytes;
  }

  /**
   * The package with `changes` (path → new text, an entry from `compress`, or null to remove
   * the part), as bytes. The
   * package itself stays as it was read, so it can be saved again with other changes.
   */
  async write(changes: ReadonlyMap<string, string | Promise<ZipEntry> | null>): Promise<Buffer> {
    const written = new Map(
      await Promise.all(
        [...changes]
          .filter((c): c is [string, string | Promise<ZipEntry>] => c[1] !== null)
          .map(async ([path, content]) => [path, await (typeof content === 'string' ? compress(path, content) : content)] as const),
      ),
    );
    const entries = [...this.entries.values()].filter((e) => changes.get(e.name) !== null).map((e) => written.get(e.name) ?? e);
    for (const e of entries) if (!written.has(e.name) && !this.checked.has(e.name)) await this.bytes(e.name);
    for (const f of this.folders) await entryBytes(f);
    for (const [path, entry] of written) if (!this.entries.has(path)) entries.push(entry);
    return writeZip(entries);
  }
}

/** A part's new text as a zip entry, compressed in the thread pool (start it early: it runs while other parts are made). */
export function compress(path: string, text: string): Promise<ZipEntry> {
  return newEntry(path, Buffer.from(text, 'utf8'));
}
