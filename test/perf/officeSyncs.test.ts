import { FakeExcel } from '../../src/dev/fakeExcel';
import { voorbeeldWerkmap } from '../../src/voorbeeld/werkmap';
import { OfficeWorkbook } from '../../src/workbook/adapters/office/officeWorkbook';
import {
  gevoeligheidWerkmap,
  ongedaanMaken,
  vergelijkWerkmap,
  versieLezen,
  versiesLezen,
  versieVastleggen,
  versieVerwijderen,
} from '../../src/workbook';
import type { WorkbookChanges } from '../../src/workbook';
import { meetsSyncGoal, MB, NU } from '../support/officeSyncs';

/**
 * The Office adapter's syncs per recalculation on the bench workbook of 100,000 opgave rows,
 * more than one block each way; 10 and 10,000 rows are in
 * test/unit/workbook/officeWorkbook.test.ts. Here, so `npm run test:unit` stays fast;
 * `npm test` runs it.
 */
describe('syncs per recalculation of the Office.js workbook at 100,000 opgave rows', () => {
  it('meets the goal exactly, first and second run, with no request refused', async () => {
    await meetsSyncGoal(100_000);
  }, 300_000);
});

/**
 * The actions on versions (issue 17) on the example, where every read and write fits one
 * block: each action that reads the workbook is held to the goal of a recalculation, 3 syncs
 * (the sheet names with the input sheets' first rows; the values, NPLV Versies and NPLV
 * Vergelijking with them; the write). Listing and reading a version read no input: 2.
 */
describe('syncs of the actions on versions of the Office.js workbook, on the example', () => {
  it('recording and comparing cost 3 syncs, the first time and once NPLV Versies and NPLV Vergelijking exist; no request refused', async () => {
    const { Opgave, Dekking } = voorbeeldWerkmap();
    const fake = new FakeExcel({ Opgave: { values: Opgave }, Dekking: { values: Dekking } });
    const port = new OfficeWorkbook(fake.run);
    const syncs = async (doe: () => Promise<{ ok: boolean }>) => {
      const van = fake.syncs;
      expect(await doe()).toMatchObject({ ok: true });
      return fake.syncs - van;
    };
    const gemeten = {
      vastleggen: await syncs(() => versieVastleggen(port, 'jan', { nu: NU })),
      vergelijken: await syncs(() => vergelijkWerkmap(port, { versie: 'jan' }, { nu: NU })),
      opnieuwVastleggen: await syncs(() => versieVastleggen(port, 'feb', { nu: NU })),
      opnieuwVergelijken: await syncs(() => vergelijkWerkmap(port, { versie: 'jan' }, { nu: NU })),
      lijst: await syncs(() => versiesLezen(port)),
      versie: await syncs(() => versieLezen(port, 'feb')),
      verwijderen: await syncs(() => versieVerwijderen(port, 'feb')),
    };
    expect(gemeten).toEqual({
      vastleggen: 3,
      vergelijken: 3,
      opnieuwVastleggen: 3,
      opnieuwVergelijken: 3,
      lijst: 2,
      versie: 2,
      verwijderen: 3,
    });
    expect(fake.requests.every((r) => r.error === undefined && r.payloadBytes <= 4.8 * MB && r.responseBytes <= 4.8 * MB)).toBe(true);
  });
});

/**
 * Gevoeligheid berekenen (issue 19) on the example: held to the goal of a recalculation, as
 * Vergelijk met… is: the sheet names with the input sheets' first rows; the values, NPLV
 * Gevoeligheid with them once it exists (its own cells, for the undo); the write with its
 * tornado. The variants (four per key) are computed between the reads and the write, without a sync.
 */
describe('syncs of Gevoeligheid berekenen of the Office.js workbook, on the example', () => {
  it('3 syncs the first time and once NPLV Gevoeligheid exists; its undo 1; no request refused', async () => {
    const { Opgave, Dekking } = voorbeeldWerkmap();
    const fake = new FakeExcel({ Opgave: { values: Opgave }, Dekking: { values: Dekking } });
    const port = new OfficeWorkbook(fake.run);
    const syncs = async (doe: () => Promise<unknown>) => {
      const van = fake.syncs;
      await doe();
      return fake.syncs - van;
    };
    let undo: WorkbookChanges | undefined;
    const gemeten = {
      eerste: await syncs(() => gevoeligheidWerkmap(port, { nu: NU })),
      opnieuw: await syncs(async () => {
        const u = await gevoeligheidWerkmap(port, { nu: NU, scenarios: ['Wbi naar rato'] });
        expect(u).toMatchObject({ ok: true });
        undo = u.ok ? u.undo : undefined;
      }),
      ongedaan: await syncs(() => ongedaanMaken(port, undo!)),
    };
    expect(gemeten).toEqual({ eerste: 3, opnieuw: 3, ongedaan: 1 });
    expect(fake.sheetNames()).toEqual(['Opgave', 'Dekking', 'NPLV Gevoeligheid']);
    expect(fake.requests.every((r) => r.error === undefined && r.payloadBytes <= 4.8 * MB && r.responseBytes <= 4.8 * MB)).toBe(true);
  });
});
