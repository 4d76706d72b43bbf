import { herberekenWerkmap } from '../../src/workbook/herbereken';
import type { CellLook } from '../../src/sheet';
import type { WorkbookPort } from '../../src/workbook/port';
import type { FixtureSheet, Harness } from './contract';
import { fixture, NU, ok } from './contractFixture';
import { OUTPUT_FIELDS } from './seedSheets';
import { changedCells, snapshot } from './snapshot';

/** The header row of the fixture's Opgave and Dekking (A1:F1) as an analyst styles it: bold, filled, bordered. */
const KOP: CellLook & { bold: boolean } = { bold: true, fill: '#D9E1F2', border: true };
const ZONDER: CellLook & { bold: boolean } = { bold: false };

function gestyled(edit: (sheets: FixtureSheet[]) => void = () => {}): FixtureSheet[] {
  const sheets = fixture();
  for (const sheet of sheets.slice(0, 2)) sheet.looks = Object.fromEntries(['A1', 'B1', 'C1', 'D1', 'E1', 'F1'].map((a) => [a, KOP]));
  edit(sheets);
  return sheets;
}

const widths = async (port: WorkbookPort, sheet: string) => {
  await port.sheetNames();
  const [g] = await port.readSheets([sheet]);
  return (column: number) => g.columnWidths?.[column - 1] ?? null;
};

// The owned columns of Opgave (G–M) and Dekking (G).
const OPGAVE = OUTPUT_FIELDS.map((_, i) => 7 + i);
const letter = (c: number) => String.fromCharCode(64 + c);

/** Issue 16, point 6: the written columns look like Excel's own; point 4: row outlines. */
export function opmaakContract(harness: Harness): void {
  const look = harness.look;
  if (!look) return;
  describe('the look of the written columns (issue 16)', () => {
    it('gives the computed headers the format of the header row they extend (bold, fill, border), keeping their own number format', async () => {
      const port = await harness.create(gestyled((s) => (s[0].numberFormats = { ...s[0].numberFormats, G1: '@' })));
      ok(await herberekenWerkmap(port, { nu: NU }));
      const stored = await harness.reopen(port);
      for (const c of OPGAVE) expect([letter(c), await look(stored, 'Opgave', `${letter(c)}1`)]).toEqual([letter(c), KOP]);
      expect(await look(stored, 'Dekking', 'G1')).toEqual(KOP);
      // Data cells keep their own look; the header G1 its number format.
      expect(await look(stored, 'Opgave', 'G2')).toEqual(ZONDER);
      const [g] = await stored.readSheets(['Opgave']);
      expect(g.numberFormats[0][6]).toBe('@');
    });

    it('undo puts back the header cells’ formats as they were, an analyst’s look on an empty header cell too', async () => {
      const styled: CellLook & { bold: boolean } = { bold: false, italic: true, fontColor: '#C00000' };
      const port = await harness.create(gestyled((s) => (s[0].looks = { ...s[0].looks, H1: styled })));
      const before = await snapshot(port);
      const { undo } = ok(await herberekenWerkmap(port, { nu: NU }));
      expect(await look(await harness.reopen(port), 'Opgave', 'H1')).toEqual(KOP);
      await port.apply(undo);
      const after = await harness.reopen(port);
      expect(await look(after, 'Opgave', 'H1')).toEqual(styled);
      expect(await look(after, 'Opgave', 'G1')).toEqual(ZONDER);
      expect(await look(after, 'Dekking', 'G1')).toEqual(ZONDER);
      expect(changedCells(before.cells, (await snapshot(after)).cells)).toEqual([]);
    });

    it('widens every written column to show its header and values, and undo puts the widths back exactly', async () => {
      const port = await harness.create(gestyled());
      const before = await snapshot(port);
      const { undo } = ok(await herberekenWerkmap(port, { nu: NU }));
      const width = await widths(await harness.reopen(port), 'Opgave');
      // Each header shown whole: at least as many characters as it has (e.g. 'Jaarlijkse restopgave', 21).
      for (const [i, [kop]] of OUTPUT_FIELDS.entries()) expect([kop, width(7 + i)! >= kop.length]).toEqual([kop, true]);
      expect((await widths(await harness.reopen(port), 'Dekking'))(7)).toBeGreaterThanOrEqual('Totale dekking'.length);
      await port.apply(undo);
      const after = await snapshot(await harness.reopen(port));
      expect(after.widths).toEqual(before.widths);
    });

    it('never narrows a column the analyst made wider, and a second run changes no width', async () => {
      const port = await harness.create(gestyled((s) => (s[0].columnWidths = [null, null, null, null, null, null, 40])));
      ok(await herberekenWerkmap(port, { nu: NU }));
      const first = await widths(await harness.reopen(port), 'Opgave');
      expect(first(7)).toBeCloseTo(40, 0);
      const again = await harness.reopen(port);
      const { undo } = ok(await herberekenWerkmap(again, { nu: NU }));
      expect(undo.columnWidths).toEqual([]);
      const second = await widths(await harness.reopen(again), 'Opgave');
      expect(OPGAVE.map(second)).toEqual(OPGAVE.map(first));
    });
  });

  describe('the row outline (issue 16)', () => {
    const blad = (): FixtureSheet[] => [{ name: 'Blad', rows: [['Totaal'], ['a'], ['b'], ['Totaal 2'], ['c'], ['d'], ['e']] }];

    it('groups rows collapsed, summary above, and reads the outline back', async () => {
      const port = await harness.create(blad());
      await port.apply({
        sheets: [],
        writes: [],
        rowGroups: [
          {
            sheet: 'Blad',
            groups: [
              { top: 2, bottom: 3 },
              { top: 5, bottom: 7 },
            ],
          },
        ],
        deleteSheets: [],
      });
      const [g] = await (await harness.reopen(port)).readSheets(['Blad']);
      expect(g.rowGroups).toEqual([
        { top: 2, bottom: 3 },
        { top: 5, bottom: 7 },
      ]);
      expect(g.values.map((r) => r[0])).toEqual(['Totaal', 'a', 'b', 'Totaal 2', 'c', 'd', 'e']);
    });

    it('replaces an outline by another and by none, an expanded group read as expanded', async () => {
      const port = await harness.create(blad());
      const zet = (groups: { top: number; bottom: number; collapsed?: boolean }[]) =>
        port.apply({ sheets: [], writes: [], rowGroups: [{ sheet: 'Blad', groups }], deleteSheets: [] });
      await zet([
        { top: 2, bottom: 3 },
        { top: 5, bottom: 7 },
      ]);
      await zet([{ top: 5, bottom: 6, collapsed: false }]);
      expect((await (await harness.reopen(port)).readSheets(['Blad']))[0].rowGroups).toEqual([{ top: 5, bottom: 6, collapsed: false }]);
      await zet([]);
      expect((await (await harness.reopen(port)).readSheets(['Blad']))[0].rowGroups).toEqual([]);
    });

    it('gives a new sheet its outline', async () => {
      const port = await harness.create(blad());
      await port.apply({
        sheets: [{ name: 'Nieuw', values: [['x'], ['y'], ['z']], rowGroups: [{ top: 2, bottom: 3 }] }],
        writes: [],
        deleteSheets: [],
      });
      expect((await (await harness.reopen(port)).readSheets(['Nieuw']))[0].rowGroups).toEqual([{ top: 2, bottom: 3 }]);
    });
  });
}
