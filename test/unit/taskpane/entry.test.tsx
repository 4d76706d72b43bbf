/** @jest-environment jsdom */
import './jsdomGlobals';
import { fireEvent, screen, within } from '@testing-library/dom';
import type { act as Act } from 'react-dom/test-utils';
import { FakeExcel } from '../../../src/dev/fakeExcel';
import { voorbeeldWerkmap } from '../../../src/voorbeeld/werkmap';
import { OfficeWorkbook } from '../../../src/workbook/adapters/office/officeWorkbook';
import { NO_CHANGES } from '../../../src/workbook/port';
import { DONKER_THEMA } from '../../../src/dev/demo/officeShim';
import { alles } from './werkmappen';

type Handler = (event: { completed(): void }) => Promise<void>;

/**
 * What office.js provides before `Office.onReady`, with the in-memory Excel behind `Excel.run`:
 * the entry module runs on the real Office.js adapter, end to end.
 */
function fakeOffice(excel: FakeExcel) {
  let ready: (info: { host: string | null }) => void = () => {};
  const acties = new Map<string, Handler>();
  const showAsTaskpane = jest.fn(async () => {});
  let zichtbaarheid: (message: { visibilityMode: string }) => void = () => {};
  const onVisibilityModeChanged = (handler: typeof zichtbaarheid) => ((zichtbaarheid = handler), Promise.resolve(async () => {}));
  const office = {
    HostType: { Excel: 'Excel' },
    onReady: (callback: typeof ready) => ((ready = callback), Promise.resolve()),
    actions: { associate: (id: string, fn: Handler) => void acties.set(id, fn) },
    addin: { showAsTaskpane, onVisibilityModeChanged },
    context: { requirements: { isSetSupported: () => true } },
  };
  const run = jest.fn(excel.run);
  Object.assign(globalThis, { Office: office, Excel: { run } });
  const zichtbaar = (visibilityMode: 'Hidden' | 'Taskpane') => zichtbaarheid({ visibilityMode });
  return { run, acties, showAsTaskpane, zichtbaar, ready: (host: string | null) => ready({ host }) };
}

/**
 * Loads the entry module afresh, as taskpane.html does, with its own React; `act` of that React
 * wraps what makes the pane render.
 */
function laadEntry(): typeof Act {
  let act: typeof Act | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded afresh in the isolated registry
    require('../../../src/taskpane/index');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    act = require('react-dom/test-utils').act;
  });
  return act!;
}

function voorbeeldExcel(wijzig: (opgave: (string | number | null)[][]) => void = () => {}) {
  const { Opgave, Dekking } = voorbeeldWerkmap();
  wijzig(Opgave);
  return new FakeExcel({ Opgave: { values: Opgave }, Dekking: { values: Dekking } });
}

async function klikLint(act: typeof Act, acties: Map<string, Handler>) {
  const completed = jest.fn();
  await act(async () => {
    await acties.get('herbereken')!({ completed });
  });
  expect(completed).toHaveBeenCalledTimes(1);
}

const status = () => screen.getAllByRole('status')[0].textContent;
/** Lets the in-memory Excel's pending work (it answers in microtasks) finish. */
const rustig = () => new Promise<void>((r) => setTimeout(r, 0));

beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
});

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).Excel;
});

describe('the entry module (index.tsx) in Excel', () => {
  it('does nothing before Office.onReady; then registers the ribbon command and renders the pane', async () => {
    const excel = voorbeeldExcel();
    const { run, acties, ready } = fakeOffice(excel);
    const act = laadEntry();
    expect(document.getElementById('root')!.textContent).toBe('');
    expect(acties.size).toBe(0);
    act(() => ready('Excel'));
    expect([...acties.keys()]).toEqual(['herbereken']);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('NPLV-opgave');
    expect(status()).toBe('Nog niet berekend');
    await act(() => rustig());
    // Its reads on opening: the sheet names (once, for the scenarios and the versions), then the
    // sheets' contents (with NPLV Versies, were there one); nothing written.
    expect(run).toHaveBeenCalledTimes(2);
    expect(excel.requests.map((r) => r.writes)).toEqual([0, 0]);
    expect(status()).toBe('Nog niet berekend');
  });

  it("lists the workbook's scenarios on opening, in two syncs (its versions read with them); and reads them again when the pane shows again", async () => {
    const excel = voorbeeldExcel((opgave) => {
      opgave[4][3] = 'n.b.';
    });
    const { zichtbaar, ready } = fakeOffice(excel);
    const act = laadEntry();
    act(() => ready('Excel'));
    await act(() => rustig());
    expect(excel.syncs).toBe(2);
    expect(screen.queryByRole('region', { name: "Scenario's" })).toBeNull(); // errors: quietly none
    await new OfficeWorkbook(excel.run).apply({ ...NO_CHANGES, writes: [{ sheet: 'Opgave', top: 5, left: 4, values: [[445]] }] }); // the analyst mends D5
    const syncs = excel.syncs;
    await act(async () => zichtbaar('Hidden'));
    expect(excel.syncs).toBe(syncs);
    await act(async () => (zichtbaar('Taskpane'), rustig()));
    expect(excel.syncs).toBe(syncs + 2);
    expect(screen.getAllByRole('switch', { name: / · / })).toHaveLength(4);
    expect(status()).toBe('Nog niet berekend');
  });

  it('the ribbon runs through Excel.run and the pane shows that run, with its undo', async () => {
    const excel = voorbeeldExcel();
    const { run, acties, showAsTaskpane, ready } = fakeOffice(excel);
    const act = laadEntry();
    act(() => ready('Excel'));
    await klikLint(act, acties);
    expect(run).toHaveBeenCalled();
    expect(excel.sheetNames()).toEqual(['Opgave', 'Dekking', 'NPLV Totaalbeeld']);
    expect(showAsTaskpane).not.toHaveBeenCalled();
    expect(status()).toMatch(/^Berekend om \d\d:\d\d — 20 opgaveregels, 14 dekkingsregels \(6 regels in scenario's die uit staan\)$/);
    // Its success in view: the sheet it wrote, activated, A1 selected.
    expect([excel.activeSheet, excel.selection]).toEqual(['NPLV Totaalbeeld', 'NPLV Totaalbeeld!A1']);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    });
    expect(excel.sheetNames()).toEqual(['Opgave', 'Dekking']);
  });

  it("Office's dark theme: the pane and its edge take its background, its text its colour", async () => {
    const excel = voorbeeldExcel();
    const { ready } = fakeOffice(excel);
    Object.assign((globalThis as unknown as { Office: { context: object } }).Office.context, { officeTheme: DONKER_THEMA });
    const act = laadEntry();
    act(() => ready('Excel'));
    await act(() => rustig());
    const main = screen.getByRole('main');
    expect(document.getElementById('root')!.style.backgroundColor).toBe('rgb(38, 38, 38)');
    expect([main.style.getPropertyValue('--nplv-achtergrond'), main.style.getPropertyValue('--nplv-tekst')]).toEqual([
      '#262626',
      '#ffffff',
    ]);
  });

  it('errors from the ribbon open the pane, whose place link selects the cell in Excel', async () => {
    const excel = voorbeeldExcel((opgave) => {
      opgave[4][3] = 'n.b.';
    });
    const { acties, showAsTaskpane, ready } = fakeOffice(excel);
    const act = laadEntry();
    act(() => ready('Excel'));
    await klikLint(act, acties);
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(status()).toBe('1 fout — niets geschreven');
    expect(excel.sheetNames()).toEqual(['Opgave', 'Dekking']);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0)); // MessageBar renders its text a tick later
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Ga naar Opgave!D5' }));
    });
    expect(excel.selection).toBe('Opgave!D5');
  });

  it('the Zelftest under …: through Excel.run on a temporary sheet, with what Office.context.diagnostics says; the workbook as before', async () => {
    const excel = voorbeeldExcel();
    const { run, ready } = fakeOffice(excel);
    const diagnostics = { host: 'Excel', platform: 'PC', version: '16.0.17928.20114' };
    Object.assign((globalThis as unknown as { Office: { context: object } }).Office.context, { diagnostics });
    const act = laadEntry();
    act(() => ready('Excel'));
    await act(() => rustig());
    const voor = alles(excel);
    const calls = run.mock.calls.length;
    fireEvent.click(screen.getByRole('button', { name: 'Meer acties' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('menuitem', { name: 'Zelftest' }));
    });
    const sectie = await screen.findByRole('region', { name: 'Zelftest' }, { timeout: 20_000 });
    expect(run.mock.calls.length).toBeGreaterThan(calls);
    const stappen = Array.from(within(sectie).getByRole('list', { name: 'Stappen van de zelftest' }).children, (li) => li.textContent);
    expect(stappen[0]).toMatch(/^Bladen en kopregels lezen: ok: 2 bladen · /);
    expect(stappen[stappen.length - 1]).toMatch(/^Tijdelijk blad verwijderen: ok/);
    expect(
      within(sectie).getByText(/^Host Excel, platform PC, Office-versie 16\.0\.17928\.20114, ExcelApi 1\.\d+, invoegtoepassing onbekend; /),
    ).toBeTruthy();
    expect(excel.sheetNames()).toEqual(['Opgave', 'Dekking']);
    expect(alles(excel)).toEqual(voor);
  });

  it('outside Excel: a notice, and no command', () => {
    const { run, acties, ready } = fakeOffice(voorbeeldExcel());
    const act = laadEntry();
    act(() => ready(null));
    expect(acties.size).toBe(0);
    expect(run).not.toHaveBeenCalled();
    expect(document.getElementById('root')!.textContent).toMatch(/^NPLV-opgave werkt in Excel/);
  });
});

describe('no font files from the internet', () => {
  it('registers no @font-face pointing at a CDN when the pane loads', async () => {
    const { ready } = fakeOffice(voorbeeldExcel());
    let rules = '';
    let act: typeof Act | undefined;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the same registry as the entry's Fluent UI
      require('../../../src/taskpane/index');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { Stylesheet } = require('@uifabric/merge-styles');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      act = require('react-dom/test-utils').act;
      act!(() => ready('Excel'));
      rules = Stylesheet.getInstance().getRules(true);
    });
    await act!(() => rustig()); // the pane's read on opening ends inside the test
    expect(rules).toContain('@keyframes'); // Fluent UI's global rules were registered
    expect(rules).not.toMatch(/@font-face[^}]*https?:/);
  });
});
