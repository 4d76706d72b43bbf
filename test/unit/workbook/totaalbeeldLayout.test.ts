import { bereken, Dec, type Invoer, type Resultaat } from '../../../src/engine';
import { totaalbeeldLayout } from '../../../src/workbook/totaalbeeld/layout';
import { totaalbeeldSheet } from '../../../src/workbook/totaalbeeld/content';
import type { TotaalbeeldMeta } from '../../../src/workbook/totaalbeeld/types';
import { golden, TOTAALBEELD_GRAFIEKEN, voorbeeld } from '../../contract/seedSheets';

const META: TotaalbeeldMeta = {
  berekendOm: '22-11-2026 14:32',
  bronnen: [
    { blad: 'Opgave', bereik: 'A1:F21' },
    { blad: 'Dekking', bereik: 'A1:G15' },
  ],
  verdeelsleutels: 'standaard',
};

function resultaat(invoer: Invoer): Resultaat {
  const u = bereken(invoer);
  if (!u.ok) throw new Error(JSON.stringify(u.meldingen));
  return u.resultaat;
}

const seed = (): Invoer => ({
  opgave: voorbeeld.opgave.map((r) => ({ ...r, gebied: '', opgave: new Dec(r.opgave) })),
  dekking: voorbeeld.dekking.map((r) => ({
    ...r,
    gebied: '',
    cofinanciering: new Dec(r.cofinanciering),
    rijksfinanciering: new Dec(r.rijksfinanciering),
  })),
});

describe('the Totaalbeeld layout of the seed (PANE.md "Totaalbeeld sheet")', () => {
  const layout = totaalbeeldLayout(resultaat(seed()), META);
  const row = (label: string, nth = 0) => layout.rows.filter((r) => r.cells[0] === label)[nth];

  it('opens with the title line and the unit', () => {
    expect(layout.rows[0]).toEqual({
      cells: ['NPLV Totaalbeeld — berekend 22-11-2026 14:32 uit Opgave (A1:F21) en Dekking (A1:G15); verdeelsleutels: standaard'],
      bold: true,
    });
    expect(layout.rows[1].cells).toEqual(['Bedragen in mln euro']);
    expect(totaalbeeldLayout(resultaat(seed()), { ...META, eenheid: 'euro' }).rows[1].cells).toEqual(['Bedragen in euro']);
  });

  it('has per periode a bold heading with the years and the five columns', () => {
    expect(row('tot 2030 (2026–2029, 4 jaar)')).toEqual({
      cells: ['tot 2030 (2026–2029, 4 jaar)', 'Opgave', 'Dekking', 'Restopgave', 'Restopgave per jaar', 'Restopgave per onderdeel'],
      bold: true,
    });
    expect(row('2030 t/m 2035 (2030–2035, 6 jaar)')).toBeDefined();
  });

  // The figures of PANE.md's sketch, which are golden.json's: tot 2030.
  it.each([
    ['Fysieke pijler', [3050, 675, 2375, 593.75, 2450]],
    ['Sociaal-maatschappelijke pijler', [1300, 740, 560, 140, 565]],
    ['Totale opgave', [4350, 1415, 2935, 733.75, 3015]],
    ['Rijksopgave fysieke pijler', [1358.75, 485, 873.75, 218.4375, 949.25]],
    ['Rijksopgave sociaal-maatsch.', [975, 740, 235, 58.75, 343.75]],
    ['Totale Rijksopgave', [2333.75, 1225, 1108.75, 277.1875, 1293]],
  ])('tot 2030: %s', (label, figures) => {
    // Tabel 1 comes first and has its own Totale opgave and Totale Rijksopgave.
    const r = row(label, label.startsWith('Totale') ? 1 : 0);
    expect(r.cells).toEqual([label, ...figures]);
    expect(r.formats).toEqual([null, ...Array(5).fill('#,##0.0')]);
  });

  it('2030 t/m 2035: the totals of golden.json, the total rows bold', () => {
    const t = golden.perioden[1].totaal;
    expect(row('Totale opgave', 2)).toEqual({
      cells: ['Totale opgave', t.opgave, t.dekking, t.restopgave, t.jaarlijkseRestopgave, t.restopgavePerOnderdeel],
      formats: [null, ...Array(5).fill('#,##0.0')],
      // Each figure names what it shows, for the Uitleg of a selected cell.
      doelen: [
        null,
        ...['opgave', 'dekking', 'restopgave', 'jaarlijkseRestopgave', 'restopgavePerOnderdeel'].map((veld) => ({
          soort: 'totaal',
          periode: '2030 t/m 2035',
          veld,
        })),
      ],
      bold: true,
    });
    expect(row('Rijksopgave fysieke pijler', 1).doelen?.slice(1)).toEqual(
      ['rijksdeel', 'rijksdekking', 'restRijksopgave', 'jaarlijkseRestRijksopgave', 'restRijksopgavePerOnderdeel'].map((veld) => ({
        soort: 'pijler',
        periode: '2030 t/m 2035',
        pijler: 'Fysiek',
        veld,
      })),
    );
  });

  it('then per periode the per-onderdeel table, the verdeelsleutel as a percentage', () => {
    expect(row('tot 2030: per onderdeel').cells).toEqual([
      'tot 2030: per onderdeel',
      'Opgave',
      'Verdeelsleutel',
      'Rijksdeel',
      'Dekking',
      'Rijksdekking',
      'Restopgave',
      'Rest. Rijksopgave',
      'Overschot',
    ]);
    const o = golden.perioden[0].pijlers[0].onderdelen[4];
    expect(row('Bereikbaarheid en mobiliteit')).toEqual({
      cells: [
        'Bereikbaarheid en mobiliteit',
        o.opgave,
        o.verdeelsleutel,
        o.rijksdeel,
        o.dekking,
        o.rijksdekking,
        o.restopgave,
        o.restRijksopgave,
        o.overschot,
      ],
      formats: [null, '#,##0.0', '0%', ...Array(6).fill('#,##0.0')],
      doelen: [
        null,
        ...['opgave', 'verdeelsleutel', 'rijksdeel', 'dekking', 'rijksdekking', 'restopgave', 'restRijksopgave', 'overschot'].map(
          (veld) => ({
            soort: 'onderdeel',
            periode: 'tot 2030',
            pijler: 'Fysiek',
            onderdeel: 'Bereikbaarheid en mobiliteit',
            gebied: '',
            veld,
          }),
        ),
      ],
    });
    const i = layout.rows.indexOf(row('tot 2030: per onderdeel'));
    expect(layout.rows[i + 1]).toEqual({ cells: ['Fysieke pijler'], bold: true });
  });

  it('keeps the order: summaries, per-onderdeel tables, messages; blank rows between', () => {
    const firsts = layout.rows.map((r) => r.cells[0]);
    const at = (label: string) => firsts.indexOf(label);
    expect(at('tot 2030 (2026–2029, 4 jaar)')).toBeLessThan(at('2030 t/m 2035 (2030–2035, 6 jaar)'));
    expect(at('2030 t/m 2035 (2030–2035, 6 jaar)')).toBeLessThan(at('tot 2030: per onderdeel'));
    expect(at('2030 t/m 2035: per onderdeel')).toBeLessThan(at('Meldingen'));
    expect(layout.rows[at('Meldingen') - 1].cells).toEqual([]);
  });

  it('ends with the messages: ernst, plaats, bericht', () => {
    const at = layout.rows.findIndex((r) => r.cells[0] === 'Meldingen');
    expect(layout.rows[at + 1]).toEqual({ cells: ['Ernst', 'Plaats', 'Bericht'], bold: true });
    expect(layout.rows[at + 2].cells.slice(0, 2)).toEqual(['waarschuwing', '']);
    expect(layout.rows.length).toBe(at + 4); // the two overschot warnings of Bereikbaarheid en mobiliteit
  });
});

describe('the charts of the Totaalbeeld (issue 16: one per periode, opgave → dekking → restopgave per pijler)', () => {
  const layout = totaalbeeldLayout(resultaat(seed()), META);
  const charts = layout.charts!;
  const cell = (r: number, c: number) => layout.rows[r].cells[c];

  it('has one chart per periode, titled with the periode and the unit', () => {
    expect(charts.map((c) => c.title)).toEqual([
      'Opgave, dekking en restopgave per pijler, tot 2030 (mln euro)',
      'Opgave, dekking en restopgave per pijler, 2030 t/m 2035 (mln euro)',
    ]);
  });

  it.each([0, 1])("chart %i shows its periode's pijlers with their opgave, dekking and restopgave (golden.json)", (k) => {
    const c = charts[k];
    const pijlers = golden.perioden[k].pijlers;
    expect(c.seriesColumns.map((col) => cell(c.headerRow, col))).toEqual(['Opgave', 'Dekking', 'Restopgave']);
    const block = Array.from({ length: c.rows }, (_, i) => [
      cell(c.firstRow + i, c.labelColumn),
      ...c.seriesColumns.map((col) => cell(c.firstRow + i, col)),
    ]);
    expect(block).toEqual([
      ['Fysieke pijler', pijlers[0].opgave, pijlers[0].dekking, pijlers[0].restopgave],
      ['Sociaal-maatschappelijke pijler', pijlers[1].opgave, pijlers[1].dekking, pijlers[1].restopgave],
    ]);
  });

  it("stand one above the other from Tabel 1, right of every row beside them, in the amounts' format", () => {
    const tabel1 = layout.rows.findIndex((r) => r.cells[0] === 'Restopgave per periode');
    expect(charts.map((c) => c.anchor.row)).toEqual([tabel1, tabel1 + 17]);
    const column = charts[0].anchor.column;
    const beside = layout.rows.slice(tabel1, tabel1 + 34);
    expect(Math.max(...beside.map((r) => r.cells.length))).toBe(column - 1);
    expect(charts.every((c) => c.anchor.column === column && c.valueFormat === '#,##0.0')).toBe(true);
  });

  it("on the sheet: cells from A1, each series named by its heading, its two corners, the amounts' format", () => {
    expect(totaalbeeldSheet(layout, 'NPLV Totaalbeeld').charts).toEqual(TOTAALBEELD_GRAFIEKEN);
  });

  it('on the sheet keep the type a layout asks for: bars (issue 19) or, by default, columns', () => {
    const bars = { ...layout, charts: layout.charts!.map((c, k) => (k === 0 ? { ...c, type: 'barClustered' as const } : c)) };
    const [eerste, tweede] = TOTAALBEELD_GRAFIEKEN;
    expect(totaalbeeldSheet(bars, 'NPLV Totaalbeeld').charts).toEqual([{ ...eerste, type: 'barClustered' }, tweede]);
  });

  it('are left out when there is no periode', () => {
    const leeg = totaalbeeldLayout({ ...resultaat(seed()), perioden: [] }, META);
    expect(leeg.charts).toEqual([]);
    expect(totaalbeeldSheet(leeg, 'NPLV Totaalbeeld').charts).toEqual([]);
  });
});

describe('other results', () => {
  it('shows a gebied with its onderdeel, a one-year periode, and "Geen meldingen"', () => {
    const invoer: Invoer = {
      opgave: [{ periode: '2026-2026', pijler: 'Sociaal', onderdeel: 'Onderwijs', gebied: 'Rotterdam-Zuid', opgave: new Dec(100) }],
      dekking: [],
    };
    const layout = totaalbeeldLayout(resultaat(invoer), { ...META, verdeelsleutels: 'uit werkmap' });
    const firsts = layout.rows.map((r) => r.cells[0]);
    expect(firsts).toContain('2026-2026 (2026, 1 jaar)');
    // With gebieden: the onderdeel's national total, its gebied folded under it, and a table per gebied.
    const onderwijs = firsts.indexOf('Onderwijs');
    expect(layout.rows[onderwijs + 1]).toMatchObject({ cells: ['    Rotterdam-Zuid', 100, 0.75, 75, 0, 0, 100, 75, 0], ingeklapt: true });
    expect(layout.rowGroups).toEqual([{ first: onderwijs + 1, count: 1 }]);
    expect(firsts).toContain('2026-2026: per gebied');
    // One periode: Tabel 1 has no column over all perioden.
    expect(layout.rows[firsts.indexOf('Restopgave per periode')].cells).toEqual([
      'Restopgave per periode',
      'Restopgave 2026-2026',
      'Per jaar 2026-2026',
    ]);
    expect(firsts).not.toContain('Fysieke pijler');
    expect(layout.rows.slice(-2)).toEqual([{ cells: ['Meldingen'], bold: true }, { cells: ['Geen meldingen'] }]);
    expect(layout.rows[0].cells[0]).toMatch(/; verdeelsleutels: uit werkmap$/);
  });

  it('uses the number format it is given', () => {
    const layout = totaalbeeldLayout(resultaat(seed()), { ...META, getalnotatie: '#,##0' });
    expect(layout.rows.filter((r) => r.cells[0] === 'Totale opgave').map((r) => r.formats)).toEqual([
      [null, ...Array(6).fill('#,##0')],
      ...Array(2).fill([null, ...Array(5).fill('#,##0')]),
    ]);
  });

  it('puts the pijlers in the order of the result, labelled by name when unknown', () => {
    const r = resultaat(seed());
    const [fysiek, sociaal] = r.perioden[0].pijlers;
    const omgekeerd: Resultaat = { ...r, perioden: [{ ...r.perioden[0], pijlers: [sociaal, { ...fysiek, pijler: 'Groen' }] }] };
    const firsts = totaalbeeldLayout(omgekeerd, META).rows.map((x) => x.cells[0]);
    expect(firsts.slice(firsts.indexOf('tot 2030 (2026–2029, 4 jaar)') + 1).slice(0, 6)).toEqual([
      'Sociaal-maatschappelijke pijler',
      'Groen',
      'Totale opgave',
      'Rijksopgave sociaal-maatsch.',
      'Rijksopgave Groen',
      'Totale Rijksopgave',
    ]);
  });
});

describe('the scenario line under the title (issue 7)', () => {
  const met = (scenarios: TotaalbeeldMeta['scenarios']) => totaalbeeldLayout(resultaat(seed()), { ...META, scenarios }).rows;
  const fundering = { naam: 'Funderingsherstel 1 mld', aan: false };

  it.each([
    [
      [
        { naam: 'Wbi naar rato', aan: true },
        { naam: 'AZWA', aan: true },
      ],
      "Scenario's aan: Wbi naar rato, AZWA",
    ],
    [[fundering, { naam: 'AZWA', aan: true }], "Scenario's aan: AZWA; uit: Funderingsherstel 1 mld"],
    [[fundering, { naam: 'AZWA', aan: false }], "Scenario's: geen aan (basis); in de werkmap: Funderingsherstel 1 mld, AZWA"],
  ])('%j → %s', (scenarios, line) => {
    const rows = met(scenarios);
    expect(rows.slice(1, 3)).toEqual([{ cells: [line] }, { cells: ['Bedragen in mln euro'] }]);
    // The chart's block moves down with it: the heading row of tot 2030 and its two pijlers.
    const { headerRow } = totaalbeeldLayout(resultaat(seed()), { ...META, scenarios }).charts![0];
    expect(rows[headerRow].cells[0]).toBe('tot 2030 (2026–2029, 4 jaar)');
  });

  it('is not there for a workbook without scenarios: the rows are exactly those without the field', () => {
    expect(met([])).toEqual(totaalbeeldLayout(resultaat(seed()), META).rows);
    expect(met(undefined)[1].cells).toEqual(['Bedragen in mln euro']);
  });
});
