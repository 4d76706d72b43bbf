import { herberekenWerkmap } from '../../src/workbook/herbereken';
import type { WorkbookPort } from '../../src/workbook/port';
import type { Harness } from './contract';
import { cells, fixture, NU, ok, OPGAVE_RIJ } from './contractFixture';

const TB = 'NPLV Totaalbeeld';

/** The Totaalbeeld's unit line, and the values and formats of the amounts of its first Fysieke pijler row (tot 2030). */
async function totaalbeeld(port: WorkbookPort) {
  const [g] = await port.readSheets([TB]);
  const regel = g.values.map((r) => r[0]).find((v) => typeof v === 'string' && v.startsWith('Bedragen in'));
  const r = g.values.findIndex((row) => row[0] === 'Fysieke pijler');
  return { regel, waarden: g.values[r].slice(1, 6), notaties: g.numberFormats[r].slice(1, 6) };
}

// Tabel 2 of the report, tot 2030, Fysieke pijler, in mln (golden.json): opgave, dekking, restopgave, per jaar, per onderdeel.
const FYSIEK = [3050, 675, 2375, 593.75, 2450];

const enkelBlad = (titel: string, opgave: number) => [
  { name: 'Opgave', rows: [[titel], [], ['Periode', 'Pijler', 'Onderdeel', 'Opgave'], ['tot 2030', 'Fysiek', 'Nieuwbouw', opgave]] },
  { name: 'Dekking', rows: [['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering', 'Rijksfinanciering']] },
];

/** Issue 16, item 2: the display setting changes the Totaalbeeld's number formats and unit line, never a value; the unit line remembers it. */
export function weergaveContract(harness: Harness): void {
  describe('the display setting (weergave) of the Totaalbeeld', () => {
    it('mld with 2 decimals: the cells keep the exact mln amounts, formatted #,##0.00, (scaled by 1000); Opgave keeps #,##0.0', async () => {
      const port = await harness.create(fixture());
      const uitkomst = ok(await herberekenWerkmap(port, { nu: NU, weergave: { eenheid: 'mld', decimalen: 2 } }));
      expect(uitkomst.weergave).toEqual({ eenheid: 'mld', decimalen: 2 });
      const stored = await harness.reopen(port);
      expect(await totaalbeeld(stored)).toEqual({ regel: 'Bedragen in mld euro', waarden: FYSIEK, notaties: Array(5).fill('#,##0.00,') });
      const opgave = await cells(stored, 'Opgave');
      expect(opgave(OPGAVE_RIJ[0], 7).numberFormat).toBe('#,##0.0');
    });

    it('is remembered in the unit line: the next run without a setting keeps it; a new setting replaces it, field by field', async () => {
      const port = await harness.create(fixture());
      ok(await herberekenWerkmap(port, { nu: NU, weergave: { eenheid: 'mld', decimalen: 3 } }));
      let stored = await harness.reopen(port);
      const tweede = ok(await herberekenWerkmap(stored, { nu: NU }));
      expect(tweede.weergave).toEqual({ eenheid: 'mld', decimalen: 3 });
      stored = await harness.reopen(stored);
      expect(await totaalbeeld(stored)).toEqual({
        regel: 'Bedragen in mld euro, 3 decimalen',
        waarden: FYSIEK,
        notaties: Array(5).fill('#,##0.000,'),
      });
      // Only the decimals asked: the remembered unit stays.
      expect(ok(await herberekenWerkmap(stored, { nu: NU, weergave: { decimalen: 1 } })).weergave).toEqual({
        eenheid: 'mld',
        decimalen: 1,
      });
      stored = await harness.reopen(stored);
      // Another unit asked: its own default decimals, not the remembered unit's.
      expect(ok(await herberekenWerkmap(stored, { nu: NU, weergave: { eenheid: 'mln' } })).weergave).toEqual({
        eenheid: 'mln',
        decimalen: 1,
      });
      stored = await harness.reopen(stored);
      expect(await totaalbeeld(stored)).toEqual({ regel: 'Bedragen in mln euro', waarden: FYSIEK, notaties: Array(5).fill('#,##0.0') });
      expect(ok(await herberekenWerkmap(stored, { nu: NU })).weergave).toEqual({ eenheid: 'mln', decimalen: 1 });
    });

    it('a workbook in euro shown in mld: #,##0.00,,, ; in duizend euro shown in mln: #,##0.0,', async () => {
      const euro = await harness.create(enkelBlad('Bedragen in euro', 400000000));
      ok(await herberekenWerkmap(euro, { nu: NU, weergave: { eenheid: 'mld' } }));
      const e = await totaalbeeld(await harness.reopen(euro));
      expect([e.regel, e.waarden[0], e.notaties[0]]).toEqual(['Bedragen in mld euro', 400000000, '#,##0.00,,,']);
      const duizend = await harness.create(enkelBlad('Bedragen x € 1.000', 400000));
      ok(await herberekenWerkmap(duizend, { nu: NU, weergave: { eenheid: 'mln' } }));
      const d = await totaalbeeld(await harness.reopen(duizend));
      expect([d.regel, d.waarden[0], d.notaties[0]]).toEqual(['Bedragen in mln euro', 400000, '#,##0.0,']);
    });

    it('a workbook in mld asked for mln: a warning in the messages, the Totaalbeeld stays in mld euro', async () => {
      const port = await harness.create(enkelBlad('Opgave NPLV — bedragen x € 1 mld', 0.4));
      const uitkomst = ok(await herberekenWerkmap(port, { nu: NU, weergave: { eenheid: 'mln' } }));
      expect(uitkomst.weergave).toEqual({ eenheid: 'mld', decimalen: 2 });
      expect(uitkomst.meldingen.filter((m) => m.ernst === 'waarschuwing').map((m) => m.bericht)).toEqual([
        'het Totaalbeeld kan niet in mln euro: de werkmap rekent in mld euro, en een getalnotatie toont een bedrag niet in een kleinere eenheid; het Totaalbeeld blijft in mld euro',
      ]);
      const t = await totaalbeeld(await harness.reopen(port));
      expect([t.regel, t.notaties[0]]).toEqual(['Bedragen in mld euro', '#,##0.00']);
    });
  });
}
