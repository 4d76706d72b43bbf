import { GeenWerkmap } from '../bestandssoort';
import { ZIP_SOORT } from '../pakketSoort';
import { ZIP } from './file';
import { ZIP_FOUT } from './fout';

/** Where a zip's central directory lies and how many entries it says it holds. */
export interface ZipEinde {
  count: number;
  size: number;
  offset: number;
}

/**
 * The end of central directory record: the last one whose comment fits in the file. When a
 * ZIP64 locator precedes it, the ZIP64 end record's counts and offsets count (a zip with more
 * than 65,535 entries or beyond 4 GB); without one, 0xffff entries means 65,535 entries.
 */
export function zipEinde(zip: Buffer): ZipEinde {
  const end = findEnd(zip);
  if (end < 0) throw new GeenWerkmap(ZIP_SOORT.beschadigd);
  let [disk, cdDisk, countDisk, count] = [
    zip.readUInt16LE(end + 4),
    zip.readUInt16LE(end + 6),
    zip.readUInt16LE(end + 8),
    zip.readUInt16LE(end + 10),
  ];
  let [size, offset, limit] = [zip.readUInt32LE(end + 12), zip.readUInt32LE(end + 16), end];
  const locator = end - 20;
  if (locator >= 0 && zip.readUInt32LE(locator) === ZIP.locator64) {
    const at = Number(zip.readBigUInt64LE(locator + 8));
    if (at + 56 > locator || zip.readUInt32LE(at) !== ZIP.end64) throw ZIP_FOUT.zip64();
    [disk, cdDisk] = [zip.readUInt32LE(at + 16), zip.readUInt32LE(at + 20)];
    [countDisk, count, size, offset] = [24, 32, 40, 48].map((f) => Number(zip.readBigUInt64LE(at + f)));
    limit = at;
  }
  if (disk !== 0 || cdDisk !== 0) throw ZIP_FOUT.verdeeld();
  if (countDisk !== count || offset + size > limit) throw ZIP_FOUT.map();
  return { count, size, offset };
}

function findEnd(zip: Buffer): number {
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (zip.readUInt32LE(i) === ZIP.end && i + 22 + zip.readUInt16LE(i + 20) <= zip.length) return i;
  }
  return -1;
}
