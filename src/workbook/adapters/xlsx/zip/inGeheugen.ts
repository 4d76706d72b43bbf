import { ZipWriter, type ZipUitvoer } from './writer';
import type { ZipEntry } from './file';

/** The zip in memory: what is written, with what is written again at an earlier place put in. */
export class ZipInGeheugen implements ZipUitvoer {
  private readonly chunks: Uint8Array[] = [];
  private readonly later: { bytes: Uint8Array; position: number }[] = [];

  write(bytes: Uint8Array): void {
    this.chunks.push(bytes);
  }

  writeAt(bytes: Uint8Array, position: number): void {
    this.later.push({ bytes, position });
  }

  bytes(): Buffer {
    const all = Buffer.concat(this.chunks);
    for (const { bytes, position } of this.later) all.set(bytes, position);
    return all;
  }
}

/** A zip file of these entries, in this order (see ZipWriter). */
export function writeZip(entries: readonly ZipEntry[], zip64: 'nodig' | 'altijd' = 'nodig'): Buffer {
  const uit = new ZipInGeheugen();
  const writer = new ZipWriter(uit, zip64);
  for (const e of entries) writer.add(e);
  writer.finish();
  return uit.bytes();
}
