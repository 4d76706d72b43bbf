/** @jest-environment jsdom */
import './jsdomGlobals';
import React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../../src/taskpane/components/App';
import type { PaneEnv } from '../../../src/taskpane/state/actions';
import { HERBEREKEN_ACTIE, registerRibbonCommands, type RibbonOffice } from '../../../src/taskpane/office/ribbon';
import { createPaneStore } from '../../../src/taskpane/state/store';
import type { WorkbookPort } from '../../../src/workbook/port';
import { klok, traag, voorbeeld, weigertSchrijven } from './werkmappen';
import { FakeExcel } from '../../../src/dev/fakeExcel';
import { voorbeeldWerkmap } from '../../../src/voorbeeld/werkmap';
import { OfficeWorkbook } from '../../../src/workbook/adapters/office/officeWorkbook';

/** A fake `Office`: records the associated actions and whether the pane was asked to show. */
function fakeOffice() {
  const acties = new Map<string, (event: { completed(): void }) => unknown>();
  const showAsTaskpane = jest.fn(async () => {});
  const office: RibbonOffice = { actions: { associate: (id, fn) => void acties.set(id, fn) }, addin: { showAsTaskpane } };
  /** Clicks the ribbon button the way Office does; the handler must have called completed() once by its end. */
  async function klik(id: string) {
    const completed = jest.fn();
    const handler = acties.get(id);
    if (!handler) throw new Error(`no action '${id}'`);
    await act(async () => {
      await handler({ completed });
    });
    expect(completed).toHaveBeenCalledTimes(1);
  }
  return { office, acties, showAsTaskpane, klik };
}

function setup(port: WorkbookPort) {
  const fake = fakeOffice();
  const env: PaneEnv = { port, store: createPaneStore(), nu: klok };
  registerRibbonCommands(fake.office, env);
  return { ...fake, env };
}

describe('the ribbon command Herbereken', () => {
  it('is associated under the FunctionName of manifest.xml', () => {
    const { acties } = setup(voorbeeld());
    expect([...acties.keys()]).toEqual([HERBEREKEN_ACTIE]);
    expect(HERBEREKEN_ACTIE).toBe('herbereken');
  });

  it('computes and writes without opening the pane when all is well, and completes', async () => {
    const wb = voorbeeld();
    const { klik, showAsTaskpane, env } = setup(wb);
    await klik('herbereken');
    expect(wb.applied).toHaveLength(1);
    expect(showAsTaskpane).not.toHaveBeenCalled();
    expect(env.store.getState().laatste?.soort).toBe('berekend');
  });

  it('a clean run shows what it wrote: the NPLV Totaalbeeld, A1 selected, asked for in its one write', async () => {
    const wb = voorbeeld();
    const { klik } = setup(wb);
    await klik('herbereken');
    expect(wb.selected).toBe('NPLV Totaalbeeld!A1');
    expect(wb.applied.map((c) => c.toon)).toEqual([{ blad: 'NPLV Totaalbeeld', cel: 'A1' }]);
  });

  it('in Excel (the Office.js adapter): the Totaalbeeld activated within the 3 syncs of a recalculation, no request of its own', async () => {
    const { Opgave, Dekking } = voorbeeldWerkmap();
    const excel = new FakeExcel({ Opgave: { values: Opgave }, Dekking: { values: Dekking } });
    const { klik } = setup(new OfficeWorkbook(excel.run));
    expect(excel.activeSheet).toBe('Opgave');
    await klik('herbereken');
    expect([excel.syncs, excel.activeSheet, excel.selection]).toEqual([3, 'NPLV Totaalbeeld', 'NPLV Totaalbeeld!A1']);
  });

  it('a run with errors shows no sheet (the pane opens with them); the pane’s own Herbereken leaves the selection alone', async () => {
    const fout = voorbeeld(({ Opgave }) => {
      Opgave[4][3] = 'n.b.';
    });
    await setup(fout).klik('herbereken');
    expect(fout.selected).toBeUndefined();
    const wb = voorbeeld();
    render(<App port={wb} nu={klok} />);
    fireEvent.click(screen.getByRole('button', { name: 'Herbereken' }));
    await screen.findByText(/^Berekend om/);
    expect([wb.selected, wb.applied[0].toon]).toEqual([undefined, undefined]);
  });

  it('with errors: writes nothing, opens the pane, and the pane lists the errors', async () => {
    const wb = voorbeeld(({ Opgave }) => {
      Opgave[4][3] = 'n.b.';
    });
    const { klik, showAsTaskpane, env } = setup(wb);
    render(<App port={env.port} store={env.store} nu={env.nu} />);
    await klik('herbereken');
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(wb.applied).toEqual([]);
    expect(screen.getAllByRole('status')[0].textContent).toBe('1 fout — niets geschreven');
    const fouten = await screen.findByRole('region', { name: 'Fouten (1)' });
    expect(within(fouten).getByRole('button', { name: 'Ga naar Opgave!D5' })).toBeTruthy();
  });

  it('a run from the ribbon shows its result in the pane, and the pane can undo it', async () => {
    const { klik, env } = setup(voorbeeld());
    render(<App port={env.port} store={env.store} nu={env.nu} />);
    expect(screen.getAllByRole('status')[0].textContent).toBe('Nog niet berekend');
    await klik('herbereken');
    expect(screen.getAllByRole('status')[0].textContent).toBe(
      "Berekend om 14:32 — 20 opgaveregels, 14 dekkingsregels (6 regels in scenario's die uit staan)",
    );
    expect(screen.getByRole('button', { name: 'Ongedaan maken' })).toBeTruthy();
  });

  it('a workbook that fails opens the pane with the reason, and still completes', async () => {
    const { klik, showAsTaskpane, env } = setup(weigertSchrijven(voorbeeld()));
    await klik('herbereken');
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(env.store.getState().bericht).toEqual({ soort: 'fout', tekst: 'Herbereken is mislukt: Het blad is beveiligd' });
  });

  it('completes even when the pane cannot be shown', async () => {
    const { klik, showAsTaskpane } = setup(weigertSchrijven(voorbeeld()));
    showAsTaskpane.mockRejectedValueOnce(new Error('not supported'));
    await klik('herbereken');
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
  });

  it('while the pane’s own run is going, a click on the ribbon starts no second run', async () => {
    const wb = voorbeeld();
    const { port, verder } = traag(wb);
    const { klik, env } = setup(port);
    render(<App port={env.port} store={env.store} nu={env.nu} />);
    fireEvent.click(screen.getByRole('button', { name: 'Herbereken' }));
    await screen.findByRole('button', { name: 'Bezig…' });
    await klik('herbereken');
    expect(wb.applied).toEqual([]);
    act(() => verder());
    await screen.findByText(/^Berekend om/);
    expect(wb.applied).toHaveLength(1);
  });
});
