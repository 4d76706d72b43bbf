import { MemoryWorkbook } from '../../../src/workbook/adapters/memory/memoryWorkbook';
import type { CellValue } from '../../../src/workbook/port';
import { previousOwnedCells } from '../../../src/workbook/totaalbeeld/ownedCells';
import { totaalbeeldOver } from '../../../src/workbook/totaalbeeld/write';

const TB = 'NPLV Totaalbeeld';
const grid = async (values: CellValue[][]) => (await new MemoryWorkbook({ [TB]: { values } }).readSheets([TB]))[0];
const box = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

describe("the cells of the add-in's previous run on the Totaalbeeld sheet", () => {
  it('are those its last line names, and the line itself', async () => {
    const rows: CellValue[][] = [
      ['titel'],
      ['eenheid'],
      [],
      ['kop', 'Opgave'],
      [],
      ['Cellen van de add-in: A1:A2; $A$4:$F$10; A6 — wat u elders zet, blijft staan.'],
    ];
    expect(previousOwnedCells(await grid(rows))).toEqual([box(1, 1, 2, 1), box(4, 1, 10, 6), box(6, 1, 6, 1), box(6, 1, 6, 1)]);
  });

  it('are read from the lowest such line of column A (a copy the analyst made higher up does not count)', async () => {
    const rows: CellValue[][] = [
      ['titel', null, 'Cellen van de add-in: A1:Z99'],
      ['Cellen van de add-in: A1:B1'],
      [],
      ['Cellen van de add-in: A1:A3; A4'],
    ];
    expect(previousOwnedCells(await grid(rows))).toEqual([box(1, 1, 3, 1), box(4, 1, 4, 1), box(4, 1, 4, 1)]);
  });

  it('without a line (a version before issue 12): the block around A1, across one empty row, not across two', async () => {
    const rows: CellValue[][] = [
      ['titel'],
      ['eenheid'],
      [],
      ['kop', 'Opgave', 'Dekking'],
      ['Fysiek', 1, 2],
      [],
      [],
      ['notitie van de analist'],
    ];
    expect(previousOwnedCells(await grid(rows))).toEqual([box(1, 1, 5, 3)]);
  });

  it('without a line: a column apart from the block (Z40 of an old run) is not in it, an adjacent one is', async () => {
    const rows: CellValue[][] = [['titel'], ['a', 'b', null, 'apart']];
    rows[39] = [...Array(25).fill(null), 'Z40'];
    expect(previousOwnedCells(await grid(rows))).toEqual([box(1, 1, 2, 2)]);
  });

  it("a line naming no cell reads as no line; an empty A1 without a line: none are the add-in's", async () => {
    expect(previousOwnedCells(await grid([['titel'], ['Cellen van de add-in: hier']]))).toEqual([box(1, 1, 2, 1)]);
    expect(previousOwnedCells(await grid([[null, 'iets'], ['x']]))).toEqual([]);
  });
});

describe('the row outline of a new Totaalbeeld over the sheet (issue 16)', () => {
  const blad = (rowGroups?: { top: number; bottom: number }[]) => ({
    name: TB,
    values: [['titel']],
    ...(rowGroups && { rowGroups }),
    ownedCells: [box(1, 1, 1, 1)],
  });
  const vorig = async (rowGroups: { top: number; bottom: number }[]) =>
    (await new MemoryWorkbook({ [TB]: { values: [['titel'], ['Cellen van de add-in: A1']], rowGroups } }).readSheets([TB]))[0];

  it('is the layout’s when it gives one, and undo puts back the outline the sheet had', async () => {
    const over = totaalbeeldOver(await vorig([{ top: 3, bottom: 4 }]), blad([{ top: 6, bottom: 9 }]));
    expect([over.rowGroups, over.undo.rowGroups]).toEqual([
      [{ sheet: TB, groups: [{ top: 6, bottom: 9 }] }],
      [{ sheet: TB, groups: [{ top: 3, bottom: 4 }] }],
    ]);
  });

  it('stays as it is when the layout gives none', async () => {
    const over = totaalbeeldOver(await vorig([{ top: 3, bottom: 4 }]), blad());
    expect([over.rowGroups, over.undo.rowGroups]).toEqual([[], []]);
  });
});
