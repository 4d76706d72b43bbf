import { a1, parseA1 } from '../../src/workbook/address';
import { MemoryWorkbook, type MemorySheetInit } from '../../src/workbook/memoryWorkbook';
import { contract, type FixtureSheet } from './contract';

function init(sheet: FixtureSheet): MemorySheetInit {
  const values = sheet.rows.map((r) => [...r]);
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const put = <T>(table: (T | null)[][], address: string, v: T) => {
    const { row, column } = parseA1(address)!;
    for (let r = 0; r < row; r++) table[r] ??= [];
    table[row - 1][column - 1] = v;
  };
  for (const [address, { formula, result }] of Object.entries(sheet.formulas ?? {})) {
    put(formulas, address, formula);
    put(values, address, result);
  }
  for (const [address, format] of Object.entries(sheet.numberFormats ?? {})) put(numberFormats, address, format);
  for (let r = 0; r < values.length; r++) values[r] = Array.from(values[r] ?? [], (v) => v ?? null);
  return { values, formulas, numberFormats };
}

describe('the in-memory workbook keeps the adapter contract', () => {
  contract({
    create: async (sheets) => new MemoryWorkbook(Object.fromEntries(sheets.map((s) => [s.name, init(s)]))),
    reopen: async (port) => port,
    charts: true,
  });

  it('records every apply', async () => {
    const wb = new MemoryWorkbook({ Blad: { values: [[1]] } });
    const changes = { sheets: [], writes: [{ sheet: 'Blad', top: 2, left: 2, values: [[2]], numberFormats: [['0.0']] }], deleteSheets: [] };
    await wb.apply(changes);
    expect(wb.applied).toEqual([changes]);
    expect(wb.cell('Blad', a1(2, 2))).toEqual({ value: 2, formula: null, numberFormat: '0.0', bold: false });
  });

  it('refuses a change naming a sheet it does not have, and changes nothing', async () => {
    const wb = new MemoryWorkbook({ Blad: { values: [[1]] } });
    const changes = { sheets: [], writes: [{ sheet: 'Blad', top: 1, left: 1, values: [[9]] }, { sheet: 'Geen', top: 1, left: 1, values: [[9]] }], deleteSheets: [] };
    await expect(wb.apply(changes)).rejects.toThrow("no sheet named 'Geen'");
    expect(wb.cell('Blad', 'A1').value).toBe(1);
    expect(wb.applied).toEqual([]);
  });
});
