import fc from 'fast-check';
import JSZip from 'jszip';
import { berekenWerkmap } from '../../../src/workbook/herbereken';
import { GeenWerkmap, readXlsxPackage } from '../../../src/workbook/adapters/xlsx';
import { parameters, runs, tijd } from '../properties/runs';
import { blad, kleineRijen, rij, xlsx } from './grootteBestanden';

/**
 * Mutated zips of a small valid workbook (issue 13, Proof): bit flips, truncations and byte
 * deletions, in the central directory and in the data, read in-process through
 * readXlsxPackage and the reading path. Never a hang, never an exception other than
 * GeenWerkmap; and a read that succeeds (and saves) must agree with an independent reader:
 * JSZip (every CRC checked) reads the zip, its parts, zipped again by JSZip, give the same
 * cells and the same outcome, and the saved zip is whole to JSZip too.
 */

const MS_PER_GEVAL = 2_000;

/** The small workbook as JSZip writes it (an independent writer), and where its central directory starts. */
async function basis(): Promise<{ zip: Buffer; map: number }> {
  const { opgave, dekking } = kleineRijen();
  const zip = await xlsx({ Opgave: blad(opgave.map((r, i) => rij(i + 1, r))), Dekking: blad(dekking.map((r, i) => rij(i + 1, r))) });
  return { zip, map: zip.readUInt32LE(zip.length - 6) };
}

type Mutatie = { soort: 'bit'; at: number; bit: number } | { soort: 'afkappen'; at: number } | { soort: 'weg'; at: number; n: number };

function muteer(zip: Buffer, m: Mutatie): Buffer {
  if (m.soort === 'afkappen') return zip.subarray(0, m.at);
  if (m.soort === 'weg') return Buffer.concat([zip.subarray(0, m.at), zip.subarray(m.at + m.n)]);
  const uit = Buffer.from(zip);
  uit[m.at] ^= 1 << m.bit;
  return uit;
}

/** A mutation in the data (before the directory) or in the directory and end record, equally often. */
function mutaties(lengte: number, map: number): fc.Arbitrary<Mutatie[]> {
  const plek = fc.oneof(fc.integer({ min: 0, max: map - 1 }), fc.integer({ min: map, max: lengte - 1 }));
  const een = fc.oneof(
    { weight: 3, arbitrary: fc.record({ soort: fc.constant('bit' as const), at: plek, bit: fc.integer({ min: 0, max: 7 }) }) },
    { weight: 1, arbitrary: fc.record({ soort: fc.constant('afkappen' as const), at: plek }) },
    { weight: 1, arbitrary: fc.record({ soort: fc.constant('weg' as const), at: plek, n: fc.integer({ min: 1, max: 8 }) }) },
  );
  return fc.array(een, { minLength: 1, maxLength: 3 });
}

/**
 * What the reading path makes of a zip: the outcome as JSON (cells read, messages, result) and
 * the zip saved again unchanged (which checks every part the reading left unread); or the
 * GeenWerkmap message.
 */
async function lees(zip: Buffer): Promise<{ uitkomst: string; opgeslagen: Buffer } | { fout: string }> {
  try {
    const werkmap = await readXlsxPackage(zip);
    const r = await berekenWerkmap(werkmap.port);
    const uitkomst = JSON.stringify(r.ok ? { meldingen: r.meldingen, invoer: r.invoer, resultaat: r.resultaat } : r);
    return { uitkomst, opgeslagen: await werkmap.toBuffer() };
  } catch (e) {
    if (e instanceof GeenWerkmap) return { fout: e.message };
    throw e;
  }
}

/** The parts JSZip reads (every CRC checked), zipped again by JSZip. */
async function onafhankelijk(zip: Buffer): Promise<Buffer> {
  const z = await JSZip.loadAsync(zip, { checkCRC32: true });
  const schoon = new JSZip();
  for (const f of Object.values(z.files)) if (!f.dir) schoon.file(f.name, await f.async('nodebuffer'));
  return schoon.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('mutated zips of a small workbook: GeenWerkmap, or the cells an independent reader reads', () => {
  const n = runs(300);
  it(
    `${n} mutations (bit flips, truncations, deletions)`,
    async () => {
      const { zip, map } = await basis();
      const gezien = { fout: 0, gelezen: 0 };
      await fc.assert(
        fc.asyncProperty(mutaties(zip.length, map), async (ms) => {
          const gemuteerd = ms.reduce(muteer, zip);
          const start = Date.now();
          const gelezen = await lees(gemuteerd);
          expect(Date.now() - start).toBeLessThan(MS_PER_GEVAL);
          if ('fout' in gelezen) {
            expect(gelezen.fout).not.toMatch(/Error|\n\s+at /);
            gezien.fout++;
            return;
          }
          gezien.gelezen++;
          const zo = await lees(await onafhankelijk(gemuteerd));
          expect('uitkomst' in zo && zo.uitkomst).toBe(gelezen.uitkomst);
          await JSZip.loadAsync(gelezen.opgeslagen, { checkCRC32: true });
        }),
        parameters(n),
      );
      // Both outcomes occur: the property checks reads that succeed as well as refusals.
      expect(gezien.fout).toBeGreaterThan(0);
      expect(gezien.gelezen).toBeGreaterThan(0);
    },
    tijd(n, 200),
  );
});
