import { benchSheets } from '../../bench/sheets';
import { FakeExcel, type FakeRequest } from '../../src/fakeExcel';
import { OfficeWorkbook } from '../../src/workbook/officeWorkbook';
import type { CellValue, WorkbookPort } from '../../src/workbook/port';
import { herbereken, ongedaanMaken, type HerberekenUitkomst } from '../../src/workbook/recalculate';
import { DEKKING_ROWS, OPGAVE_ROWS } from './seedSheets';

const MB = 1024 * 1024;
const NU = new Date(2026, 10, 22, 14, 32);

function ok(u: HerberekenUitkomst) {
  if (!u.ok) throw new Error(JSON.stringify(u.meldingen.slice(0, 3)));
  return u;
}

const writing = (requests: FakeRequest[]) => requests.filter((r) => r.writes > 0);

describe('syncs and payload per recalculation (goal: at most 3 syncs up to 5 MB, one more per further 5 MB)', () => {
  it.each([10, 10_000])('takes 3 syncs at %i opgave rows: the sheet names, one read, one write', async (n) => {
    const fake = new FakeExcel(benchSheets(n));
    ok(await herbereken(new OfficeWorkbook(fake.run), { nu: NU }));
    expect(fake.syncs).toBe(3);
    expect(fake.requests.map((r) => [r.writes > 0, r.error])).toEqual([[false, undefined], [false, undefined], [true, undefined]]);
  });

  it('stays within 5 MB per request at 100,000 rows: the read in row blocks, about 15 MB of output in 4 writes', async () => {
    const fake = new FakeExcel(benchSheets(100_000));
    ok(await herbereken(new OfficeWorkbook(fake.run), { nu: NU }));
    const [names, whole, ...rest] = fake.requests;
    expect([names.error, whole.error]).toEqual([undefined, 'ResponsePayloadSizeLimitExceeded']); // ~1M cells × 3 properties
    expect(rest.every((r) => r.error === undefined && r.payloadBytes <= 5 * MB && r.responseBytes <= 5 * MB)).toBe(true);
    // 100,000 rows × 7 columns × (a number of ~11 bytes + '"#,##0.0",' 10 bytes) ≈ 15 MB: 4 requests of at most 4.8 MB.
    expect(writing(fake.requests)).toHaveLength(4);
    // 1,050,000 input cells of ~33 bytes (value, formula, format) ≈ 33 MB: the sizes, then 7 to 9 blocks.
    expect(rest.length - 4).toBeGreaterThanOrEqual(8);
    expect(rest.length - 4).toBeLessThanOrEqual(10);
  }, 60_000);

  it('writes an output over 5 MB in row blocks without a payload error: 3 syncs plus 1 for the second block', async () => {
    // 42,000 rows: ~136 bytes of output a row (7 long decimals and 7 formats) ≈ 5.7 MB, two requests;
    // ~102 bytes of input a row (4 short cells, their formulas and formats) ≈ 4.3 MB, one read.
    const n = 42_000;
    const fake = new FakeExcel({
      Opgave: { values: [['Periode', 'Pijler', 'Onderdeel', 'Opgave'], ...Array.from({ length: n }, (_, i) => ['P', 'Fysiek', 'N', 1000.567 + (i % 9000)])] },
      Dekking: { values: [['Periode', 'Pijler', 'Bron', 'Cofinanciering', 'Rijksfinanciering']] },
      Perioden: { values: [['Periode', 'Eerste jaar', 'Laatste jaar'], ['P', 2026, 2029]] },
      Verdeelsleutels: { values: [['Pijler', 'Onderdeel', 'Rijksaandeel'], ['Fysiek', 'N', 0.3333333333]] },
    });
    ok(await herbereken(new OfficeWorkbook(fake.run), { nu: NU }));
    expect(fake.syncs).toBe(4);
    const writes = writing(fake.requests);
    expect(writes).toHaveLength(2);
    expect(writes.reduce((n, r) => n + r.payloadBytes, 0)).toBeGreaterThan(5 * MB);
    expect(fake.requests.every((r) => r.error === undefined && r.payloadBytes <= 5 * MB)).toBe(true);
    expect(writes.map((r) => r.calculationSuspended)).toEqual([true, true]);
    // The last row, written in the second block: opgave 1000.567 + 41,999 mod 9000 = 6999.567;
    // Rijksdeel 6999.567 × 0.3333333333 = 2333.1889997666811; restopgave per year 6999.567 / 4 = 1749.89175.
    const last = n + 1;
    expect(['E', 'H', 'J'].map((c) => fake.cell('Opgave', `${c}${last}`).value)).toEqual([Number('2333.1889997666811'), 6999.567, 1749.89175]);
    expect(fake.cell('Opgave', `E${last}`).numberFormat).toBe('#,##0.0');
  }, 60_000);
});

/** The seed workbook as an analyst keeps it: bold headers, widths, formats, a formula, a sheet of notes with a chart. */
function seedExcel(edit: (opgave: CellValue[][]) => void = () => {}): FakeExcel {
  const opgave = OPGAVE_ROWS.map((r) => [...r]);
  edit(opgave);
  const fake = new FakeExcel({
    Opgave: {
      values: opgave,
      formulas: [[], [null, null, null, null, '400+45']],
      numberFormats: opgave.map((_, r) => (r === 0 ? [] : [null, null, null, null, '#,##0'])),
      bold: [opgave[0].map(() => true)],
      columnWidths: [60, 80, 200, 60, 50],
    },
    Dekking: { values: DEKKING_ROWS, bold: [DEKKING_ROWS[0].map(() => true)] },
    Notities: { values: [['Zie Opgave', 890]], formulas: [[null, 'Opgave!E3/2+22.5']], columnWidths: [120] },
  });
  return fake;
}

async function addNotesChart(fake: FakeExcel) {
  await fake.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Notities');
    sheet.charts.add('Pie', sheet.getRange('A1:B1'), 'Rows').name = 'Eigen grafiek';
  });
}

/** Everything the fake holds, sheet by sheet in tab order. */
const dump = (fake: FakeExcel) =>
  fake.sheetNames().map((sheet) => ({
    sheet,
    cells: Object.fromEntries(fake.cells(sheet)),
    widths: Array.from({ length: 15 }, (_, i) => fake.columnWidth(sheet, i + 1)),
    charts: fake.charts(sheet),
  }));

const OWNED = /^(Opgave![F-L]\d+|Dekking!G\d+)$/; // OPGAVE_ROWS fill A–E, DEKKING_ROWS A–F

describe('the Office.js workbook on the in-memory Excel', () => {
  it('writes nothing when there are errors: two syncs that read, none that writes', async () => {
    const fake = seedExcel((o) => (o[2][4] = 'n.b.'));
    const before = dump(fake);
    const uitkomst = await herbereken(new OfficeWorkbook(fake.run), { nu: NU });
    expect(uitkomst.ok).toBe(false);
    expect(fake.requests.map((r) => r.writes)).toEqual([0, 0]);
    expect(dump(fake)).toEqual(before);
  });

  it('leaves every cell it does not own as it was — values, formulas, number formats, bold — and widths and charts', async () => {
    const fake = seedExcel();
    await addNotesChart(fake);
    const before = dump(fake);
    ok(await herbereken(new OfficeWorkbook(fake.run), { nu: NU }));
    const after = dump(fake);
    expect(after.map((s) => s.sheet)).toEqual(['Opgave', 'Dekking', 'Notities', 'NPLV Totaalbeeld']);
    before.forEach((b, i) => {
      const notOwned = (cells: Record<string, unknown>) => Object.entries(cells).filter(([a1]) => !OWNED.test(`${b.sheet}!${a1}`));
      expect(notOwned(after[i].cells)).toEqual(notOwned(b.cells));
      expect([after[i].widths, after[i].charts]).toEqual([b.widths, b.charts]);
    });
    expect(fake.cell('Opgave', 'E2')).toEqual({ value: 445, formula: '400+45', numberFormat: '#,##0', bold: false });
    expect(fake.cell('Opgave', 'F1')).toEqual({ value: 'Rijksdeel', formula: null, numberFormat: 'General', bold: false });
  });

  it('undoes a second run exactly: the Totaalbeeld\'s cells, bold, widths and chart, the owned columns — in one sync', async () => {
    const fake = seedExcel();
    const port = new OfficeWorkbook(fake.run);
    ok(await herbereken(port, { nu: NU }));
    await fake.run(async (context) => void (context.workbook.worksheets.getItem('Opgave').getRange('E3').values = [[1835]]));
    const before = dump(fake);
    const { undo } = ok(await herbereken(port, { nu: new Date(2026, 10, 23, 9, 5) }));
    expect(dump(fake)).not.toEqual(before);
    const syncs = fake.syncs;
    await ongedaanMaken(port, undo);
    expect(fake.syncs - syncs).toBe(1);
    expect(dump(fake)).toEqual(before);
    expect(fake.charts('NPLV Totaalbeeld').map((c) => [c.name, c.chartType, c.anchor, c.source])).toEqual([
      ['NPLV grafiek A4:D6 K4', 'ColumnClustered', 'K4', { sheet: 'NPLV Totaalbeeld', top: 4, left: 1, rows: 3, columns: 4 }],
    ]);
  });

  it('undoes in a new session too, listing the sheets and the Totaalbeeld\'s charts first (3 syncs)', async () => {
    const fake = seedExcel();
    ok(await herbereken(new OfficeWorkbook(fake.run), { nu: NU }));
    const before = dump(fake);
    const { undo } = ok(await herbereken(new OfficeWorkbook(fake.run), { nu: new Date(2026, 10, 23, 9, 5) }));
    const syncs = fake.syncs;
    await ongedaanMaken(new OfficeWorkbook(fake.run), undo);
    expect(fake.syncs - syncs).toBe(3);
    expect(dump(fake)).toEqual(before);
  });

  it('rebuilds the Totaalbeeld in place, so that a formula elsewhere referring to it keeps working', async () => {
    const fake = seedExcel();
    const port = new OfficeWorkbook(fake.run);
    ok(await herbereken(port, { nu: NU }));
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Notities').getRange('C1').formulas = [["='NPLV Totaalbeeld'!B5"]];
      context.workbook.worksheets.getItem('Opgave').getRange('E3').values = [[1835]];
    });
    expect(fake.cell('Notities', 'C1').value).toBe(3050); // Fysieke pijler, opgave tot 2030 (PANE.md)
    ok(await herbereken(port, { nu: NU }));
    expect(fake.cell('Notities', 'C1')).toEqual({ value: 3150, formula: "'NPLV Totaalbeeld'!B5", numberFormat: 'General', bold: false });
  });

  it('keeps text as text: what an owned column held comes back exactly on undo, however it looks', async () => {
    const texts = ['2030', 'TRUE', '=1+1', '30%', '1e3', "'quote"];
    const fake = seedExcel((o) => {
      o[0][5] = 'Rijksdeel';
      texts.forEach((t, i) => (o[i + 1][5] = t));
    });
    const port = new OfficeWorkbook(fake.run);
    const { undo } = ok(await herbereken(port, { nu: NU }));
    expect(fake.cell('Opgave', 'F2').value).toBe(222.5); // Nieuwbouw 445 × 50% (MODEL.md)
    await ongedaanMaken(port, undo);
    expect(texts.map((_, i) => fake.cell('Opgave', `F${i + 2}`))).toEqual(texts.map((value) => ({ value, formula: null, numberFormat: 'General', bold: false })));
  });

  describe('a workbook changed between reading and writing', () => {
    const meddled = (port: WorkbookPort, meddle: () => Promise<unknown>): WorkbookPort => ({
      sheetNames: () => port.sheetNames(),
      readSheets: (names) => port.readSheets(names),
      apply: async (changes) => (await meddle(), port.apply(changes)),
      select: (blad, cel) => port.select(blad, cel),
    });

    it('writes nothing when a sheet it writes is gone, and says which', async () => {
      const fake = seedExcel();
      const port = meddled(new OfficeWorkbook(fake.run), () => fake.run(async (context) => context.workbook.worksheets.getItem('Dekking').delete()));
      const before = dump(fake).filter((s) => s.sheet !== 'Dekking');
      await expect(herbereken(port, { nu: NU })).rejects.toThrow("apply: no sheet named 'Dekking'");
      expect(dump(fake)).toEqual(before);
    });

    it('replaces a Totaalbeeld sheet made meanwhile, where it stands', async () => {
      const fake = seedExcel();
      const port = meddled(new OfficeWorkbook(fake.run), () =>
        fake.run(async (context) => {
          const sheet = context.workbook.worksheets.add('NPLV Totaalbeeld');
          sheet.position = 0;
          sheet.getRange('Z99').values = [['weg']];
        }),
      );
      ok(await herbereken(port, { nu: NU }));
      expect(fake.sheetNames()).toEqual(['NPLV Totaalbeeld', 'Opgave', 'Dekking', 'Notities']);
      expect(fake.cell('NPLV Totaalbeeld', 'A2').value).toBe('Bedragen in mln euro');
      expect(fake.cell('NPLV Totaalbeeld', 'Z99').value).toBeNull();
    });
  });

  it('shows a message\'s place: activates its sheet and selects its cell, in one sync', async () => {
    const fake = seedExcel();
    await new OfficeWorkbook(fake.run).select('Dekking', 'B4');
    expect([fake.activeSheet, fake.selection, fake.syncs]).toEqual(['Dekking', 'Dekking!B4', 1]);
  });
});
