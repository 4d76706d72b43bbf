import { Dec } from '../../../src/engine';
import { uncachedValues } from '../../../src/workbook/read/formula/cells';
import type { CellValue, SheetGrid } from '../../../src/workbook/port';
import { readInput } from '../../../src/workbook/read/readInput';
import { simpleFormula, type Cells } from '../../../src/workbook/read/formula/simple';

/** A sheet from A1 with formulas (`=…`, no computed value) among its values. */
function blad(name: string, rows: (CellValue | `=${string}`)[][], numberFormats: Record<string, string> = {}): SheetGrid {
  const width = Math.max(...rows.map((r) => r.length));
  const cell = (r: number, c: number) => rows[r]?.[c] ?? null;
  const isFormula = (v: unknown): v is string => typeof v === 'string' && v.startsWith('=');
  return {
    name,
    top: 1,
    left: 1,
    values: rows.map((row, r) => Array.from({ length: width }, (_, c) => (isFormula(cell(r, c)) ? null : (cell(r, c) as CellValue)))),
    formulas: rows.map((row, r) =>
      Array.from({ length: width }, (_, c) => (isFormula(cell(r, c)) ? (cell(r, c) as string).slice(1) : null)),
    ),
    numberFormats: rows.map((row, r) =>
      Array.from({ length: width }, (_, c) => numberFormats[`${String.fromCharCode(65 + c)}${r + 1}`] ?? 'General'),
    ),
  };
}

const geenCellen: Cells = { number: () => undefined, numbers: () => undefined };

describe('simple formulas, computed exactly', () => {
  it.each([
    ['400+45', '445'],
    ['0.1+0.2', '0.3'], // exact: a float would give 0.30000000000000004
    ['=2*(3+4)-5/2', '11.5'],
    ['-(1.5)*-2', '3'],
    ['1E3/8', '125'],
    ['SUM(1;2,3)', '6'],
    ['sum( )', '0'],
  ])('%s = %s', (formula, expected) => {
    expect(simpleFormula(formula, geenCellen)?.toString()).toBe(expected);
  });

  it.each([
    'VLOOKUP(A1,B:C,2,FALSE)',
    '1/0',
    '2^3',
    '"a"&"b"',
    'A1>0',
    '1+',
    '(1',
    'SUM(1',
    '5%',
    'TRUE',
    'LOG10(5)',
    'Tabel1[Opgave]',
    'XFE1',
    'A0',
  ])('%s is not simple', (formula) => expect(simpleFormula(formula, geenCellen)).toBeUndefined());
});

describe('formulas without a computed value in a workbook', () => {
  const opgave = (d2: CellValue | `=${string}`, d3: CellValue | `=${string}` = 200) =>
    blad('Opgave', [
      ['Periode', 'Pijler', 'Onderdeel', 'Opgave'],
      ['tot 2030', 'Fysiek', 'Nieuwbouw', d2],
      ['tot 2030', 'Fysiek', 'Onderwijs', d3],
    ]);
  const dekking = blad('Dekking', [
    ['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering', 'Rijksfinanciering'],
    ['tot 2030', 'Fysiek', 'Wbi', 'Nieuwbouw', 10, 20],
  ]);
  const lees = (o: SheetGrid, d = dekking) => readInput([o, d]);
  const plaats = (m: { blad: string; cel: string; bericht: string }) => `${m.blad}!${m.cel}: ${m.bericht}`;

  it('a simple one counts with its exact value and a warning at its cell, never as 0', () => {
    const lezing = lees(opgave('=400+45'));
    expect(lezing.meldingen).toEqual([]);
    expect(lezing.waarschuwingen.map(plaats)).toEqual(['Opgave!D2: formule =400+45 zonder berekende waarde; exact uitgerekend: 445']);
    expect(lezing.invoer.opgave[0].opgave).toEqual(new Dec(445));
  });

  it('a simple one that comes out −0 is 0, as a typed −0 is, not a negative amount', () => {
    const lezing = lees(opgave('=0*-1'));
    expect(lezing.meldingen).toEqual([]);
    expect(lezing.invoer.opgave[0].opgave.toString()).toBe('0');
  });

  it('references and SUM over cells of this and another sheet read, through other formulas without a value', () => {
    // D2 = D3 + Dekking!E2 + SUM(Dekking!E2:F2) = 200 + 10 + 30 = 240; D3 = =150+50 = 200.
    const lezing = lees(opgave('=D3+Dekking!E2+SUM(Dekking!E2:F2)', '=150+50'));
    expect(lezing.meldingen).toEqual([]);
    expect(lezing.invoer.opgave.map((r) => r.opgave.toString())).toEqual(['240', '200']);
    expect(lezing.waarschuwingen.map((m) => m.cel)).toEqual(['D2', 'D3']);
  });

  it('SUM skips text and empty cells of a range, as Excel does; a plain reference to text is not simple', () => {
    const o = blad('Opgave', [
      ['Periode', 'Pijler', 'Onderdeel', 'Opgave', 'Notitie'],
      ['tot 2030', 'Fysiek', 'Nieuwbouw', '=SUM(E2:E5)', 5],
      ['', '', '', null, 'tekst'],
      [null, null, null, null, 7],
    ]);
    expect(lees(o).invoer.opgave[0].opgave.toString()).toBe('12');
    const fout = lees(
      blad('Opgave', [
        ['Periode', 'Pijler', 'Onderdeel', 'Opgave'],
        ['tot 2030', 'Fysiek', 'Nieuwbouw', '=A2+1'],
      ]),
    );
    expect(fout.meldingen.map(plaats)).toEqual([
      'Opgave!D2: formule =A2+1 zonder berekende waarde — open het bestand in Excel of LibreOffice en sla het op',
    ]);
  });

  it.each([
    ['a function we do not compute', '=VLOOKUP(A2,B:C,2,FALSE)'],
    ['a loop', '=D3'],
    ['a sheet that is not read', "='Andere gegevens'!A1*2"],
    ['a division by zero', '=1/(2-2)'],
  ])('%s: an error naming the cell, nothing counted as 0', (_, formula) => {
    const lezing = lees(opgave(formula as `=${string}`, '=D2'));
    expect(lezing.meldingen.map(plaats)).toContain(
      `Opgave!D2: formule ${formula} zonder berekende waarde — open het bestand in Excel of LibreOffice en sla het op`,
    );
  });

  it('a text column holding a formula without a value is an error too; a row of such formulas is not blank', () => {
    const o = blad('Opgave', [
      ['Periode', 'Pijler', 'Onderdeel', 'Opgave'],
      ['="tot 2030"', '=B1', '=C1', '=1'],
    ]);
    expect(lees(o).meldingen.map((m) => m.cel)).toEqual(['A2', 'B2', 'C2']);
  });

  it('a hostile chain does not hang: 5,000 formulas each summing the column above', () => {
    // Row r is 2^(r−2): each SUM doubles. Row 5001 would look at 12.5 million cells; the workbook's budget is 500,000.
    const rows: (CellValue | `=${string}`)[][] = [['Periode', 'Pijler', 'Onderdeel', 'Opgave']];
    for (let r = 2; r <= 5001; r++) rows.push(['tot 2030', 'Fysiek', `O${r}`, `=SUM(D1:D${r - 1})+1`]);
    const start = Date.now();
    const values = uncachedValues([blad('Opgave', rows)]);
    // Past the budget it is not computed (an error at the cell), never 0.
    expect(values(blad('Opgave', rows), 5001, 4)).toBeUndefined();
    expect(Date.now() - start).toBeLessThan(30_000); // about 1 s alone; the bound allows a loaded machine
  });
});

describe('dates in amount and key cells', () => {
  const o = (formats: Record<string, string>) =>
    blad(
      'Opgave',
      [
        ['Periode', 'Pijler', 'Onderdeel', 'Opgave', 'Verdeelsleutel'],
        ['tot 2030', 'Fysiek', 'Nieuwbouw', 46082, 0.5],
        ['tot 2030', 'Fysiek', 'Onderwijs', 200, 0.5],
      ],
      formats,
    );
  const dekking = blad('Dekking', [['Periode', 'Pijler', 'Bron', 'Cofinanciering', 'Rijksfinanciering']]);

  it.each([
    // 46082 is 1 March 2026 in Excel's 1900 date system (1-1-2026 is 46023; + 31 + 28).
    ['d-m-yyyy', 'Opgave!D2: de cel is een datum (1-3-2026), geen bedrag; geef de cel de getalnotatie Getal of Percentage'],
    ['mm-dd-yy', 'Opgave!D2: de cel is een datum (1-3-2026), geen bedrag; geef de cel de getalnotatie Getal of Percentage'],
    ['[$-413]d mmmm yyyy', 'Opgave!D2: de cel is een datum (1-3-2026), geen bedrag; geef de cel de getalnotatie Getal of Percentage'],
  ])('an amount formatted %s: an error naming the cell and the date', (format, bericht) => {
    const lezing = readInput([o({ D2: format }), dekking]);
    expect(lezing.meldingen.map((m) => `${m.blad}!${m.cel}: ${m.bericht}`)).toEqual([bericht]);
  });

  it('a formula without a value in a date-formatted amount cell: the date error for its computed value, never the value', () => {
    // =46082+0 is 46082, 1 March 2026; =0+0 is serial 0, which Excel shows as 0-1-1900.
    const metFormule = (formule: `=${string}`) =>
      blad(
        'Opgave',
        [
          ['Periode', 'Pijler', 'Onderdeel', 'Opgave'],
          ['tot 2030', 'Fysiek', 'Nieuwbouw', formule],
        ],
        { D2: 'dd-mm-yyyy' },
      );
    expect(readInput([metFormule('=46082+0'), dekking]).meldingen.map((m) => m.bericht)).toEqual([
      'de cel is een datum (1-3-2026), geen bedrag; geef de cel de getalnotatie Getal of Percentage',
    ]);
    expect(readInput([metFormule('=0+0'), dekking]).meldingen.map((m) => m.bericht)).toEqual([
      'de cel is een datum (0-1-1900), geen bedrag; geef de cel de getalnotatie Getal of Percentage',
    ]);
  });

  it('a key formatted as a time is an error; number, currency, percentage and quoted-text formats are not dates', () => {
    expect(readInput([o({ E2: 'h:mm' }), dekking]).meldingen.map((m) => m.bericht)).toEqual([
      'de cel is een tijd (12:00), geen verdeelsleutel; geef de cel de getalnotatie Getal of Percentage',
    ]);
    for (const format of ['#,##0.0', '0%', '[$€-413] #,##0.00', '#,##0.0" mln"', '0.00E+00', '_-* #,##0_-;-* #,##0_-', '[Red]0.0'])
      expect(readInput([o({ D2: format, E2: format }), dekking]).meldingen).toEqual([]);
  });
});
