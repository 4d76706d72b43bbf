import { MemoryWorkbook } from '../../../src/workbook/adapters/memory/memoryWorkbook';
import type { CellValue } from '../../../src/workbook/port';
import { previousOwnedCells } from '../../../src/workbook/totaalbeeld/ownedCells';

const TB = 'NPLV Totaalbeeld';
const grid = async (values: CellValue[][]) => (await new MemoryWorkbook({ [TB]: { values } }).readSheets([TB]))[0];
const box = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

describe("the cells of the add-in's previous run on the Totaalbeeld sheet", () => {
  it('are those its last line names, and the line itself', async () => {
    const rows: CellValue[][] = [['titel'], ['eenheid'], [], ['kop', 'Opgave'], [], ['Cellen van de add-in: A1:A2; $A$4:$F$10; A6 — wat u elders zet, blijft staan.']];
    expect(previousOwnedCells(await grid(rows))).toEqual([box(1, 1, 2, 1), box(4, 1, 10, 6), box(6, 1, 6, 1), box(6, 1, 6, 1)]);
  });

  it('are read from the lowest such line of column A (a copy the analyst made higher up does not count)', async () => {
    const rows: CellValue[][] = [['titel', null, 'Cellen van de add-in: A1:Z99'], ['Cellen van de add-in: A1:B1'], [], ['Cellen van de add-in: A1:A3; A4']];
    expect(previousOwnedCells(await grid(rows))).toEqual([box(1, 1, 3, 1), box(4, 1, 4, 1), box(4, 1, 4, 1)]);
  });

  it('without a line (a version before issue 12): the block around A1, across one empty row, not across two', async () => {
    const rows: CellValue[][] = [['titel'], ['eenheid'], [], ['kop', 'Opgave', 'Dekking'], ['Fysiek', 1, 2], [], [], ['notitie van de analist']];
    expect(previousOwnedCells(await grid(rows))).toEqual([box(1, 1, 5, 3)]);
  });

  it('without a line: a column apart from the block (Z40 of an old run) is not in it, an adjacent one is', async () => {
    const rows: CellValue[][] = [['titel'], ['a', 'b', null, 'apart']];
    rows[39] = [...Array(25).fill(null), 'Z40'];
    expect(previousOwnedCells(await grid(rows))).toEqual([box(1, 1, 2, 2)]);
  });

  it('a line naming no cell reads as no line; an empty A1 without a line: none are the add-in\'s', async () => {
    expect(previousOwnedCells(await grid([['titel'], ['Cellen van de add-in: hier']]))).toEqual([box(1, 1, 2, 1)]);
    expect(previousOwnedCells(await grid([[null, 'iets'], ['x']]))).toEqual([]);
  });
});
