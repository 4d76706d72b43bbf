import JSZip from 'jszip';
import { deflateLevel, newEntry } from '../../../src/workbook/adapters/xlsx/zip/file';
import { readZip } from '../../../src/workbook/adapters/xlsx/zip/directory';
import { entryBytes } from '../../../src/workbook/adapters/xlsx/zip/inflate';
import { writeZip, ZipInGeheugen } from '../../../src/workbook/adapters/xlsx/zip/inGeheugen';
import { ZipWriter } from '../../../src/workbook/adapters/xlsx/zip/writer';

/**
 * A part deflated while its pieces come (issue 15) is the same entry as the part deflated
 * whole: the same compressed bytes, CRC-32 and sizes, its local header put in afterwards —
 * read back by JSZip (a reader of its own) and by the package reader, in the classic and the
 * ZIP64 form.
 */

// A text of about 3 MB, in pieces of random lengths (one character up to 100 KB, a piece empty now and then).
function stukken(): { text: string; pieces: string[] } {
  const rows = Array.from(
    { length: 30_000 },
    (_, i) =>
      `<row r="${i + 1}"><c r="A${i + 1}"><v>${(i * 7919) % 104729}.${i % 97}</v></c><c r="B${i + 1}" t="inlineStr"><is><t>é€${i}</t></is></c></row>`,
  );
  const text = rows.join('');
  const pieces: string[] = [];
  let seed = 7;
  for (let at = 0; at < text.length;) {
    seed = (seed * 48271) % 2147483647;
    const n = seed % 9 === 0 ? 0 : 1 + (seed % 100_000);
    pieces.push(text.slice(at, at + n));
    at += n;
  }
  return { text, pieces };
}

describe.each(['nodig', 'altijd'] as const)('a streamed part, ZIP64 %s', (zip64) => {
  it('is the entry of the whole part, between parts given whole', async () => {
    const { text, pieces } = stukken();
    const [voor, heel, na] = await Promise.all([
      newEntry('a.xml', Buffer.from('<a/>')),
      newEntry('deel.xml', Buffer.from(text, 'utf8')),
      newEntry('z.xml', Buffer.from('<z/>')),
    ]);
    const uit = new ZipInGeheugen();
    const writer = new ZipWriter(uit, zip64);
    writer.add(voor);
    await writer.addStreamed('deel.xml', { pieces: () => pieces, level: deflateLevel(heel.size) });
    writer.add(na);
    writer.finish();
    const bytes = uit.bytes();
    const gelezen = readZip(bytes);
    expect(gelezen.map((e) => e.name)).toEqual(['a.xml', 'deel.xml', 'z.xml']);
    const deel = gelezen[1];
    expect([deel.crc >>> 0, deel.size, deel.data.equals(heel.data)]).toEqual([heel.crc >>> 0, heel.size, true]);
    expect((await entryBytes(deel)).toString('utf8')).toBe(text);
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('deel.xml')!.async('string')).toBe(text);
    expect(await zip.file('z.xml')!.async('string')).toBe('<z/>');
    // The same zip as when the part is given whole, but for the entries' times.
    const whole = writeZip([voor, { ...heel, time: deel.time, date: deel.date }, na], zip64);
    expect(bytes.equals(whole)).toBe(true);
  }, 60_000);
});
