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
 * the same as before: the expected digests are those of the parts the previous writer (commit
 * 622ab06, the whole package made in memory, with undo) wrote for the same workbooks, on a
 * first run and on a second run over its output (which rewrites the computed cells in place) —
 * but for Opgave and Dekking (sheet1, sheet2), whose written columns have since (issue 16) got
 * their widths and their headers the header row's format.
 */

const NU = new Date(Date.UTC(2026, 0, 15, 9, 30));

// SHA-256 (first 16 hex digits) of every part, read back by JSZip (a zip reader of its own).
async function digests(bytes: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  const pairs = await Promise.all(files.map(async (f) => [f.name, createHash('sha256').update(await f.async('nodebuffer')).digest('hex').slice(0, 16)] as const));
  return Object.fromEntries(pairs.sort(([a], [b]) => (a < b ? -1 : 1)));
}

// The parts the writer rewrites; the others are the input's own (not computed by the writer).
const VOOR = {
  voorbeeld: { 'xl/styles.xml': 'a9570801743bde1a', 'xl/workbook.xml': 'c7aa342b2e379ea1', 'xl/worksheets/sheet1.xml': 'd7487a3cb8c69f88', 'xl/worksheets/sheet2.xml': 'fa9b506c2c65c3b9', 'xl/worksheets/sheet3.xml': 'e1e22c117a34673b' },
  groot: { 'xl/styles.xml': '8c9f0172873d8380', 'xl/workbook.xml': 'c7aa342b2e379ea1', 'xl/worksheets/sheet1.xml': '64fa81c2d3ed01e1', 'xl/worksheets/sheet2.xml': '43900c24a9a1559c', 'xl/worksheets/sheet3.xml': '916fbc81174a06b9' },
};
const VASTE = { '[Content_Types].xml': 'c052c64ee007a760', '_rels/.rels': '9f96bb683e71c451', 'xl/_rels/workbook.xml.rels': '5dd582b46d18139c' };

const werkmappen: [keyof typeof VOOR, () => SheetContent[]][] = [
  ['voorbeeld', voorbeeldBladen],
  // 8.000 opgave and 4.000 dekking rows: sheets of a few MB, patched in many pieces.
  ['groot', () => Object.entries(benchSheets(8_000)).map(([name, blad]) => ({ name, ...blad }))],
];

describe.each(werkmappen)('%s: the file written as it is made', (naam, bladen) => {
  it('holds the parts the whole package in memory held before, on a first and a second run; toBuffer gives the same parts', async () => {
    const dir = tempDir();
    const invoer = await (await newXlsxPackage(bladen())).toBuffer();
    let bytes = invoer;
    for (const run of ['eerste', 'tweede']) {
      const werkmap = await readXlsxPackage(bytes);
      const uitkomst = await herberekenWerkmap(werkmap.port, { nu: NU, undo: false });
      expect(uitkomst.ok).toBe(true);
      const pad = join(dir, `${run}.xlsx`);
      await writeAtomically(pad, (uit) => werkmap.writeTo(uit));
      bytes = readFileSync(pad);
      const delen = await digests(bytes);
      expect([run, delen]).toEqual([run, { ...VASTE, ...VOOR[naam] }]);
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
