import { herberekenWerkmap } from '../../src/workbook/herbereken';
import type { WorkbookPort } from '../../src/workbook/port';
import type { Harness } from './contract';
import { cells, fixture, NU, ok, OPGAVE_RIJ } from './contractFixture';
import { changedCells, snapshot } from './snapshot';
import { goldenOfRow, OUTPUT_FIELDS, voorbeeld } from './seedSheets';

const TB = 'NPLV Totaalbeeld';

/** The Totaalbeeld's unit line, and the formats of the amounts in its first row with five (a pijler's summary row). */
async function totaalbeeld(port: WorkbookPort) {
  const [g] = await port.readSheets([TB]);
  const regel = g.values.map((r) => r[0]).find((v) => typeof v === 'string' && v.startsWith('Bedragen in'));
  const r = g.values.findIndex((row) => row[0] === 'Fysieke pijler');
  return { regel, notaties: g.numberFormats[r].slice(1, 6) };
}

/** The seed fixture with these headers of its amount columns. */
const metKoppen = (opgave: string, cofinanciering: string, rijksfinanciering: string) =>
  fixture((o, d) => {
    o[0][4] = opgave;
    [d[0][4], d[0][5]] = [cofinanciering, rijksfinanciering];
  });

/** Issue 12, item 8: the unit the workbook states names the amounts and sets their format; it never changes a figure. */
export function eenheidContract(harness: Harness): void {
  describe('the unit the workbook states', () => {
    it('Opgave (€) and Cofinanciering/Rijksfinanciering (€): the same figures (golden.json), Bedragen in euro, every amount #,##0', async () => {
      const port = await harness.create(metKoppen('Opgave (€)', 'Cofinanciering (€)', 'Rijksfinanciering (euro)'));
      ok(await herberekenWerkmap(port, { nu: NU }));
      const stored = await harness.reopen(port);
      const [opgave, dekking] = [await cells(stored, 'Opgave'), await cells(stored, 'Dekking')];
      voorbeeld.opgave.forEach((_, i) => {
        const row = OPGAVE_RIJ[i];
        expect(OUTPUT_FIELDS.map((_, c) => opgave(row, 7 + c).value)).toEqual(OUTPUT_FIELDS.map(([, veld]) => goldenOfRow(i)[veld]));
        expect(OUTPUT_FIELDS.map((_, c) => opgave(row, 7 + c).numberFormat)).toEqual(OUTPUT_FIELDS.map(() => '#,##0'));
      });
      expect([dekking(2, 7).value, dekking(2, 7).numberFormat]).toEqual([
        voorbeeld.dekking[0].cofinanciering + voorbeeld.dekking[0].rijksfinanciering,
        '#,##0',
      ]);
      expect(await totaalbeeld(stored)).toEqual({ regel: 'Bedragen in euro', notaties: Array(5).fill('#,##0') });
    });

    it('a title row above the header row (Bedragen x € 1 mld): Bedragen in mld euro, #,##0.00', async () => {
      // Nieuwbouw 0,4 mld × 50% = 0,2; no dekking: restopgave 0,4, per jaar 0,4 / 4 = 0,1.
      const port = await harness.create([
        {
          name: 'Opgave',
          rows: [
            ['Opgave NPLV — bedragen x € 1 mld'],
            [],
            ['Periode', 'Pijler', 'Onderdeel', 'Opgave'],
            ['tot 2030', 'Fysiek', 'Nieuwbouw', 0.4],
          ],
        },
        { name: 'Dekking', rows: [['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering', 'Rijksfinanciering']] },
      ]);
      ok(await herberekenWerkmap(port, { nu: NU }));
      const stored = await harness.reopen(port);
      const opgave = await cells(stored, 'Opgave');
      expect([0, 3, 5].map((c) => [opgave(4, 5 + c).value, opgave(4, 5 + c).numberFormat])).toEqual([
        [0.2, '#,##0.00'],
        [0.4, '#,##0.00'],
        [0.1, '#,##0.00'],
      ]);
      expect(await totaalbeeld(stored)).toEqual({ regel: 'Bedragen in mld euro', notaties: Array(5).fill('#,##0.00') });
    });

    it('units that differ between the sheets: an error at each cell naming the first, nothing written', async () => {
      const port = await harness.create(metKoppen('Opgave (mln €)', 'Cofinanciering (€)', 'Rijksfinanciering (mln)'));
      const before = await snapshot(port);
      const apply = jest.spyOn(port, 'apply');
      const uitkomst = await herberekenWerkmap(port, { nu: NU });
      expect(uitkomst.ok).toBe(false);
      expect(uitkomst.meldingen.map((m) => `${m.blad}!${m.cel}: ${m.bericht}`)).toEqual([
        "Dekking!E1: eenheid '€' wijkt af van 'mln €' in Opgave!E1; gebruik één eenheid",
      ]);
      expect(apply).not.toHaveBeenCalled();
      expect(changedCells(before.cells, (await snapshot(await harness.reopen(port))).cells)).toEqual([]);
    });

    it('none stated: mln euro and #,##0.0, as the seed', async () => {
      const port = await harness.create(fixture());
      ok(await herberekenWerkmap(port, { nu: NU }));
      expect(await totaalbeeld(await harness.reopen(port))).toEqual({ regel: 'Bedragen in mln euro', notaties: Array(5).fill('#,##0.0') });
    });
  });
}
