import { readZip } from './directory';
import { newEntry, type ZipEntry } from './file';
import { ZipInGeheugen } from './inGeheugen';
import { ZipWriter, type StreamedPart, type ZipUitvoer } from './writer';
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
   * The package with `changes` (path → new text, an entry from `compress`, a part made while it
   * is written, or null to remove the part), as bytes. The package itself stays as it was read,
   * so it can be saved again with other changes.
   */
  async write(changes: ReadonlyMap<string, Wijziging>): Promise<Buffer> {
    const uit = new ZipInGeheugen();
    await this.writeTo(changes, uit);
    return uit.bytes();
  }

  /**
   * The same, written to `uit` part by part as it is made: a streamed part is deflated as its
   * pieces come, so neither it nor the zip is ever whole in memory. Every part copied is
   * checked first, so a damaged one stops the save before anything is written.
   */
  async writeTo(changes: ReadonlyMap<string, Wijziging>, uit: ZipUitvoer): Promise<void> {
    const given = [...changes].filter((c): c is [string, Exclude<Wijziging, null>] => c[1] !== null);
    const written = new Map(await Promise.all(given.map(async ([path, content]) => [path, await entryOf(path, content)] as const)));
    const ready = (name: string) => written.has(name) && !('text' in written.get(name)!);
    const kept = [...this.entries.values()].filter((e) => changes.get(e.name) !== null).map((e) => e.name);
    for (const name of kept) if (!ready(name) && !this.checked.has(name)) await this.bytes(name);
    for (const f of this.folders) await entryBytes(f);
    const order = [...kept, ...[...written.keys()].filter((path) => !this.entries.has(path))];
    const last = (name: string) => (written.get(name) as Partial<LatePart> | undefined)?.last === true;
    const writer = new ZipWriter(uit);
    for (const name of [...order.filter((n) => !last(n)), ...order.filter(last)]) {
      const part = written.get(name) ?? this.entries.get(name)!;
      if ('pieces' in part) await writer.addStreamed(name, part);
      else if ('text' in part) {
        const text = part.text();
        const entry = text === undefined ? this.entries.get(name) : await compress(name, text);
        if (entry) writer.add(entry);
      } else writer.add(part);
    }
    writer.finish();
  }
}

/**
 * A part whose text is made at its turn in the save (after the parts before it were made);
 * undefined keeps the part as it was. `last`: written after every other part (the styles,
 * which get the cell formats that the sheets written before them derive).
 */
export interface LatePart {
  text: () => string | undefined;
  last?: boolean;
}

/** What a save does to a part: new text, an entry compressed already, a part made while written or at its turn, or null (removed). */
export type Wijziging = string | Promise<ZipEntry> | StreamedPart | LatePart | null;

// Text is compressed now (all at once, in the thread pool); a streamed or late part waits for its turn.
function entryOf(path: string, content: Exclude<Wijziging, null>): Promise<ZipEntry> | StreamedPart | LatePart {
  return typeof content === 'string' ? compress(path, content) : content;
}

/** A part's new text as a zip entry, compressed in the thread pool (start it early: it runs while other parts are made). */
export function compress(path: string, text: string): Promise<ZipEntry> {
  return newEntry(path, Buffer.from(text, 'utf8'));
}
