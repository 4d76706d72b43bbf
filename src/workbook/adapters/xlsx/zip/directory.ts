import { ZIP, type ZipEntry } from './file';
import { ZIP_FOUT, ZIP_GRENS } from './fout';
import { zipEinde } from './einde';

/**
 * The entries of a zip file, from its central directory (with ZIP64 where the zip uses it),
 * checked before any part is unpacked: the directory lies inside the file and holds the number
 * of entries it says, every entry lies inside the file before the directory, starts where the
 * directory says under the same name and overlaps no other, no name is given twice or points
 * outside the package, no file is marked a folder, nothing is encrypted or compressed other
 * than stored or deflated, and the sizes declared stay within ZIP_GRENS: what one zip reader
 * sees, every other sees too.
 * Throws GeenWerkmap with the Dutch message of the first problem.
 */
export function readZip(zip: Buffer): ZipEntry[] {
  const einde = zipEinde(zip);
  const entries: ZipEntry[] = [];
  const spans: { name: string; from: number; to: number }[] = [];
  let at = einde.offset;
  while (at < einde.offset + einde.size) {
    if (at + 46 > einde.offset + einde.size || zip.readUInt32LE(at) !== ZIP.central) throw ZIP_FOUT.map();
    const [flags, method, time, date, crc] = [
      zip.readUInt16LE(at + 8),
      zip.readUInt16LE(at + 10),
      zip.readUInt16LE(at + 12),
      zip.readUInt16LE(at + 14),
      zip.readUInt32LE(at + 16),
    ];
    const [nameLength, extraLength, commentLength] = [zip.readUInt16LE(at + 28), zip.readUInt16LE(at + 30), zip.readUInt16LE(at + 32)];
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > einde.offset + einde.size) throw ZIP_FOUT.map();
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const big = zip64Extra(zip.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    const size = groot(zip.readUInt32LE(at + 24), big);
    const compressed = groot(zip.readUInt32LE(at + 20), big);
    const offset = groot(zip.readUInt32LE(at + 42), big);
    if (size === undefined || compressed === undefined || offset === undefined) throw ZIP_FOUT.map();
    checkEntry(name, flags, method, size);
    // Readers that take the DOS folder attribute for a folder (JSZip) would not see this part.
    if (zip.readUInt32LE(at + 38) & 0x10 && !name.endsWith('/')) throw ZIP_FOUT.alsMap(name);
    if (offset + 30 > einde.offset) throw ZIP_FOUT.buiten(name);
    if (zip.readUInt32LE(offset) !== ZIP.local) throw ZIP_FOUT.geenKop(name);
    const localName = zip.readUInt16LE(offset + 26);
    // Readers that take the local header's name (JSZip) would see another part than those that take the directory's.
    if (!zip.subarray(offset + 30, offset + 30 + localName).equals(zip.subarray(at + 46, at + 46 + nameLength)))
      throw ZIP_FOUT.andereNaam(name);
    const start = offset + 30 + localName + zip.readUInt16LE(offset + 28);
    if (start + compressed > einde.offset) throw ZIP_FOUT.buiten(name);
    entries.push({ name, method, crc, size, time, date, data: zip.subarray(start, start + compressed) });
    spans.push({ name, from: offset, to: start + compressed });
    at = next;
  }
  if (entries.length !== einde.count) throw ZIP_FOUT.telling(einde.count, entries.length);
  checkPackage(entries, spans);
  return entries;
}

/** A 32-bit field's value, or the next 64-bit value of the ZIP64 extra field when it is 0xffffffff. */
function groot(value: number, big: number[]): number | undefined {
  return value === 0xffffffff ? big.shift() : value;
}

/** The 64-bit values of an entry's ZIP64 extra field (id 1), in the order the spec gives (sizes, offset). */
function zip64Extra(extra: Buffer): number[] {
  for (let at = 0; at + 4 <= extra.length;) {
    const [id, length] = [extra.readUInt16LE(at), extra.readUInt16LE(at + 2)];
    if (id === 1) {
      const values: number[] = [];
      for (let v = at + 4; v + 8 <= Math.min(at + 4 + length, extra.length); v += 8) values.push(Number(extra.readBigUInt64LE(v)));
      return values;
    }
    at += 4 + length;
  }
  return [];
}

const WEG = /^([/\\]|[a-z]:)|(^|[/\\])\.\.([/\\]|$)/i;

function checkEntry(name: string, flags: number, method: number, size: number): void {
  if (WEG.test(name)) throw ZIP_FOUT.naam(name);
  if (flags & 1) throw ZIP_FOUT.versleuteld(name);
  if (method !== 0 && method !== 8) throw ZIP_FOUT.methode(name, method);
  if (size > ZIP_GRENS.onderdeel) throw ZIP_FOUT.teGroot(name, size);
}

/** No name twice (part names compare without case, OPC), no bytes shared, the declared sizes together within the limit. */
function checkPackage(entries: readonly ZipEntry[], spans: { name: string; from: number; to: number }[]): void {
  const seen = new Set<string>();
  for (const e of entries) {
    const key = e.name.toLowerCase();
    if (seen.has(key)) throw ZIP_FOUT.dubbel(e.name);
    seen.add(key);
  }
  spans.sort((a, b) => a.from - b.from);
  for (let i = 1; i < spans.length; i++) if (spans[i].from < spans[i - 1].to) throw ZIP_FOUT.overlap(spans[i - 1].name, spans[i].name);
  const total = entries.reduce((n, e) => n + e.size, 0);
  if (total > ZIP_GRENS.werkmap) throw ZIP_FOUT.werkmapTeGroot(total);
}
