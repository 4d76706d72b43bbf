import { createHash } from 'crypto';
import fs, { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { herberekenWerkmap, type SheetContent } from '../../../src/workbook';
import { newXlsxPackage, readXlsxPackage } from '../../../src/workbook/node';
import { voorbeeldBladen } from '../../../src/voorbeeld/werkmap';
import { writeAtomically } from '../../../src/cli/schrijven';
import { foutBericht } from '../../../src/cli/fouten';
import { benchSheets } from '../../support/sheets';
import { tempDir } from '../cli/run';

/**
 * Issue 15: the command line writes its output as it is made — each patched sheet deflated
 * while it is patched, straight into the file — and plans no undo. The parts of the file are
 * those the whole package made in memory (`toBuffer`) holds, on a first run and on a second run
 * over its output (which rewrites the computed cells in place); the parts the writer does not
 * rewrite are the input's own. (Issue 15 pinned the digests of the writer before it, commit
 * 622ab06; issue 16 changed what is written — the example's Bron raming column, the
 * Totaalbeeld's tables — so the comparison is with the in-memory writer of today.)
 */

const NU = new Date(Date.UTC(2026, 0, 15, 9, 30));

// The Totaalbeeld's chart (issue 16), which that writer did not make: its parts, the sheet's reference and relationships to them, their content types.
const GRAFIEK_DELEN = [
  'xl/charts/chart1.xml',
  'xl/charts/chart2.xml',
  'xl/drawings/_rels/drawing1.xml.rels',
  'xl/drawings/drawing1.xml',
  'xl/worksheets/_rels/sheet3.xml.rels',
];
const zonderGrafiek = (name: string, text: Buffer) =>
  name === '[Content_Types].xml' || name.startsWith('xl/worksheets/')
    ? Buffer.from(
        text
          .toString('utf8')
          .replace('<drawing r:id="rId1"/>', '')
          .replace(/<Override PartName="\/xl\/(drawings|charts)\/[^"]+" ContentType="[^"]+"\/>/g, ''),
      )
    : text;

// SHA-256 (first 16 hex digits) of every part, read back by JSZip (a zip reader of its own), without the chart.
async function digests(bytes: Buffer, metGrafiek = true): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  if (metGrafiek) expect(GRAFIEK_DELEN.filter((p) => !zip.file(p))).toEqual([]);
  const hash = async (f: JSZip.JSZipObject) =>
    createHash('sha256')
      .update(zonderGrafiek(f.name, await f.async('nodebuffer')))
      .digest('hex')
      .slice(0, 16);
  const pairs = await Promise.all(files.filter((f) => !GRAFIEK_DELEN.includes(f.name)).map(async (f) => [f.name, await hash(f)] as const));
  return Object.fromEntries(pairs.sort(([a], [b]) => (a < b ? -1 : 1)));
}

// The parts the writer rewrites (the Totaalbeeld's sheet3 is new on the first run); the others are the input's own.
const HERSCHREVEN = [
  'xl/styles.xml',
  'xl/workbook.xml',
  'xl/worksheets/sheet1.xml',
  'xl/worksheets/sheet2.xml',
  'xl/worksheets/sheet3.xml',
];
const VASTE = ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels'];

const werkmappen: [string, () => SheetContent[]][] = [
  ['voorbeeld', voorbeeldBladen],
  // 8.000 opgave and 4.000 dekking rows: sheets of a few MB, patched in many pieces.
  ['groot', () => Object.entries(benchSheets(8_000)).map(([name, blad]) => ({ name, ...blad }))],
];

describe.each(werkmappen)('%s: the file written as it is made', (naam, bladen) => {
  it('holds the parts the whole package in memory held before, on a first and a second run; toBuffer gives the same parts', async () => {
    const dir = tempDir();
    const invoer = await (await newXlsxPackage(bladen())).toBuffer();
    let bytes = invoer;
    let vorige = invoer;
    for (const run of ['eerste', 'tweede']) {
      const werkmap = await readXlsxPackage(bytes);
      const uitkomst = await herberekenWerkmap(werkmap.port, { nu: NU, undo: false });
      expect(uitkomst.ok).toBe(true);
      const pad = join(dir, `${run}.xlsx`);
      await writeAtomically(pad, (uit) => werkmap.writeTo(uit));
      bytes = readFileSync(pad);
      const delen = await digests(bytes);
      expect([run, Object.keys(delen)]).toEqual([run, [...VASTE, ...HERSCHREVEN].sort()]);
      // The package's own parts are those of the file it read (a first run adds the Totaalbeeld's sheet and chart to them).
      const eigen = await digests(vorige, run === 'tweede');
      for (const deel of VASTE.filter((d) => run === 'tweede' || d === '_rels/.rels'))
        expect([run, deel, delen[deel]]).toEqual([run, deel, eigen[deel]]);
      vorige = bytes;
      expect(await digests(await werkmap.toBuffer())).toEqual(delen);
    }
  }, 60_000);
});

afterEach(() => jest.restoreAllMocks());

it('a disk that fills while a sheet is deflated: a Dutch message naming the output, and no file left', async () => {
  const dir = tempDir();
  const uit = join(dir, 'uit.xlsx');
  const werkmap = await readXlsxPackage(await (await newXlsxPackage(werkmappen[1][1]())).toBuffer());
  expect((await herberekenWerkmap(werkmap.port, { nu: NU, undo: false })).ok).toBe(true);
  // The first parts (two writes each) and the sheet's header go; then, among the sheet's deflated chunks, the disk is full.
  const echt = fs.writeSync.bind(fs) as (fd: number, b: Uint8Array, o: number, l: number, p?: number | null) => number;
  let keer = 0;
  jest.spyOn(fs, 'writeSync').mockImplementation(((fd: number, b: Uint8Array, o: number, l: number, p?: number | null) => {
    if (keer++ < 12) return echt(fd, b, o, l, p);
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
  }) as typeof fs.writeSync);
  const fout = await writeAtomically(uit, (u) => werkmap.writeTo(u)).catch((e: unknown) => e);
  expect(keer).toBe(13);
  expect(foutBericht(fout)).toBe(`kan '${uit}' niet schrijven: de schijf is vol; maak ruimte vrij of kies een andere map`);
  expect(readdirSync(dir)).toEqual([]);
}, 60_000);
