import { FakeExcel } from '../../../src/dev/fakeExcel';
import { installOffice } from '../../../src/dev/demo/officeShim';
import { nplvFunctions } from '../../support/nplvFunctions';

// The demo's Office: what functions.js registers through CustomFunctions.associate is what the
// in-memory Excel's formulas call, also when it is registered after the shim was installed (the
// demo loads functions.js after it). Office.context tells the host as Excel on the web does.

type Globals = {
  Office: { context: { diagnostics: unknown; requirements: { isSetSupported(set: string, version?: string): boolean } } };
  CustomFunctions: { associate(id: string, fn: (...args: unknown[]) => unknown): void };
};

describe("the demo's Office over the in-memory Excel", () => {
  it('evaluates =NPLV.… with the functions registered later, and with functions.json once the demo has it', async () => {
    const excel = new FakeExcel({ Blad: { values: [[null]] } });
    const office = installOffice(excel, () => undefined);
    const { Office, CustomFunctions } = globalThis as unknown as Globals;
    const write = (formula: string) =>
      excel.run(async (context) => void (context.workbook.worksheets.getItem('Blad').getRange('A1').formulas = [[formula]]));
    await write('=NPLV.RIJKSDEEL(445,"Nieuwbouw")');
    expect(excel.cell('Blad', 'A1').value).toEqual({ error: '#NAME?' }); // not registered yet
    const { functions, metadata } = await nplvFunctions();
    for (const [id, fn] of functions) CustomFunctions.associate(id, fn);
    await write('=NPLV.RIJKSDEEL(445,"Nieuwbouw")');
    expect(excel.cell('Blad', 'A1').value).toBe(222.5);
    office.metadata(metadata);
    expect(excel.customFunctions).toEqual({ functions: office.functions, metadata });
    await write('=NPLV.JAARLIJKS(2375,"tot 2030")');
    expect(excel.cell('Blad', 'A1').value).toBe(593.75);
    // Excel on the web, whose version says it is the demo: a Zelftest report from it cannot pass for one from Excel.
    expect(Office.context.diagnostics).toEqual({ host: 'Excel', platform: 'OfficeOnline', version: 'demo' });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.12')).toBe(true);
  }, 30_000);
});
