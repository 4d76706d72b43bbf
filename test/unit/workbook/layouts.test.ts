import { herberekenWerkmap, type HerberekenUitkomst } from '../../../src/workbook/herbereken';
import type { SheetInit } from '../../../src/sheet';
import { MemoryWorkbook } from '../../../src/workbook/adapters/memory/memoryWorkbook';
import type { CellValue } from '../../../src/workbook/port';

const NU = new Date(2026, 0, 28, 9, 0);
const OUT = ['Rijksdeel', 'Dekking', 'Rijksdekking', 'Restopgave', 'Rest. Rijksopgave', 'Jaarlijkse restopgave', 'Overschot dekking'];

function ok(u: HerberekenUitkomst) {
  if (!u.ok) throw new Error(JSON.stringify(u.meldingen));
  return u;
}

/** The values of a row from a column on, as written. */
const rowOf = (wb: MemoryWorkbook, sheet: string, row: number, from: string, count: number) =>
  Array.from({ length: count }, (_, i) => wb.cell(sheet, `${String.fromCharCode(from.charCodeAt(0) + i)}${row}`).value);

const sheets = (s: Record<string, CellValue[][]>) =>
  new MemoryWorkbook(Object.fromEntries(Object.entries(s).map(([k, values]): [string, SheetInit] => [k, { values }])));

const DEKKING_LEEG = [['Periode', 'Pijler', 'Bron', 'Cofinanciering', 'Rijksfinanciering']];

describe('a workbook with titles, synonyms, blank rows and gebieden', () => {
  const wb = sheets({
    Opgaven: [
      ['Investeringsopgave NPLV — twee focusgebieden'],
      ['bedragen in mln euro'],
      [],
      ['PERIODE', 'Pijler', 'Thema', 'Focusgebied', 'Totale opgave'],
      ['tot 2030', 'Fysiek', 'Nieuwbouw', 'Rotterdam-Zuid', 100],
      [],
      ['tot 2030', 'Fysiek', 'Nieuwbouw', 'Den Haag Zuidwest', 60],
      ['Tot  2030', 'fysieke pijler', 'Nieuwbouw', 'Rotterdam-Zuid', 20],
    ],
    dekkingen: [
      ['Dekking per regeling'],
      ['Periode', 'Pijler', 'Regeling', 'Toegerekend aan', 'Gebied', 'Cofin.', 'Rijksfin.'],
      ['tot 2030', 'Fysiek', 'Realisatiestimulans', 'Nieuwbouw', 'Rotterdam-Zuid', 30, 30],
      ['tot 2030', 'Fysiek', 'Programma-organisatie', null, null, '-', '—'],
    ],
  });
  let uitkomst: ReturnType<typeof ok>;
  beforeAll(async () => (uitkomst = ok(await herberekenWerkmap(wb, { nu: NU }))));

  it('writes the headers in the header row (4), right of the used range', () => {
    expect(rowOf(wb, 'Opgaven', 4, 'F', 7)).toEqual(OUT);
    expect(wb.cell('dekkingen', 'H2').value).toBe('Totale dekking');
  });

  // Rotterdam-Zuid Nieuwbouw: opgave 100 + 20 = 120, Rijksdeel 50% = 60, dekking 60 (Rijk 30),
  // restopgave 60, rest-Rijks 30, per jaar 60 / 4 = 15; each row its share (100/120, 20/120).
  it('gives each row of a gebied its share of the gebied’s figures', () => {
    expect(rowOf(wb, 'Opgaven', 5, 'F', 7)).toEqual([50, 50, 25, 50, 25, 12.5, 0]);
    expect(rowOf(wb, 'Opgaven', 8, 'F', 7)).toEqual([10, 10, 5, 10, 5, 2.5, 0]);
    expect(rowOf(wb, 'Opgaven', 7, 'F', 7)).toEqual([30, 0, 0, 60, 30, 15, 0]);
  });

  it('leaves titles and blank rows alone, and reads dashes as 0', () => {
    expect(rowOf(wb, 'Opgaven', 6, 'F', 7)).toEqual(Array(7).fill(null));
    expect(rowOf(wb, 'Opgaven', 1, 'F', 7)).toEqual(Array(7).fill(null));
    expect(wb.cell('dekkingen', 'H4').value).toBe(0);
    expect(uitkomst.invoer.dekking).toHaveLength(2);
  });

  it('shows the gebieden in the per-onderdeel table', () => {
    const firsts = uitkomst.layout.rows.map((r) => r.cells[0]);
    // Issue 16: the onderdeel's national total, its gebieden folded under it, and a table per gebied.
    const nieuwbouw = firsts.indexOf('Nieuwbouw');
    expect(firsts.slice(nieuwbouw + 1, nieuwbouw + 3)).toEqual(['    Rotterdam-Zuid', '    Den Haag Zuidwest']);
    expect(uitkomst.layout.rows[nieuwbouw].cells[1]).toBe(180);
    expect(firsts).toContain('tot 2030: per gebied');
    expect(uitkomst.layout.rows[0].cells[0]).toContain('uit Opgaven (A1:E8) en dekkingen (A1:G4)');
  });
});

describe('a third periode from a Perioden sheet', () => {
  it('is computed with its own years and shown as a block of its own', async () => {
    const wb = sheets({
      Opgave: [
        ['Periode', 'Pijler', 'Onderdeel', 'Opgave'],
        ['na 2035', 'Sociaal-maatschappelijk', 'Onderwijs', 500],
        ['tot 2030', 'Sociaal-maatschappelijk', 'Onderwijs', 40],
      ],
      Dekking: DEKKING_LEEG,
      Perioden: [
        ['Periode', 'Eerste jaar', 'Laatste jaar'],
        ['na 2035', 2036, 2040],
      ],
    });
    const { layout } = ok(await herberekenWerkmap(wb, { nu: NU }));
    // 500 × 75% = 375; 500 / 5 years = 100.
    expect(rowOf(wb, 'Opgave', 2, 'E', 7)).toEqual([375, 0, 0, 500, 375, 100, 0]);
    expect(rowOf(wb, 'Opgave', 3, 'E', 7)).toEqual([30, 0, 0, 40, 30, 10, 0]);
    expect(layout.rows.map((r) => r.cells[0])).toEqual(
      expect.arrayContaining(['na 2035 (2036–2040, 5 jaar)', 'tot 2030 (2026–2029, 4 jaar)']),
    );
  });
});

describe('overridden verdeelsleutels', () => {
  const opgave: CellValue[][] = [
    ['Periode', 'Pijler', 'Onderdeel', 'Opgave', 'Rijksaandeel'],
    ['tot 2030', 'Fysiek', 'Nieuwbouw', 100, null],
    ['tot 2030', 'Fysiek', 'Leefomgeving', 100, '60%'],
    ['tot 2030', 'Fysiek', 'Funderingsherstel', 100, null],
    ['tot 2030', 'Sociaal-maatschappelijk', 'Onderwijs', 100, null],
  ];
  const sleutels = [
    ['Pijler', 'Onderdeel', 'Verdeelsleutel'],
    ['Fysiek', 'Nieuwbouw', 0.4],
    ['Fysiek', 'Funderingsherstel', '50%'],
    ['Sociaal', '*', 0.8],
  ];

  it('take the row’s own key first, then the Verdeelsleutels sheet, then the defaults', async () => {
    const wb = sheets({ Opgave: opgave, Dekking: DEKKING_LEEG, Verdeelsleutels: sleutels });
    const { layout } = ok(await herberekenWerkmap(wb, { nu: NU }));
    expect([2, 3, 4, 5].map((r) => wb.cell('Opgave', `F${r}`).value)).toEqual([40, 60, 50, 80]);
    expect(layout.rows[0].cells[0]).toMatch(/verdeelsleutels: uit werkmap$/);
  });

  it('without a key for a physical onderdeel: an error at its cell, nothing written', async () => {
    const wb = sheets({ Opgave: opgave, Dekking: DEKKING_LEEG });
    const uitkomst = await herberekenWerkmap(wb, { nu: NU });
    expect(uitkomst.ok).toBe(false);
    expect(uitkomst.meldingen.map((m) => `${m.blad}!${m.cel}`)).toEqual(['Opgave!C4']);
    expect(wb.applied).toEqual([]);
  });
});

describe('amounts in euros of 10^11', () => {
  it('are computed exactly: 123.456.789.012,34 × 30% = 37.037.036.703,702', async () => {
    const wb = sheets({
      Opgave: [
        ['Periode', 'Pijler', 'Onderdeel', 'Opgave'],
        ['tot 2030', 'Fysiek', 'Herstructurering corporatievoorraad', 123456789012.34],
      ],
      Dekking: [...DEKKING_LEEG, ['tot 2030', 'Fysiek', 'Regeling', 0.1, 0.2]],
    });
    const { layout } = ok(await herberekenWerkmap(wb, { nu: NU, eenheid: 'euro', getalnotatie: '#,##0' }));
    expect(123456789012.34 * 0.3).not.toBe(37037036703.702); // what floating point would have written
    expect(wb.cell('Opgave', 'E2')).toEqual({ value: 37037036703.702, formula: null, numberFormat: '#,##0', bold: false });
    expect(wb.cell('Opgave', 'J2').value).toBe(30864197253.085); // / 4 years
    expect(wb.cell('Dekking', 'F2').value).toBe(0.3); // 0,1 + 0,2 exactly
    expect(layout.rows[1].cells).toEqual(['Bedragen in euro']);
  });
});

describe('control rows on the Dekking sheet', () => {
  it('get the totale dekking of their block; a Waarvan row the same block', async () => {
    const wb = sheets({
      Opgave: [
        ['Periode', 'Pijler', 'Onderdeel', 'Opgave'],
        ['tot 2030', 'Fysiek', 'Nieuwbouw', 445],
      ],
      Dekking: [
        ['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering', 'Rijksfinanciering'],
        ['tot 2030', 'Fysiek', 'Realisatiestimulans', 'Nieuwbouw', 145, 145],
        ['tot 2030', 'Fysiek', 'Programma-organisatie', null, 0, 20],
        [null, null, 'Totaal dekking fysiek', null, 145, 170],
        [null, null, 'Waarvan Rijk', null, null, 165],
      ],
    });
    const { meldingen } = ok(await herberekenWerkmap(wb, { nu: NU }));
    // 145 + 145 + 0 + 20 = 310 for both control rows.
    expect([2, 3, 4, 5].map((r) => wb.cell('Dekking', `G${r}`).value)).toEqual([290, 20, 310, 310]);
    // The typed Rijksfinanciering total 170 is 5 more than 145 + 20: a control message at its cell.
    expect(meldingen.filter((m) => m.ernst === 'controle').map((m) => `${m.blad}!${m.cel}: ${m.bericht}`)).toEqual([
      "Dekking!F4: controlerij 'Totaal dekking fysiek': Rijksfinanciering is 170, de regels erboven geven 165 (verschil 5)",
    ]);
  });
});
