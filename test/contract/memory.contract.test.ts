import { a1 } from '../../src/sheet/address';
import { MemoryWorkbook } from '../../src/workbook/adapters/memory/memoryWorkbook';
import { memoryHarness } from '../robustness/harnesses';
import { contract } from './contract';

describe('the in-memory workbook keeps the adapter contract', () => {
  contract({
    ...memoryHarness,
    charts: true,
    hidden: async (port, sheet) => (port as MemoryWorkbook).hidden(sheet),
    look: async (port, sheet, address) => ({
      bold: (port as MemoryWorkbook).cell(sheet, address).bold,
      ...(port as MemoryWorkbook).look(sheet, address),
    }),
    andereGrafieken: {
      add: async (port, sheet, name) => (port as MemoryWorkbook).addOtherChart(sheet, name),
      names: async (port, sheet) => (port as MemoryWorkbook).otherCharts(sheet),
    },
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
    const changes = {
      sheets: [],
      writes: [
        { sheet: 'Blad', top: 1, left: 1, values: [[9]] },
        { sheet: 'Geen', top: 1, left: 1, values: [[9]] },
      ],
      deleteSheets: [],
    };
    await expect(wb.apply(changes)).rejects.toThrow("no sheet named 'Geen'");
    expect(wb.cell('Blad', 'A1').value).toBe(1);
    expect(wb.applied).toEqual([]);
  });
});
