import { FakeExcel, type FakeCalculationMode } from '../../../src/dev/fakeExcel';
import { OfficeWorkbook, type ExcelRun } from '../../../src/workbook/adapters/office/officeWorkbook';
import { berekenWerkmap, herberekenWerkmap } from '../../../src/workbook/herbereken';
import { DEKKING_ROWS, OPGAVE_ROWS } from '../../contract/seedSheets';

const NU = new Date(2026, 10, 22, 14, 32);

/**
 * The seed workbook whose Nieuwbouw opgave (Opgave!E2) is a formula over another sheet,
 * `=Invoer!A1+45` with Invoer!A1 = 400: 445, as in the seed. Then, in `mode`, the analyst
 * types 500 in Invoer!A1: the opgave is 545 — but in manual mode Excel has not calculated it.
 */
async function changedInMode(mode: FakeCalculationMode) {
  const fake = new FakeExcel({
    Opgave: { values: OPGAVE_ROWS, formulas: [[], [null, null, null, null, 'Invoer!A1+45']] },
    Dekking: { values: DEKKING_ROWS },
    Invoer: { values: [[400]] },
  });
  fake.calculationMode = mode;
  await fake.run(async (context) => void (context.workbook.worksheets.getItem('Invoer').getRange('A1').values = [[500]]));
  // Excel.run over the in-memory Excel, noting each calculation the adapter asks for.
  const calculations: string[] = [];
  const run: ExcelRun = (batch) =>
    fake.run((context) => {
      const application = context.workbook.application;
      const calculate = application.calculate.bind(application);
      application.calculate = (type) => (calculations.push(String(type)), calculate(type));
      return batch(context);
    });
  return { fake, port: new OfficeWorkbook(run), calculations, from: fake.syncs };
}

describe('Excel in manual calculation mode: the adapter calculates before it reads', () => {
  it('the danger: in manual mode a formula keeps its value when what it refers to changes', async () => {
    const { fake } = await changedInMode('Manual');
    expect(fake.cell('Opgave', 'E2')).toMatchObject({ value: 445, formula: 'Invoer!A1+45' });
  });

  it('a recalculation reads the calculated values (545, not 445), in 3 syncs, and leaves the mode manual', async () => {
    const { fake, port, calculations, from } = await changedInMode('Manual');
    const uitkomst = await herberekenWerkmap(port, { nu: NU });
    expect(uitkomst.ok).toBe(true);
    expect(calculations).toEqual(['Full']);
    expect(fake.syncs - from).toBe(3);
    // Rijksdeel of Nieuwbouw: 545 × 50% (its key, MODEL.md) = 272.5, not 445 × 50% = 222.5.
    expect(fake.cell('Opgave', 'F2').value).toBe(272.5);
    // The Fysieke pijler's opgave tot 2030 (row 10, below Tabel 1 and its control line): the seed's 3050 with 100 more for Nieuwbouw;
    // Tabel 1's restopgave tot 2030 (B5): the seed's 2935 with those 100 (Nieuwbouw's dekking 290 stays below 545).
    expect(fake.cell('NPLV Totaalbeeld', 'B10').value).toBe(3150);
    expect(fake.cell('NPLV Totaalbeeld', 'B5').value).toBe(3035);
    expect([fake.cell('Opgave', 'E2').value, fake.calculationMode]).toEqual([545, 'Manual']);
  });

  it('so does the computation that writes nothing (the pane on opening): 2 syncs', async () => {
    const { fake, port, calculations, from } = await changedInMode('Manual');
    const uitkomst = await berekenWerkmap(port, { nu: NU });
    expect(uitkomst.ok && uitkomst.invoer.opgave[0].opgave.toString()).toBe('545');
    expect([calculations, fake.syncs - from]).toEqual([['Full'], 2]);
  });

  it.each<FakeCalculationMode>(['Automatic', 'AutomaticExceptTables'])(
    'in mode %s it asks for no calculation: Excel has done it',
    async (mode) => {
      const { fake, port, calculations, from } = await changedInMode(mode);
      expect(fake.cell('Opgave', 'E2').value).toBe(545);
      expect((await herberekenWerkmap(port, { nu: NU })).ok).toBe(true);
      expect([calculations, fake.syncs - from, fake.cell('Opgave', 'F2').value]).toEqual([[], 3, 272.5]);
    },
  );

  it('calculates once only when the workbook changed between listing and reading, and it reads again', async () => {
    const { fake, port, calculations } = await changedInMode('Manual');
    await port.sheetNames();
    await fake.run(
      async (context) =>
        void (context.workbook.worksheets.getItem('Opgave').getRange('A22:E22').values = [['tot 2030', 'Fysiek', 'Nieuwbouw', '', 10]]),
    );
    const from = fake.syncs;
    const [opgave] = await port.readSheets(['Opgave']);
    expect([opgave.values[1][4], opgave.values.length, calculations, fake.syncs - from]).toEqual([545, 22, ['Full'], 2]);
  });
});
