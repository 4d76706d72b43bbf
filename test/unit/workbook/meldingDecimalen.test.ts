import { berekenWerkmap } from '../../../src/workbook/herbereken';
import { MemoryWorkbook } from '../../../src/workbook/adapters/memory/memoryWorkbook';
import type { CellValue } from '../../../src/workbook/port';

/**
 * Issue 12, item 12: a computed figure in a message is shown as the written columns show it,
 * in the workbook's unit's number format. Nieuwbouw 445 × 50% = 222,5 against a typed 220.
 */
const werkmap = (opgaveKop: string) => {
  const opgave: CellValue[][] = [
    ['Periode', 'Pijler', 'Onderdeel', opgaveKop],
    ['tot 2030', 'Fysiek', 'Nieuwbouw', 445],
    ['tot 2030', 'Fysiek', 'Waarvan Rijksdeel', 220],
  ];
  const dekking: CellValue[][] = [['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering', 'Rijksfinanciering']];
  return new MemoryWorkbook({ Opgave: { values: opgave }, Dekking: { values: dekking } });
};

async function controles(opgaveKop: string, getalnotatie?: string): Promise<string[]> {
  const uitkomst = await berekenWerkmap(werkmap(opgaveKop), { nu: new Date(2026, 0, 1), ...(getalnotatie && { getalnotatie }) });
  return uitkomst.meldingen.filter((m) => m.ernst === 'controle').map((m) => m.bericht);
}

describe('computed figures in messages, in the number format of the written amounts', () => {
  it('mln euro (#,##0.0): 222,5, verschil 2,5', async () => {
    expect(await controles('Opgave')).toEqual([
      "controlerij 'Waarvan Rijksdeel': Rijksdeel is 220, de regels erboven geven 222,5 (verschil 2,5)",
    ]);
  });

  it('euro (#,##0): 222,5 shows 223 (half away from zero), verschil 2,5 shows 3', async () => {
    expect(await controles('Opgave (€)')).toEqual([
      "controlerij 'Waarvan Rijksdeel': Rijksdeel is 220, de regels erboven geven 223 (verschil 3)",
    ]);
  });

  it('a number format asked for (0.00) counts over the unit', async () => {
    expect(await controles('Opgave (€)', '0.00')).toEqual([
      "controlerij 'Waarvan Rijksdeel': Rijksdeel is 220, de regels erboven geven 222,5 (verschil 2,5)",
    ]);
  });
});
