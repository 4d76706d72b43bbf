import { bereken, uitlegRegels, type Doel } from '../../../src/engine';
import { readDetail } from '../../../src/workbook/read/readDetail';
import { readInput, sheetsToRead } from '../../../src/workbook/read/readInput';
import { uitlegVanCel } from '../../../src/workbook/uitlegCel';
import { voorbeeld } from '../taskpane/werkmappen';

/**
 * A Totaalbeeld cell whose layout names a figure of the report tables (issue 16) is explained
 * through the same path as every other cell, and names the workbook's own cells.
 */
describe('the Uitleg of a report table cell in the example', () => {
  // The example (its Bron raming column G) with a Gebied column; Nieuwbouw tot 2030 (row 4: 445) in gebied Zuid, from
  // the Add-on fysieke pijler (a source no other row names).
  const wb = voorbeeld(({ Opgave }) => {
    Opgave[2].push('Gebied');
    Opgave[3][8] = 'Zuid';
    Opgave[3][6] = 'Add-on fysieke pijler';
  });
  const doelen: Doel[] = [
    { soort: 'overPerioden', veld: 'restopgave' },
    { soort: 'landelijk', periode: 'tot 2030', pijler: 'Fysiek', onderdeel: 'Nieuwbouw', veld: 'restopgave' },
    { soort: 'gebied', periode: 'tot 2030', gebied: 'Zuid', veld: 'opgave' },
    { soort: 'raming', periode: 'tot 2030', raming: 'Add-on fysieke pijler', veld: 'opgave' },
  ];
  const uitleg = async () => {
    const namen = await wb.sheetNames();
    const lezing = readInput(await wb.readSheets(sheetsToRead(namen), readDetail(namen)));
    const uitkomst = bereken(lezing.invoer);
    if (!uitkomst.ok) throw new Error(JSON.stringify(uitkomst.meldingen));
    // A layout of one row: column B shows each doel in turn (the sheet is the layout from A1).
    const layout = { rows: doelen.map((d) => ({ cells: ['', 0], doelen: [null, d] })) };
    return uitlegVanCel(lezing, layout, uitkomst.uitleg);
  };

  it('Tabel 1: the restopgave of both perioden (Tabel 2 and 3 of the report: 2.935 and 4.130)', async () => {
    expect(uitlegRegels((await uitleg())('NPLV Totaalbeeld', 'B1')!)[0]).toBe('Restopgave totaal t/m 2035 = 2.935 + 4.130 = 7.065');
  });

  it.each([
    ['B2', 'Restopgave Nieuwbouw (landelijk) tot 2030 = 155', ['Opgave!D4', 'Dekking!E6:F6']],
    ['B3', 'Opgave gebied Zuid tot 2030 = 445', ['Opgave!D4']],
    ['B4', 'Opgave totaal tot 2030, bron raming Add-on fysieke pijler = 445', ['Opgave!D4']],
  ])("'NPLV Totaalbeeld'!%s names the cells of Nieuwbouw, and they hold its amounts", async (cel, eerste, cellen) => {
    const u = (await uitleg())('NPLV Totaalbeeld', cel)!;
    expect(uitlegRegels(u)[0]).toBe(eerste);
    expect(u.termen.flatMap((t) => [...t.plekken, ...t.delen.flatMap((d) => d.plekken)]).map((p) => `${p.blad}!${p.cel}`)).toEqual(cellen);
    // Nieuwbouw's 445, and its dekking Realisatiestimulans 145 + 145 (Tabel 2 of the report).
    expect(wb.cell('Opgave', 'D4').value).toBe(445);
    expect([wb.cell('Dekking', 'E6').value, wb.cell('Dekking', 'F6').value]).toEqual([145, 145]);
  });
});
