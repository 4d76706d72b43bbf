/** @jest-environment jsdom */
import './jsdomGlobals';
import React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FakeExcel } from '../../../src/dev/fakeExcel';
import { App } from '../../../src/taskpane/components/App';
import { officeSelectie } from '../../../src/taskpane/office/officeSelectie';
import { createPaneStore, type PaneStore } from '../../../src/taskpane/state/store';
import { voorbeeldWerkmap } from '../../../src/voorbeeld/werkmap';
import { OfficeWorkbook } from '../../../src/workbook/adapters/office/officeWorkbook';
import golden from '../../../src/voorbeeld/golden.json';
import voorbeeld from '../../../src/voorbeeld/voorbeeld.json';
import { klok } from './werkmappen';

// Each test runs the whole model and renders the pane, some several times: on a busy machine that takes more than jest's 5 s.
jest.setTimeout(20_000);

const HINT =
  /^Kies een cel met een uitkomst: de kolommen Rijksdeel t\/m Overschot dekking van Opgave \(gegevens- en controlerijen\), Totale dekking in Dekking en de bedragen op het blad NPLV Totaalbeeld\.$/;

/** The pane on the Office.js adapter over the in-memory Excel, following its selection as in Excel. */
function inExcel(store?: PaneStore) {
  const { Opgave, Dekking } = voorbeeldWerkmap();
  const excel = new FakeExcel({ Opgave: { values: Opgave }, Dekking: { values: Dekking } });
  const view = render(
    <App port={new OfficeWorkbook(excel.run)} store={store} nu={klok} selectie={officeSelectie(excel.run, excel.runIn)} />,
  );
  return { excel, view };
}

/** The analyst selects a cell in the sheet (Excel's grid goes through the same selection). */
const kies = (excel: FakeExcel, blad: string, cel: string) =>
  act(() => excel.run(async (context) => context.workbook.worksheets.getItem(blad).getRange(cel).select()));

const uitleg = () => screen.getByRole('region', { name: 'Uitleg' });
const gekozen = () => within(uitleg()).getByText(/^Gekozen cel:/).textContent;

async function herbereken(toggle?: string) {
  if (toggle) {
    fireEvent.click(await screen.findByRole('switch', { name: new RegExp(`^${toggle} ·`) }));
    await screen.findByText(/^Doorgerekend/);
  }
  fireEvent.click(screen.getByRole('button', { name: 'Herbereken' }));
  await screen.findByText(/^Berekend om/);
}

const nieuwbouw = golden.perioden[0].pijlers[0].onderdelen[0];
const realisatie = voorbeeld.dekking.find((d) => d.bron === 'Realisatiestimulans')!;
// The Dekking sheet: title, blank row, header, then the seed's rows in order (Realisatiestimulans is the third).
const realisatieRij = 4 + voorbeeld.dekking.indexOf(realisatie);

describe('the Uitleg follows the selection in the sheet', () => {
  it('is not there before a run; after it, the selection as it is (A1): the hint', async () => {
    const { excel } = inExcel();
    expect(screen.queryByRole('region', { name: 'Uitleg' })).toBeNull();
    await herbereken();
    await waitFor(() => expect(gekozen()).toBe('Gekozen cel: Opgave!A1'));
    expect(within(uitleg()).getByText(HINT)).toBeTruthy();
    expect(excel.selectionHandlers).toBe(1);
  });

  it("Opgave's Restopgave of Nieuwbouw tot 2030: the formula with its inputs, and the inputs' cells as links", async () => {
    const { excel } = inExcel();
    await herbereken();
    await kies(excel, 'Opgave', 'L4'); // row 4: the first data row; L: Restopgave (after the 8 input columns and Rijksdeel … Rijksdekking)
    const kop = await within(uitleg()).findByText(/^Restopgave Nieuwbouw tot 2030/);
    expect(kop.textContent).toBe(
      `Restopgave Nieuwbouw tot 2030 = max(0; ${nieuwbouw.opgave} − ${nieuwbouw.dekking}) = ${nieuwbouw.restopgave}`,
    );
    expect(gekozen()).toBe('Gekozen cel: Opgave!L4');
    const regels = within(uitleg())
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    const r = realisatie.cofinanciering;
    expect(regels).toEqual([
      `opgave = ${nieuwbouw.opgave} (Opgave!D4)`,
      `dekking = Realisatiestimulans ${r} + ${realisatie.rijksfinanciering} (Dekking!E${realisatieRij}:F${realisatieRij})`,
    ]);
    expect(
      within(uitleg())
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Opgave!D4', `Dekking!E${realisatieRij}:F${realisatieRij}`]);
  });

  it("an input's link selects its cells; the explanation stays (they have no figure of their own)", async () => {
    const { excel } = inExcel();
    await herbereken();
    await kies(excel, 'Opgave', 'L4');
    const link = await screen.findByRole('button', { name: `Ga naar Dekking!E${realisatieRij}:F${realisatieRij}` });
    fireEvent.click(link);
    await waitFor(() => expect(gekozen()).toBe(`Gekozen cel: Dekking!E${realisatieRij}:F${realisatieRij}`));
    expect(excel.selection).toBe(`Dekking!E${realisatieRij}:F${realisatieRij}`);
    expect(excel.activeSheet).toBe('Dekking');
    expect(within(uitleg()).getByText(/^Restopgave Nieuwbouw tot 2030/)).toBeTruthy();
    // The analyst's own next pick of a cell without a figure: the hint.
    await kies(excel, 'Opgave', 'C4');
    await waitFor(() => expect(gekozen()).toBe('Gekozen cel: Opgave!C4'));
    expect(within(uitleg()).getByText(HINT)).toBeTruthy();
  });

  it('a number on the NPLV Totaalbeeld sheet: the sum of its rows, with their cells', async () => {
    const { excel } = inExcel();
    await herbereken();
    const rij = [...excel.cells('NPLV Totaalbeeld')].find(([, c]) => c.value === 'Fysieke pijler')![0].slice(1);
    // The first block (tot 2030), column Dekking: after the label, the example's two sources (Synthese 2024, overig) and Subtotaal.
    await kies(excel, 'NPLV Totaalbeeld', `E${rij}`);
    await waitFor(() => expect(gekozen()).toBe(`Gekozen cel: 'NPLV Totaalbeeld'!E${rij}`)); // as Excel writes the place, its sheet quoted
    const kop = await within(uitleg()).findByText(/^Dekking Fysiek tot 2030/);
    expect(kop.textContent).toMatch(new RegExp(` = ${golden.perioden[0].pijlers[0].dekking}$`));
    expect(
      within(uitleg())
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toContain(`Dekking!E${realisatieRij}:F${realisatieRij}`);
  });

  it('with a scenario on: the scenario row explained, and the scenario named', async () => {
    const { excel } = inExcel();
    await herbereken();
    await herbereken('Wbi naar rato');
    const wbi = [...excel.cells('Dekking')].find(([, c]) => c.value === 'Wbi naar rato')![0].slice(1);
    await kies(excel, 'Dekking', `I${wbi}`); // Totale dekking, right of the Scenario column (H)
    const kop = await within(uitleg()).findByText(/^Totale dekking Wbi/);
    expect(kop.textContent).toMatch(/ = 0 \+ 43 = 43$/);
    expect(within(uitleg()).getByText("scenario's aan: Wbi naar rato")).toBeTruthy();
  });

  it('after Ongedaan maken: no explanation of figures that are no longer there', async () => {
    const { excel } = inExcel();
    await herbereken();
    await kies(excel, 'Opgave', 'L4');
    await within(uitleg()).findByText(/^Restopgave Nieuwbouw/);
    fireEvent.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    await screen.findByText(/^De berekening is ongedaan gemaakt/);
    expect(within(uitleg()).queryByText(/^Restopgave Nieuwbouw/)).toBeNull();
  });

  it('explains a selection once per run, not again on every update of the pane', async () => {
    // A store that counts the calls of each run's explanation (one takes ~200 ms at 200k rows).
    const store = createPaneStore();
    let uitleggen = 0;
    const tellend: PaneStore = {
      ...store,
      dispatch: (actie) => {
        const f = actie.type === 'berekend' ? actie.berekening.uitleg : undefined;
        if (actie.type !== 'berekend' || !f) return store.dispatch(actie);
        store.dispatch({ ...actie, berekening: { ...actie.berekening, uitleg: (blad, cel) => (uitleggen++, f(blad, cel)) } });
      },
    };
    const { excel } = inExcel(tellend);
    await herbereken();
    await waitFor(() => expect(gekozen()).toBe('Gekozen cel: Opgave!A1')); // asked once: no figure there
    uitleggen = 0;
    await kies(excel, 'Opgave', 'L4');
    await within(uitleg()).findByText(/^Restopgave Nieuwbouw tot 2030/);
    expect(uitleggen).toBe(1);
    // Updates of the pane that do not change the selection or the run.
    fireEvent.click(screen.getByRole('switch', { name: /^Wbi naar rato ·/ }));
    await screen.findByText(/^Doorgerekend met scenario Wbi naar rato/);
    act(() => store.dispatch({ type: 'bericht', bericht: { soort: 'info', tekst: 'iets anders' } }));
    expect(within(uitleg()).getByText(/^Restopgave Nieuwbouw tot 2030/)).toBeTruthy();
    expect(uitleggen).toBe(1);
    // A new run: the same cell explained once more, by that run.
    await herbereken();
    await waitFor(() => expect(uitleggen).toBe(2));
    expect(within(uitleg()).getByText(/^Restopgave Nieuwbouw tot 2030/)).toBeTruthy();
    expect(uitleggen).toBe(2);
  });

  it('stops following the selection when the pane goes', async () => {
    const { excel, view } = inExcel();
    await herbereken();
    await waitFor(() => expect(excel.selectionHandlers).toBe(1));
    view.unmount();
    await waitFor(() => expect(excel.selectionHandlers).toBe(0));
  });
});
