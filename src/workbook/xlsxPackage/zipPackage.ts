import JSZip from 'jszip';

/**
 * An .xlsx package (a zip of XML parts) as read: its parts by path (no leading `/`). Saving
 * writes the original zip with some parts replaced, added or removed; every other part is
 * copied as it was stored, compressed bytes and all.
 */
export class ZipPackage {
  private constructor(private readonly zip: JSZip) {}

  /** Opens a package from its bytes; throws when they are not a zip. */
  static async load(data: ArrayBuffer | Uint8Array): Promise<ZipPackage> {
    return new ZipPackage(await JSZip.loadAsync(data));
  }

  has(path: string): boolean {
    const entry = this.zip.files[path];
    return entry !== undefined && !entry.dir;
  }

  /** Every part's path, in the zip's order. */
  paths(): string[] {
    return Object.keys(this.zip.files).filter((p) => !this.zip.files[p].dir);
  }

  /** A part's text (UTF-8), or undefined when there is no such part. */
  async text(path: string): Promise<string | undefined> {
    if (!this.has(path)) return undefined;
    const bytes = await this.zip.files[path].async('nodebuffer');
    return bytes.toString('utf8');
  }

  /** A part's bytes as stored (uncompressed). */
  async bytes(path: string): Promise<Buffer | undefined> {
    return this.has(path) ? this.zip.files[path].async('nodebuffer') : undefined;
  }

  /**
   * The package with `changes` (path → new text, or null to remove the part), as bytes. The
   * package itself stays as it was read, so it can be saved again with other changes.
   */
  async write(changes: ReadonlyMap<string, string | null>): Promise<Buffer> {
    const original = this.zip.files;
    this.zip.files = Object.assign(Object.create(null) as typeof original, original);
    try {
      for (const [path, text] of changes) {
        if (text === null) this.zip.remove(path);
        else this.zip.file(path, Buffer.from(text, 'utf8'), { createFolders: false });
      }
      return await this.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
    } finally {
      this.zip.files = original;
    }
  }
}
