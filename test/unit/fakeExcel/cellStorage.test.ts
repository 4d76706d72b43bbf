import { FakeExcel } from '../../../src/dev/fakeExcel';
import { BLANK, CellStorage } from '../../../src/dev/fakeExcel/cellStorage';

// Expected values from Excel's documentation (learn.microsoft.com/javascript/api/excel):
// - Excel.EmptyCellValue: a cell "that's empty and has no formulas or data" gives '' in
//   Range.values (basicValue: ""); Range.formulas gives a cell's value where it has no formula.
// - Worksheet.getUsedRange(valuesOnly): "the smallest range that encompasses any cells that have
//   a value or formatting assigned to them. If the entire worksheet is blank, this function will
//   return the top left cell"; valuesOnly "considers only cells with values as used cells
//   (ignores formatting)". getUsedRangeOrNullObject gives a null object for a blank sheet.

type Read = { address: string; values: unknown[][]; formulas: unknown[][]; numberFormat: unknown[][] };

/** A range of sheet `Blad` read through the API, as the add-in reads it. */
async function read(fake: FakeExcel, range: (sheet: Excel.Worksheet) => Excel.Range): Promise<Read> {
  return fake.run(async (context) => {
    const r = range(context.workbook.worksheets.getItem('Blad')).load('address, values, formulas, numberFormat');
    await context.sync();
    return { address: r.address, values: r.values, formulas: r.formulas, numberFormat: r.numberFormat };
  });
}

const used = (fake: FakeExcel, valuesOnly = false) => read(fake, (s) => s.getUsedRange(valuesOnly)).then((r) => r.address);

async function usedOrNull(fake: FakeExcel, valuesOnly: boolean): Promise<string | null> {
  return fake.run(async (context) => {
    const r = context.workbook.worksheets.getItem('Blad').getUsedRangeOrNullObject(valuesOnly).load('address');
    await context.sync();
    return r.isNullObject ? null : r.address;
  });
}

const write = (fake: FakeExcel, change: (sheet: Excel.Worksheet) => void) =>
  fake.run(async (context) => change(context.workbook.worksheets.getItem('Blad')));

describe("the in-memory Excel's cells read as Excel's do", () => {
  it("reads a cell nothing was given as '' in values and formulas and as General", async () => {
    const fake = new FakeExcel({
      Blad: {
        values: [
          [null, 5],
          [null, null],
        ],
        top: 2,
        left: 2,
      },
    });
    const r = await read(fake, (s) => s.getRange('A1:C3'));
    expect(r.values).toEqual([
      ['', '', ''],
      ['', '', 5],
      ['', '', ''],
    ]);
    expect(r.formulas).toEqual(r.values);
    expect(r.numberFormat).toEqual([
      ['General', 'General', 'General'],
      ['General', 'General', 'General'],
      ['General', 'General', 'General'],
    ]);
  });

  it('gives the top left cell as the used range of a blank sheet, and a null object for …OrNullObject', async () => {
    const fake = new FakeExcel({ Blad: { values: [] } });
    expect(await used(fake)).toBe('Blad!A1');
    expect(await used(fake, true)).toBe('Blad!A1');
    expect(await usedOrNull(fake, false)).toBeNull();
    expect(await usedOrNull(fake, true)).toBeNull();
  });

  it('counts a cell with only a format in the used range, but not when only values count', async () => {
    const fake = new FakeExcel({
      Blad: {
        values: [
          [1, null],
          [null, 'x'],
        ],
        top: 3,
        left: 2,
      },
    });
    expect([await used(fake), await used(fake, true)]).toEqual(['Blad!B3:C4', 'Blad!B3:C4']);
    await write(fake, (s) => void (s.getRange('F9').numberFormat = [['0.00']]));
    await write(fake, (s) => void (s.getRange('A2').format.font.bold = true));
    expect([await used(fake), await used(fake, true)]).toEqual(['Blad!A2:F9', 'Blad!B3:C4']);
  });

  it('counts a formula as a value, also one without a computed value', async () => {
    const fake = new FakeExcel({ Blad: { values: [[1]] } });
    await write(fake, (s) => void (s.getRange('D6').formulas = [['=VLOOKUP(1,A1:A1,1)']]));
    expect(await used(fake, true)).toBe('Blad!A1:D6');
    expect((await read(fake, (s) => s.getRange('D6'))).formulas).toEqual([['=VLOOKUP(1,A1:A1,1)']]);
  });

  it('follows every change: a new value widens the used range, clearing shrinks it', async () => {
    const fake = new FakeExcel({ Blad: { values: [['a', 'b']] } });
    expect(await used(fake)).toBe('Blad!A1:B1');
    await write(fake, (s) => void (s.getRange('E5').values = [[7]]));
    expect(await used(fake)).toBe('Blad!A1:E5');
    await write(fake, (s) => s.getRange('E5').clear('Contents'));
    expect(await used(fake)).toBe('Blad!A1:B1');
    await write(fake, (s) => void (s.getRange('C3').numberFormat = [['0%']]));
    await write(fake, (s) => s.getRange('C3').clear('Contents'));
    expect([await used(fake), await used(fake, true)]).toEqual(['Blad!A1:C3', 'Blad!A1:B1']); // the format stays
    await write(fake, (s) => s.getRange('C3').clear());
    expect(await used(fake)).toBe('Blad!A1:B1');
    await write(fake, (s) => s.getRange('A1:B1').clear());
    expect(await usedOrNull(fake, false)).toBeNull();
  });
});

describe('CellStorage keeps only cells that hold something', () => {
  const cell = (value: number | string | null, extra: Partial<typeof BLANK> = {}) => ({ ...BLANK, value, ...extra });

  it('gives BLANK (frozen) for any other cell, and lets a cell go when it is set blank', () => {
    const storage = new CellStorage();
    expect(storage.get(1_048_576, 16_384)).toEqual({ value: null, formula: null, numberFormat: 'General', bold: false });
    expect(Object.isFrozen(storage.get(1, 1))).toBe(true);
    storage.set(2, 3, cell(4));
    storage.set(2, 3, cell(null));
    expect([storage.cells(), storage.usedBox(false)]).toEqual([[], undefined]);
  });

  it('keeps a copy: changing the cell given does not change the sheet', () => {
    const storage = new CellStorage();
    const given = cell(1);
    storage.set(1, 1, given);
    given.value = 2;
    expect(storage.get(1, 1).value).toBe(1);
  });

  it('finds the cells in a box and the formula cells, wherever they are', () => {
    const storage = new CellStorage();
    const at: [number, number][] = [
      [1, 1],
      [3, 2],
      [3, 5],
      [4, 3],
      [1_048_576, 16_384],
    ];
    at.forEach(([r, c], i) => storage.set(r, c, cell(i)));
    storage.set(4, 3, cell(null, { formula: 'A1*2' }));
    const found = (rows: [number, number, unknown][]) => rows.map(([r, c]) => `${r},${c}`).sort();
    expect(found(storage.cellsIn({ top: 3, left: 2, rows: 2, columns: 2 }))).toEqual(['3,2', '4,3']);
    expect(found(storage.cellsIn({ top: 1, left: 1, rows: 1_048_576, columns: 16_384 }))).toHaveLength(5);
    expect(found(storage.formulaCells())).toEqual(['4,3']);
    storage.set(4, 3, cell(8));
    expect(storage.formulaCells()).toEqual([]);
    expect(storage.usedBox(true)).toEqual({ top: 1, left: 1, rows: 1_048_576, columns: 16_384 });
  });
});
