import { herberekenWerkmap } from '../../src/workbook/herbereken';
import type { CellValue, ReadDetail, WorkbookPort } from '../../src/workbook/port';
import { cells, fixture, NU, ok, OPGAVE_RIJ } from './contractFixture';
import { eenheidContract } from './eenheidContract';
import { grafiekContract } from './grafiekContract';
import { scenarioContract } from './scenarioContract';
import { totaalbeeldContract } from './totaalbeeldContract';
import { changedCells, snapshot } from './snapshot';
import { dense } from './denseGrid';
import { uitlegContract } from './uitlegContract';
import { weergaveContract } from './weergaveContract';
import { opmaakContract } from './opmaakContract';
import { rapportContract } from './rapportContract';
import { versiesContract } from './versiesContract';
import { vergelijkingContract } from './vergelijkingContract';
import { gevoeligheidContract } from './gevoeligheidContract';
import type { CellLook } from '../../src/sheet';
import { goldenOfRow, golden, OUTPUT_FIELDS, TOTAALBEELD_GRAFIEKEN, voorbeeld } from './seedSheets';

/** A sheet to start from: values from A1; formulas and number formats by A1 address. */
export interface FixtureSheet {
  name: string;
  rows: CellValue[][];
  formulas?: Record<string, { formula: string; result: CellValue }>;
  numberFormats?: Record<string, string>;
  /** The look of cells beyond their number format, by A1 address (a styled header row). */
  looks?: Record<string, CellLook & { bold?: boolean }>;
  /** Column widths in characters, from column A (null: the standard width). */
  columnWidths?: (number | null)[];
}

export interface Harness {
  create(sheets: FixtureSheet[]): Promise<WorkbookPort>;
  /** The workbook as stored: the .xlsx adapter saves and re-opens, the memory one is itself. */
  reopen(port: WorkbookPort): Promise<WorkbookPort>;
  /** Whether the adapter makes and reads charts (ExcelJS does neither). */
  charts: boolean;
  /** Where the adapter keeps charts of the analyst's: adds one by name, and lists their names. */
  /** A cell's look and bold as the adapter keeps it (`{ bold }` and what it has of `CellLook`). */
  look?(port: WorkbookPort, sheet: string, address: string): Promise<CellLook & { bold: boolean }>;
  /** Whether a sheet is hidden, as the adapter keeps it (the file: as another reader reads it). */
  hidden?(port: WorkbookPort, sheet: string): Promise<boolean>;
  andereGrafieken?: {
    add(port: WorkbookPort, sheet: string, name: string): Promise<void>;
    names(port: WorkbookPort, sheet: string): Promise<string[]>;
  };
}

const OWNED_OPGAVE_COLUMNS = ['G', 'H', 'I', 'J', 'K', 'L', 'M'];
const OWNED_ROWS = [1, ...OPGAVE_RIJ, 7];
const owned = (cel: string) =>
  cel.startsWith('NPLV Totaalbeeld!') ||
  OWNED_OPGAVE_COLUMNS.some((c) => OWNED_ROWS.some((r) => cel === `Opgave!${c}${r}`)) ||
  /^Dekking!G(\d+)$/.test(cel);

function spied(port: WorkbookPort) {
  const applied: unknown[] = [];
  const spy: WorkbookPort = {
    sheetNames: () => port.sheetNames(),
    readSheets: (names, detail) => port.readSheets(names, detail),
    apply: (changes) => (applied.push(changes), port.apply(changes)),
    select: (blad, cel) => port.select(blad, cel),
  };
  return { spy, applied };
}

const FYSIEK_TOT_2030_TOTALEN = {
  // Hand sums of the five physical onderdelen of tot 2030 (golden.json): 222,5 + 520,5 + 332,5 + 198,75 + 84,5 …
  rijksdeel: 1358.75,
  dekking: 605, // 290 + 0 + 0 + 180 + 135: pillar-level dekking (70) is in no onderdeel
  rijksdekking: 415,
  restopgave: 2450,
  restRijksopgave: 949.25,
  jaarlijkseRestopgave: 612.5,
  overschot: 5,
};

/** The contract every adapter keeps (WORKBOOK.md), run against each adapter. */
export function contract(harness: Harness): void {
  it('reads back what was put in: values, error values, formulas with their results, formats, used range', async () => {
    const port = await harness.create([
      {
        name: 'Blad',
        rows: [[], [null, 'tekst', 12.5, true], [null, { error: '#N/A' }, null, 'x'], [null, null, 7]],
        formulas: { C4: { formula: 'C2-5.5', result: 7 } },
        numberFormats: { C2: '#,##0.0' },
      },
    ]);
    expect(await port.sheetNames()).toEqual(['Blad']);
    const [g] = await port.readSheets(['Blad']);
    expect([g.name, g.top, g.left]).toEqual(['Blad', 2, 2]);
    const d = dense(g);
    expect(d.values).toEqual([
      ['tekst', 12.5, true],
      [{ error: '#N/A' }, null, 'x'],
      [null, 7, null],
    ]);
    expect(d.formulas).toEqual([
      [null, null, null],
      [null, null, null],
      [null, 'C2-5.5', null],
    ]);
    expect(d.numberFormats[0]).toEqual(['General', '#,##0.0', 'General']);
  });

  it('reads with a detail: values everywhere, formulas and formats at least where it asks (owned columns, whole sheets)', async () => {
    const port = await harness.create([
      {
        name: 'Opgave',
        rows: [
          ['Naam', 'Bedrag', 'Eigen'],
          ['a', 1, 2],
          ['b', 3, 4],
        ],
        formulas: { B3: { formula: 'B2+2', result: 3 }, C3: { formula: 'C2*2', result: 4 } },
        numberFormats: { B2: '0.0', C2: '0.00' },
      },
      { name: 'Dekking', rows: [['x', 5]], formulas: { B1: { formula: '2+3', result: 5 } }, numberFormats: { A1: '0%' } },
    ]);
    // As a recalculation asks: the sheets listed first, the owned column found by its header in the first rows.
    const names = await port.sheetNames();
    const detail: ReadDetail = {
      wholeSheets: ['Dekking'],
      headRows: 10,
      detailColumns: (head) => head.values.flatMap((row) => row.flatMap((v, i) => (v === 'Eigen' ? [head.left + i] : []))),
      columnsRight: () => 0,
      mostColumnsRight: 0,
    };
    const [opgave, dekking] = await port.readSheets(names, detail);
    expect(opgave.values).toEqual([
      ['Naam', 'Bedrag', 'Eigen'],
      ['a', 1, 2],
      ['b', 3, 4],
    ]);
    expect([opgave.formulas.map((r) => r[2]), opgave.numberFormats.map((r) => r[2])]).toEqual([
      [null, null, 'C2*2'],
      ['General', '0.00', 'General'],
    ]);
    expect([dekking.values, dekking.formulas, dekking.numberFormats]).toEqual([[['x', 5]], [[null, '2+3']], [['0%', 'General']]]);
  });

  describe('a run on the seed workbook', () => {
    let before: Awaited<ReturnType<typeof snapshot>>;
    let stored: WorkbookPort;
    beforeAll(async () => {
      const port = await harness.create(fixture());
      before = await snapshot(port);
      ok(await herberekenWerkmap(port, { nu: NU }));
      stored = await harness.reopen(port);
    });

    it('puts the headers of the owned columns right of the last used column (F)', async () => {
      const at = await cells(stored, 'Opgave');
      expect(OWNED_OPGAVE_COLUMNS.map((_, i) => at(1, 7 + i).value)).toEqual(OUTPUT_FIELDS.map(([kop]) => kop));
    });

    it('gives every data row the figures of its onderdeel (golden.json), as numbers formatted #,##0.0', async () => {
      const at = await cells(stored, 'Opgave');
      voorbeeld.opgave.forEach((_, i) => {
        const row = OPGAVE_RIJ[i];
        expect(OUTPUT_FIELDS.map((_, c) => at(row, 7 + c).value)).toEqual(OUTPUT_FIELDS.map(([, veld]) => goldenOfRow(i)[veld]));
        expect(OUTPUT_FIELDS.map((_, c) => at(row, 7 + c).numberFormat)).toEqual(OUTPUT_FIELDS.map(() => '#,##0.0'));
      });
    });

    it('gives the control row the totals of its block, and leaves the blank row alone', async () => {
      const at = await cells(stored, 'Opgave');
      expect(OUTPUT_FIELDS.map((_, c) => at(7, 7 + c).value)).toEqual(OUTPUT_FIELDS.map(([, veld]) => FYSIEK_TOT_2030_TOTALEN[veld]));
      expect(OUTPUT_FIELDS.map((_, c) => at(8, 7 + c))).toEqual(
        OUTPUT_FIELDS.map(() => ({ value: null, formula: null, numberFormat: 'General', bold: false })),
      );
    });

    it('writes Totale dekking (cofinanciering + Rijksfinanciering) in the Dekking sheet', async () => {
      const at = await cells(stored, 'Dekking');
      expect(at(1, 7).value).toBe('Totale dekking');
      expect(voorbeeld.dekking.map((_, i) => at(i + 2, 7).value)).toEqual(
        voorbeeld.dekking.map((r) => r.cofinanciering + r.rijksfinanciering),
      );
      expect(at(2, 7).numberFormat).toBe('#,##0.0');
    });

    it('adds the NPLV Totaalbeeld sheet at the end: title, numbers with formats, bold headers', async () => {
      expect(await stored.sheetNames()).toEqual(['Opgave', 'Dekking', 'Notities', 'NPLV Totaalbeeld']);
      const [g] = await stored.readSheets(['NPLV Totaalbeeld']);
      expect([g.top, g.left]).toEqual([1, 1]);
      expect(g.values[0][0]).toBe(
        'NPLV Totaalbeeld — berekend 22-11-2026 14:32 uit Opgave (A1:F23) en Dekking (A1:F15); verdeelsleutels: standaard',
      );
      expect(g.values[1][0]).toBe('Bedragen in mln euro');
      const r = g.values.findIndex((row) => row[0] === 'Fysieke pijler');
      const fysiek = golden.perioden[0].pijlers[0];
      expect(g.values[r].slice(0, 6)).toEqual([
        'Fysieke pijler',
        fysiek.opgave,
        fysiek.dekking,
        fysiek.restopgave,
        fysiek.jaarlijkseRestopgave,
        fysiek.restopgavePerOnderdeel,
      ]);
      expect(g.numberFormats[r].slice(1, 6)).toEqual(Array(5).fill('#,##0.0'));
      expect(g.values[r - 1][0]).toBe('tot 2030 (2026–2029, 4 jaar)');
      expect(g.bold?.[r - 1][0]).toBe(true);
      expect(g.bold?.[r][0]).toBe(false);
      expect(g.columnWidths?.[0]).toBeGreaterThan(20);
    });

    if (harness.charts)
      it('puts a chart of opgave, dekking and restopgave per pijler per periode next to the summaries', async () => {
        const [g] = await stored.readSheets(['NPLV Totaalbeeld']);
        expect(g.charts).toEqual(TOTAALBEELD_GRAFIEKEN);
        const pijlers = golden.perioden[0].pijlers;
        expect(g.values.slice(9, 11).map((r) => r.slice(0, 4))).toEqual(
          pijlers.map((p, i) => [['Fysieke pijler', 'Sociaal-maatschappelijke pijler'][i], p.opgave, p.dekking, p.restopgave]),
        );
      });

    it('changes nothing else: every other cell keeps its value, formula and format', async () => {
      const after = await snapshot(stored);
      const changed = changedCells(before.cells, after.cells);
      expect(changed.filter((c) => !owned(c))).toEqual([]);
      expect(after.cells.get('Opgave!E2')).toEqual({ value: 445, formula: '400+45', numberFormat: 'General', bold: false });
      expect(after.cells.get('Opgave!E3')?.numberFormat).toBe('#,##0');
      expect(after.cells.get('Notities!B3')?.formula).toBe('SUM(Opgave!E2:E6)');
      // The input columns keep their widths; the written ones only widen (opmaakContract).
      const inputWidths = (w: (number | null)[]) => Array.from({ length: 6 }, (_, i) => w[i] ?? null);
      expect(inputWidths(after.widths.Opgave)).toEqual(inputWidths(before.widths.Opgave));
      expect(after.widths.Opgave.length).toBe(13);
    });
  });

  it('overwrites the same columns on a second run, adding none', async () => {
    const port = await harness.create(fixture());
    ok(await herberekenWerkmap(port, { nu: NU }));
    const second = await harness.reopen(port);
    await second.apply({ sheets: [], writes: [{ sheet: 'Opgave', top: 3, left: 5, values: [[1835]] }], deleteSheets: [] });
    ok(await herberekenWerkmap(second, { nu: NU }));
    const stored = await harness.reopen(second);
    const [g] = await stored.readSheets(['Opgave']);
    expect(g.left + g.values[0].length - 1).toBe(13);
    expect(g.values[0].slice(6)).toEqual(OUTPUT_FIELDS.map(([kop]) => kop));
    expect(g.values[2][6]).toBe(550.5); // Rijksdeel of Herstructurering corporatievoorraad: 1835 × 30%
    expect(await stored.sheetNames()).toEqual(['Opgave', 'Dekking', 'Notities', 'NPLV Totaalbeeld']);
  });

  it('applies nothing when there are errors, and lists every error with its place', async () => {
    const port = await harness.create(
      fixture((o, d) => {
        o[5][4] = 'n.b.';
        d[3][0] = 'tot 2031';
        d[4][5] = { error: '#N/A' };
      }),
    );
    const before = await snapshot(port);
    const { spy, applied } = spied(port);
    const uitkomst = await herberekenWerkmap(spy, { nu: NU });
    expect(uitkomst.ok).toBe(false);
    expect(uitkomst.meldingen.map((m) => `${m.blad}!${m.cel}: ${m.bericht}`)).toEqual([
      "Opgave!E6: 'n.b.' is geen bedrag",
      "Dekking!A4: periode 'tot 2031' is onbekend (bekend: tot 2030, 2030 t/m 2035)",
      'Dekking!F5: de cel bevat de foutwaarde #N/B',
    ]);
    expect(applied).toEqual([]);
    const after = await snapshot(await harness.reopen(port));
    expect(changedCells(before.cells, after.cells)).toEqual([]);
    expect(after.sheets).toEqual(before.sheets);
  });

  it('takes over an owned column the analyst already has, and undo brings back its formulas', async () => {
    const sheets = fixture((o) => {
      o[0][6] = 'Rijksdeel';
      o[1][6] = 999;
    });
    sheets[0].formulas = { ...sheets[0].formulas, G3: { formula: 'E3*0.3', result: 520.5 } };
    const port = await harness.create(sheets);
    const before = await snapshot(port);
    const { undo } = ok(await herberekenWerkmap(port, { nu: NU }));
    const written = await cells(await harness.reopen(port), 'Opgave');
    expect([written(1, 7).value, written(2, 7).value, written(3, 7)]).toEqual([
      'Rijksdeel',
      222.5,
      { value: 520.5, formula: null, numberFormat: '#,##0.0', bold: false },
    ]);
    expect(written(1, 8).value).toBe('Dekking');
    await port.apply(undo);
    const after = await snapshot(await harness.reopen(port));
    expect(changedCells(before.cells, after.cells)).toEqual([]);
    expect(after.cells.get('Opgave!G3')?.formula).toBe('E3*0.3');
  });

  it('undoes a first run exactly: owned cells as they were, the Totaalbeeld sheet gone', async () => {
    const port = await harness.create(fixture());
    const before = await snapshot(port);
    const { undo } = ok(await herberekenWerkmap(port, { nu: NU }));
    await port.apply(undo);
    const after = await snapshot(await harness.reopen(port));
    expect(after.sheets).toEqual(before.sheets);
    expect(changedCells(before.cells, after.cells)).toEqual([]);
  });

  it('undoes a first run exactly where the analyst formatted the empty cells its columns go into (right of the used range)', async () => {
    const sheets = fixture();
    // G–H are the first two owned columns (F is the last used one): the header cell G1, data rows 2 and 4.
    const formats = { G1: '@', G2: '0.00', H2: '0%', G4: '0.000' };
    sheets[0].numberFormats = { ...sheets[0].numberFormats, ...formats };
    const port = await harness.create(sheets);
    const right: ReadDetail = { wholeSheets: [], headRows: 10, detailColumns: () => [], columnsRight: () => 2, mostColumnsRight: 2 };
    // As a recalculation reads: the sheets listed first (the Office adapter plans its reads from that listing).
    const formatsRight = async (p: WorkbookPort) => {
      await p.sheetNames();
      const [g] = await p.readSheets(['Opgave'], right);
      return Object.fromEntries(
        (g.formatsRight ?? []).flatMap((row, r) => row.flatMap((f, c) => (f === 'General' ? [] : [[`${'GH'[c]}${g.top + r}`, f]]))),
      );
    };
    expect(await formatsRight(port)).toEqual(formats);
    const { undo } = ok(await herberekenWerkmap(port, { nu: NU }));
    const written = await cells(await harness.reopen(port), 'Opgave');
    expect([written(1, 7), written(2, 7).numberFormat]).toEqual([
      { value: 'Rijksdeel', formula: null, numberFormat: '@', bold: false },
      '#,##0.0',
    ]);
    await port.apply(undo);
    const after = await harness.reopen(port);
    expect(await formatsRight(after)).toEqual(formats);
    expect((await snapshot(after)).cells.get('Opgave!G2')).toBeUndefined();
  });

  it('undoes a second run exactly: the first run’s figures and Totaalbeeld sheet come back', async () => {
    const port = await harness.create(fixture());
    ok(await herberekenWerkmap(port, { nu: NU }));
    await port.apply({ sheets: [], writes: [{ sheet: 'Opgave', top: 3, left: 5, values: [[1835]] }], deleteSheets: [] });
    const before = await snapshot(port);
    const { undo } = ok(await herberekenWerkmap(port, { nu: new Date(2026, 10, 23, 9, 5) }));
    expect(changedCells(before.cells, (await snapshot(port)).cells).length).toBeGreaterThan(0);
    await port.apply(undo);
    const after = await snapshot(await harness.reopen(port));
    expect(after.sheets).toEqual(before.sheets);
    expect(changedCells(before.cells, after.cells)).toEqual([]);
    expect(after.widths).toEqual(before.widths);
    expect(after.charts).toEqual(before.charts);
  });

  scenarioContract(harness);
  uitlegContract(harness);
  totaalbeeldContract(harness);
  eenheidContract(harness);
  weergaveContract(harness);
  grafiekContract(harness);
  opmaakContract(harness);
  rapportContract(harness);
  const { hidden } = harness;
  if (hidden) versiesContract({ ...harness, hidden });
  vergelijkingContract(harness);
  gevoeligheidContract(harness);
}
