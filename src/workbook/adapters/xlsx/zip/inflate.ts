import { createInflateRaw, crc32, inflateRawSync } from 'zlib';
import type { ZipEntry } from './file';
import { ZIP_FOUT } from './fout';

/**
 * An entry's content, uncompressed and checked: never more than the size its directory entry
 * declares (inflating stops just past it, so a zip bomb that lies about its size costs no
 * more than the size it declares, which the directory's check keeps within ZIP_GRENS), exactly
 * that size, and its CRC-32. Throws GeenWerkmap naming the part.
 */
export async function entryBytes(entry: ZipEntry): Promise<Buffer> {
  const bytes = entry.method === 0 ? entry.data : entry.size < GROOT ? inflateKlein(entry) : await inflateGroot(entry);
  if (bytes.length !== entry.size) throw ZIP_FOUT.grootte(entry.name, entry.size, bytes.length);
  if (crc32(bytes) !== entry.crc >>> 0) throw ZIP_FOUT.crc(entry.name);
  return bytes;
}

// From this size on a part is inflated as a stream into one buffer of its declared size: the
// one-call inflate would hold its output twice (chunks, then joined) and overshoot by a chunk.
const GROOT = 4 * 2 ** 20;
const CHUNK = 2 ** 20;

function inflateKlein(entry: ZipEntry): Buffer {
  try {
    // One output chunk of the declared size plus the byte that shows a lie.
    return inflateRawSync(entry.data, { maxOutputLength: entry.size + 1, chunkSize: Math.max(64, entry.size + 1) });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw ZIP_FOUT.grootte(entry.name, entry.size, entry.size + 2, 'gestopt');
    throw ZIP_FOUT.inflate(entry.name);
  }
}

function inflateGroot(entry: ZipEntry): Promise<Buffer> {
  const out = Buffer.allocUnsafe(entry.size);
  let n = 0;
  return new Promise((klaar, mis) => {
    const z = createInflateRaw({ chunkSize: CHUNK });
    z.on('data', (chunk: Buffer) => {
      if (n + chunk.length > entry.size) {
        z.destroy();
        mis(ZIP_FOUT.grootte(entry.name, entry.size, n + chunk.length, 'gestopt'));
      } else n += chunk.copy(out, n);
    });
    z.on('error', () => mis(ZIP_FOUT.inflate(entry.name)));
    z.on('end', () => klaar(out.subarray(0, n)));
    z.end(entry.data);
  });
}
