import { gevoeligheidWerkmap } from '../../src/workbook/gevoeligheid/gevoeligheidWerkmap';
import { berekenWerkmap } from '../../src/workbook/herbereken';
import type { CellValue, SheetChart, WorkbookPort } from '../../src/workbook/port';
import type { FixtureSheet, Harness } from './contract';
import { NU } from './contractFixture';
import { changedCells, snapshot } from './snapshot';

const GV = 'NPLV Gevoeligheid';

/**
 * A small workbook, every key typed on its row; by hand, stap 10 (−10 and +10 pp):
 * - Nieuwbouw (Fysiek) 445 × 50% = Rijksdeel 222,5, Rijksdekking 145: rest 77,5. +10: 267 → 122
 *   (Δ +44,5); −10: 178 → 33 (Δ −44,5). Kantelpunt 145 ÷ 445 = 32,58…%, the key is above it.
 * - Bereikbaarheid en mobiliteit (Fysiek) 130 × 65% = 84,5, Rijksdekking 90: rest 0 (5,5 over).
 *   +10: 97,5 → 7,5 (Δ +7,5); −10: 71,5 → 0 (Δ 0). Kantelpunt 90 ÷ 130 = 69,23…%, below it.
 * - Fysiek by saldering: 222,5 + 84,5 − (145 + 90) = 72. Nieuwbouw ±10: 72 ± 44,5;
 *   Bereikbaarheid ±10: 307 ± 13 − 235, Δ ±13 (the overschot counts).
 * - Onderwijs (Sociaal-maatschappelijk) 200 × 75% = 150, no dekking: rest 150; ±10: Δ ±20
 *   everywhere. Kantelpunt 0 ÷ 200 = 0, above it.
 * - Governance en Overig 100 with key PM: listed, not varied.
 * The total by saldering is 72 + 150 = 222 and moves as the pijler does. Sorted by |Δ totaal|:
 * Nieuwbouw (44,5), Onderwijs (20), Bereikbaarheid (13), then the PM key.
 */
function werkmap(extra: FixtureSheet[] = [], opgave: CellValue = 445): FixtureSheet[] {
  return [
    {
      name: 'Opgave',
      rows: [
        ['Periode', 'Pijler', 'Onderdeel', 'Opgave', 'Verdeelsleutel'],
        ['tot 2030', 'Fysiek', 'Nieuwbouw', opgave, 0.5],
        ['tot 2030', 'Fysiek', 'Bereikbaarheid en mobiliteit', 130, 0.65],
        ['tot 2030', 'Sociaal-maatschappelijk', 'Onderwijs', 200, 0.75],
        ['tot 2030', 'Sociaal-maatschappelijk', 'Governance en Overig', 100, 'PM'],
      ],
    },
    {
      name: 'Dekking',
      rows: [
        ['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering', 'Rijksfinanciering'],
        ['tot 2030', 'Fysiek', 'Wbi', 'Nieuwbouw', 145, 145],
        ['tot 2030', 'Fysiek', 'MIRT', 'Bereikbaarheid en mobiliteit', 45, 90],
      ],
    },
    ...extra,
  ];
}

const KOP = 6; // title, two lines of explanation, unit, an empty row
const waarden = async (port: WorkbookPort) => {
  const [g] = await port.readSheets([GV]);
  return (row: number) => g.values[row - g.top]?.slice(0, 14) ?? [];
};
const getoond = (rij: CellValue[]) => rij.map((c) => (typeof c === 'number' ? Number(c.toFixed(9)) : c));

/** Issue 19: the NPLV Gevoeligheid sheet is the only change, figures as by hand, own cells only, undoable. */
export function gevoeligheidContract(harness: Harness): void {
  describe('the NPLV Gevoeligheid sheet', () => {
    it('is the only change: each key ±10 pp as by hand, sorted by |Δ totaal|, the PM key last; undo removes the sheet', async () => {
      const port = await harness.create(werkmap());
      const before = await snapshot(port);
      const u = await gevoeligheidWerkmap(port, { stappen: [10], nu: NU });
      if (!u.ok) throw new Error(JSON.stringify(u.meldingen));
      const after = await snapshot(await harness.reopen(port));
      expect(after.sheets).toEqual([...before.sheets, GV]);
      expect(changedCells(before.cells, after.cells).filter((k) => !k.startsWith(`${GV}!`))).toEqual([]);
      const rij = await waarden(await harness.reopen(port));
      expect(rij(1)[0]).toBe('Gevoeligheid van de verdeelsleutels — gemaakt 22-11-2026 14:32');
      expect(rij(KOP).slice(8)).toEqual([
        'Δ onderdeel −10 pp',
        'Δ pijler (saldering) −10 pp',
        'Δ totaal (saldering) −10 pp',
        'Δ onderdeel +10 pp',
        'Δ pijler (saldering) +10 pp',
        'Δ totaal (saldering) +10 pp',
      ]);
      const fysiek = ['tot 2030', 'Fysiek'];
      expect([7, 8, 9].map((r) => getoond(rij(r)))).toEqual([
        [
          'Nieuwbouw — tot 2030',
          ...fysiek,
          'Nieuwbouw',
          0.5,
          Number((145 / 445).toFixed(9)),
          'boven',
          77.5,
          -44.5,
          -44.5,
          -44.5,
          44.5,
          44.5,
          44.5,
        ],
        ['Onderwijs — tot 2030', 'tot 2030', 'Sociaal-maatschappelijk', 'Onderwijs', 0.75, 0, 'boven', 150, -20, -20, -20, 20, 20, 20],
        [
          'Bereikbaarheid en mobiliteit — tot 2030',
          ...fysiek,
          'Bereikbaarheid en mobiliteit',
          0.65,
          Number((90 / 130).toFixed(9)),
          'onder',
          0,
          0,
          -13,
          -13,
          7.5,
          13,
          13,
        ],
      ]);
      // Below the table, after an empty row, the keys not varied under their own header.
      expect([rij(10).filter((v) => v !== null), rij(11)[5], rij(12).slice(0, 6)]).toEqual([
        [],
        'Niet gevarieerd',
        ['Governance en Overig — tot 2030', 'tot 2030', 'Sociaal-maatschappelijk', 'Governance en Overig', 'PM', 'PM: niet gevarieerd'],
      ]);
      expect([after.cells.get(`${GV}!E7`)?.numberFormat, after.cells.get(`${GV}!N7`)?.numberFormat]).toEqual(['0.0%', '#,##0.0']);
      expect([u.rijVan(0), u.rijVan(3), u.rijVan(4)]).toEqual(['A7:N7', 'A12:F12', undefined]);
      const uitleg = (u.uitleg(GV, 'N7') ?? []).map((r) => r.tekst);
      expect(uitleg[0]).toBe('Δ rest-Rijksopgave totaal (saldering), tot 2030, bij Nieuwbouw +10 pp');
      expect(uitleg).toContain('Rest-Rijksopgave Nieuwbouw: max(0; 222,5 − 145) = 77,5 → max(0; 267 − 145) = 122');
      expect(u.uitleg(GV, 'H7')).toBeUndefined();
      if (harness.charts)
        expect(after.charts[GV]?.map(({ type: _, ...c }) => c)).toEqual([
          {
            title: 'Δ rest-Rijksopgave totaal (saldering) bij −10 en +10 pp (mln euro)',
            categories: { top: 7, column: 1, rows: 3 },
            series: [
              { name: 'Δ totaal (saldering) −10 pp', column: 11 },
              { name: 'Δ totaal (saldering) +10 pp', column: 14 },
            ],
            nameRow: KOP,
            anchor: 'P6',
            to: 'W21',
            valueFormat: '#,##0.0',
          },
        ]);
      await port.apply(u.undo!);
      const terug = await snapshot(await harness.reopen(port));
      expect([terug.sheets, changedCells(before.cells, terug.cells)]).toEqual([before.sheets, []]);
    });

    it("a second run rewrites only the add-in's cells: the analyst's note stays, and undo puts back exactly what it changed", async () => {
      const port = await harness.create(werkmap());
      const eerste = await gevoeligheidWerkmap(port, { stappen: [10], nu: NU });
      expect(eerste.ok).toBe(true);
      const open = await harness.reopen(port);
      await open.apply({ sheets: [], writes: [{ sheet: GV, top: 2, left: 30, values: [['mijn notitie']] }], deleteSheets: [] });
      const before = await snapshot(open);
      const tweede = await gevoeligheidWerkmap(open, { stappen: [10], nu: new Date(2026, 11, 3, 5, 0) });
      if (!tweede.ok) throw new Error(JSON.stringify(tweede.meldingen));
      const after = await snapshot(await harness.reopen(open));
      expect(after.cells.get(`${GV}!AD2`)?.value).toBe('mijn notitie');
      expect(changedCells(before.cells, after.cells)).toEqual([`${GV}!A1`]);
      expect(after.charts).toEqual(before.charts);
      await open.apply(tweede.undo!);
      const terug = await snapshot(await harness.reopen(open));
      expect([changedCells(before.cells, terug.cells), terug.charts]).toEqual([[], before.charts]);
      if (harness.charts) expect(terug.charts[GV]).toHaveLength(1);
    });

    it('is an error naming a cell of the analyst the new layout would cover, and nothing is written', async () => {
      const port = await harness.create(werkmap([{ name: GV, rows: [[], [], [], [], [], [], [], [null, null, 'van mij']] }]));
      const before = await snapshot(port);
      const apply = jest.spyOn(port, 'apply');
      const u = await gevoeligheidWerkmap(port, { nu: NU });
      expect(u.ok || u.meldingen.map((m) => `${m.blad}!${m.cel}: ${m.bericht}`)).toEqual([
        `${GV}!C8: de cel is door u gevuld ('van mij') en ligt in de nieuwe Gevoeligheid; verplaats de inhoud en maak de Gevoeligheid opnieuw`,
      ]);
      expect(apply).not.toHaveBeenCalled();
      expect(changedCells(before.cells, (await snapshot(await harness.reopen(port))).cells)).toEqual([]);
    });

    it("a workbook with an error gives Herbereken's errors and no sheet", async () => {
      const port = await harness.create(werkmap([], 'veel'));
      const herbereken = await berekenWerkmap(port);
      expect(herbereken.ok).toBe(false);
      const apply = jest.spyOn(port, 'apply');
      const u = await gevoeligheidWerkmap(port, { nu: NU });
      expect(u).toEqual({ ok: false, meldingen: herbereken.ok ? [] : herbereken.meldingen });
      expect(apply).not.toHaveBeenCalled();
      expect(await (await harness.reopen(port)).sheetNames()).not.toContain(GV);
    });

    it('draws the tornado as horizontal bars', async () => {
      if (!harness.charts) return;
      const port = await harness.create(werkmap());
      expect((await gevoeligheidWerkmap(port, { stappen: [10], nu: NU })).ok).toBe(true);
      const charts: SheetChart[] = (await snapshot(await harness.reopen(port))).charts[GV] ?? [];
      expect(charts.map((c) => c.type)).toEqual(['barClustered']);
    });
  });
}
