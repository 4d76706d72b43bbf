import { Dec } from '../../../src/engine';
import { berekenWerkmap, herberekenWerkmap, ongedaanMaken } from '../../../src/workbook/herbereken';
import { MemoryWorkbook } from '../../../src/workbook/adapters/memory/memoryWorkbook';
import type { CellValue } from '../../../src/workbook/port';
import { DEKKING_ROWS, OPGAVE_ROWS } from '../../contract/seedSheets';

const NU = new Date(2026, 10, 22, 14, 32);
const werkmap = (opgave: CellValue[][] = OPGAVE_ROWS, dekking: CellValue[][] = DEKKING_ROWS, extra = {}) =>
  new MemoryWorkbook({ Dekking: { values: dekking }, Opgave: { values: opgave }, ...extra });
const plaats = (m: { blad: string; cel: string; bericht: string }) => `${m.blad}!${m.cel}: ${m.bericht}`;

describe('herberekenWerkmap', () => {
  it('reports reading errors and engine errors together, sorted by sheet (tab order) and row', async () => {
    const opgave = OPGAVE_ROWS.map((r) => [...r]);
    opgave[6][4] = 'n.b.';
    opgave[3][0] = 'tot 2031';
    opgave[9][1] = 'Groen';
    const dekking = DEKKING_ROWS.map((r) => [...r]);
    dekking[3][0] = 'tot 2031';
    dekking[2][4] = -3;
    const wb = werkmap(opgave, dekking);
    const uitkomst = await herberekenWerkmap(wb, { nu: NU });
    expect(uitkomst.ok).toBe(false);
    expect(uitkomst.meldingen.map(plaats)).toEqual([
      'Dekking!E3: cofinanciering -3 is negatief',
      "Dekking!A4: periode 'tot 2031' is onbekend (bekend: tot 2030, 2030 t/m 2035)",
      "Opgave!A4: periode 'tot 2031' is onbekend (bekend: tot 2030, 2030 t/m 2035)",
      "Opgave!E7: 'n.b.' is geen bedrag",
      "Opgave!B10: pijler 'Groen' is onbekend (bekend: Fysiek, Sociaal-maatschappelijk)",
    ]);
    expect(wb.applied).toEqual([]);
  });

  it('reports a cell once: an error value in the periode cell is not also an empty periode', async () => {
    const opgave = OPGAVE_ROWS.map((r) => [...r]);
    opgave[2][0] = { error: '#REF!' };
    const uitkomst = await herberekenWerkmap(werkmap(opgave), { nu: NU });
    expect(uitkomst.meldingen.map(plaats)).toEqual(['Opgave!A3: de cel bevat de foutwaarde #VERW!']);
  });

  it('reports a missing sheet, and still the engine’s errors in the other sheet', async () => {
    const dekking = DEKKING_ROWS.map((r) => [...r]);
    dekking[1][1] = 'Groen';
    const wb = new MemoryWorkbook({ Dekking: { values: dekking } });
    const uitkomst = await herberekenWerkmap(wb, { nu: NU });
    expect(uitkomst.meldingen.map(plaats)).toEqual([
      "Dekking!B2: pijler 'Groen' is onbekend (bekend: Fysiek, Sociaal-maatschappelijk)",
      "Opgave!: blad 'Opgave' ontbreekt (ook goed: Opgaven)",
    ]);
  });

  it('writes in one apply and returns the warnings, the layout and the undo', async () => {
    const wb = werkmap();
    const uitkomst = await herberekenWerkmap(wb, { nu: NU });
    if (!uitkomst.ok) throw new Error('not ok');
    expect(wb.applied).toHaveLength(1);
    expect(uitkomst.meldingen.map((m) => [m.ernst, m.blad, m.cel])).toEqual([
      ['waarschuwing', 'Opgave', 'E6'],
      ['waarschuwing', 'Opgave', 'E16'],
    ]);
    expect(uitkomst.invoer.opgave).toHaveLength(20);
    expect(uitkomst.layout.rows[0].cells[0]).toBe(
      'NPLV Totaalbeeld — berekend 22-11-2026 14:32 uit Opgave (A1:E21) en Dekking (A1:F15); verdeelsleutels: standaard',
    );
    await ongedaanMaken(wb, uitkomst.undo);
    expect(await wb.sheetNames()).toEqual(['Dekking', 'Opgave']);
    expect(wb.cell('Opgave', 'F1').value).toBeNull();
  });

  it('passes the control tolerance to the engine', async () => {
    const opgave = [...OPGAVE_ROWS.slice(0, 6), ['Totaal', null, null, null, 3050.4]];
    const strikt = await herberekenWerkmap(werkmap(opgave), { nu: NU, tolerantie: new Dec('0.1') });
    const ruim = await herberekenWerkmap(werkmap(opgave), { nu: NU });
    expect(strikt.meldingen.filter((m) => m.ernst === 'controle').map(plaats)).toEqual([
      "Opgave!E7: controlerij 'Totaal': opgave is 3.050,4, de regels erboven geven 3.050 (verschil 0,4)",
    ]);
    expect(ruim.meldingen.filter((m) => m.ernst === 'controle')).toEqual([]);
  });
});

describe('berekenWerkmap', () => {
  it('computes the same and writes nothing', async () => {
    const wb = werkmap();
    const uitkomst = await berekenWerkmap(wb, { nu: NU });
    expect(uitkomst.ok && uitkomst.resultaat.perioden[0].totaal.restopgave.toString()).toBe('2935');
    expect(wb.applied).toEqual([]);
  });

  it('says the verdeelsleutels come from the workbook when it has a Verdeelsleutels sheet', async () => {
    const extra = {
      Verdeelsleutels: {
        values: [
          ['Pijler', 'Onderdeel', 'Rijksaandeel'],
          ['Fysiek', 'Nieuwbouw', 0.5],
        ],
      },
    };
    const uitkomst = await berekenWerkmap(werkmap(OPGAVE_ROWS, DEKKING_ROWS, extra), { nu: NU });
    expect(uitkomst.ok && uitkomst.layout.rows[0].cells[0]).toMatch(/verdeelsleutels: uit werkmap$/);
  });

  it.each([
    ['a PM key, counting', 'PM', ['Extra'], 'standaard'],
    ['a key typed in a row of a scenario that is off', 0.4, [], 'standaard'],
    ['a key typed in a row of a scenario that is on', 0.4, ['Extra'], 'uit werkmap'],
  ])('says "verdeelsleutels: %s" → %s', async (_naam, sleutel, scenarios, bron) => {
    const opgave = [
      [...OPGAVE_ROWS[0], 'Verdeelsleutel', 'Scenario'],
      ...OPGAVE_ROWS.slice(1),
      ['tot 2030', 'Fysiek', 'Funderingsherstel', null, 100, sleutel, 'Extra'],
    ];
    const uitkomst = await berekenWerkmap(werkmap(opgave), { nu: NU, scenarios });
    expect(uitkomst.ok && uitkomst.layout.rows[0].cells[0]).toMatch(new RegExp(`verdeelsleutels: ${bron}$`));
  });
});
