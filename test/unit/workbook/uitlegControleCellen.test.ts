import { uitlegRegels } from '../../../src/engine';
import { herberekenWerkmap } from '../../../src/workbook/herbereken';
import { parseA1 } from '../../../src/sheet/address';
import { voorbeeld, klok } from '../taskpane/werkmappen';

/**
 * A control row's total of a computed figure (Rijksdeel … Overschot dekking) names each row of
 * its block by the cell that shows the row's figure, and that cell holds the amount named.
 */
describe('the Uitleg of a control row in the example', () => {
  // The example's first block: Nieuwbouw … Bereikbaarheid in rows 4–8, 'Totale opgave fysieke pijler' in 9, 'Waarvan Rijksdeel' in 10.
  it.each([
    // The example's input columns are A–H (Bron raming in G, issue 16): its computed columns start at I.
    ['I10', 'I', [222.5, 520.5, 332.5, 198.75, 84.5]], // Rijksdeel: 445, 1.735, 475, 265, 130 × 50%, 30%, 70%, 75%, 65%
    ['L9', 'L', [155, 1735, 475, 85, 0]], // Restopgave: 445 − 290, 1.735 − 0, 475 − 0, 265 − 180, max(0; 130 − 135)
  ])('Opgave!%s names the cells %s4:%s8 and their amounts', async (cel, kolom, bedragen) => {
    const wb = voorbeeld();
    const uitkomst = await herberekenWerkmap(wb, { nu: klok() });
    if (!uitkomst.ok) throw new Error('the example has errors');
    const u = uitkomst.uitleg('Opgave', cel);
    const delen = u!.termen[0].delen;
    expect(delen.map((d) => d.plekken.map((p) => `${p.blad}!${p.cel}`))).toEqual([4, 5, 6, 7, 8].map((r) => [`Opgave!${kolom}${r}`]));
    expect(delen.map((d) => d.bedragen.map(Number))).toEqual(bedragen.map((b) => [b]));
    // What each named cell shows after the run is the amount the explanation gives for it.
    for (const d of delen) expect(wb.cell('Opgave', d.plekken[0].cel).value).toBe(d.bedragen[0].toNumber());
    expect(uitlegRegels(u!)[1]).toContain(`(Opgave!${kolom}4)`);
    expect(parseA1(delen[0].plekken[0].cel)).toEqual({ row: 4, column: 9 + 'IJKLMNO'.indexOf(kolom) });
  });
});
