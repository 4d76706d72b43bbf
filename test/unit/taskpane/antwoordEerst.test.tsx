/** @jest-environment jsdom */
import './jsdomGlobals';
import React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/taskpane/components/App';
import { paneThema } from '../../../src/taskpane/components/thema';
import { DONKER_THEMA } from '../../../src/dev/demo/officeShim';
import { FakeExcel } from '../../../src/dev/fakeExcel';
import { officeSelectie } from '../../../src/taskpane/office/officeSelectie';
import { formatCell } from '../../../src/sheet';
import { voorbeeldWerkmap } from '../../../src/voorbeeld/werkmap';
import { OfficeWorkbook } from '../../../src/workbook/adapters/office/officeWorkbook';
import type { MemoryWorkbook } from '../../../src/workbook/adapters/memory/memoryWorkbook';
import { contrast } from '../../support/contrast';
import { klok, traag, voorbeeld } from './werkmappen';

// Each test runs the whole model and renders the pane: on a busy machine more than jest's 5 s.
jest.setTimeout(20_000);

async function herbereken() {
  fireEvent.click(screen.getByRole('button', { name: 'Herbereken' }));
  await screen.findByText(/^Berekend om/);
}

/** Whether `a` comes before `b` in the document. */
const voor = (a: Element, b: Element) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('the pane answers first (issue 18)', () => {
  it('after a run: state line, Herbereken, the Resultaat, then the Meldingen, the Scenario’s and the Uitleg, in that order', async () => {
    const { Opgave, Dekking } = voorbeeldWerkmap();
    const excel = new FakeExcel({ Opgave: { values: Opgave }, Dekking: { values: Dekking } });
    render(<App port={new OfficeWorkbook(excel.run)} nu={klok} selectie={officeSelectie(excel.run, excel.runIn)} />);
    await herbereken();
    await screen.findByRole('region', { name: 'Meldingen' });
    const volgorde = [
      screen.getAllByRole('status')[0],
      screen.getByRole('button', { name: 'Herbereken' }),
      screen.getByRole('region', { name: 'Resultaat' }),
      screen.getByRole('region', { name: 'Meldingen' }),
      screen.getByRole('region', { name: "Scenario's" }),
      screen.getByRole('region', { name: 'Uitleg' }),
      screen.getByRole('region', { name: 'Weergave' }),
    ];
    volgorde.slice(1).forEach((el, i) => expect([i, voor(volgorde[i], el)]).toEqual([i, true]));
  });
});

/** The example's Totaalbeeld as Excel shows it: every cell's text by its number format, row by row. */
async function totaalbeeldTekst(wb: MemoryWorkbook): Promise<string[][]> {
  const [blad] = await wb.readSheets(['NPLV Totaalbeeld']);
  return blad.values.map((rij, r) => rij.map((v, c) => formatCell(v, blad.numberFormats[r]?.[c])));
}

/** The pane's rows (label, then the four amounts) of the periode on view. */
const paneRijen = () =>
  within(screen.getByRole('table', { name: /^Resultaat/ }))
    .getAllByRole('row')
    .slice(1)
    .map((rij) =>
      within(rij)
        .getAllByRole(/cell|rowheader/)
        .map((c) => c.textContent ?? ''),
    );

// The pane's rows and the Totaalbeeld's rows of the first periode (tot 2030) that hold the same figures.
const ZELFDE_RIJ: [string, string][] = [
  ['Fysiek', 'Fysieke pijler'],
  ['Sociaal-maatschappelijk', 'Sociaal-maatschappelijke pijler'],
  ['Totaal', 'Totale opgave'],
  ['waarvan Rijk', 'Totale Rijksopgave'],
];

/** Per pane row: its four amounts as the pane shows them and as the sheet's cells show them (first block: tot 2030). */
async function naastElkaar(wb: MemoryWorkbook) {
  const blad = await totaalbeeldTekst(wb);
  // The first block's header row names the columns: the pane's four are among them.
  const kop = blad.findIndex((r) => r.includes('Restopgave per jaar'));
  // With the opgave split per raming (the example: Synthese 2024, overig), its sum is the Subtotaal.
  const opgave = blad[kop].includes('Subtotaal') ? 'Subtotaal' : 'Opgave';
  const kolommen = [opgave, 'Dekking', 'Restopgave', 'Restopgave per jaar'].map((k) => blad[kop].indexOf(k));
  const pane = paneRijen();
  return ZELFDE_RIJ.map(([paneLabel, bladLabel]) => {
    const bladRij = blad.slice(kop).find((r) => r[0] === bladLabel);
    return { paneLabel, pane: pane.find((r) => r[0] === paneLabel)?.slice(1), blad: kolommen.map((k) => bladRij?.[k]) };
  });
}

describe("the pane's figures read as the sheet's", () => {
  it('tot 2030 in mln with 1 decimal: each amount the text of the Totaalbeeld cell holding it (593,8, not 594)', async () => {
    const wb = voorbeeld();
    render(<App port={wb} nu={klok} />);
    await herbereken();
    const rijen = await naastElkaar(wb);
    for (const { paneLabel, pane, blad } of rijen) expect([paneLabel, pane]).toEqual([paneLabel, blad]);
    expect(rijen[0].pane).toContain('593,8'); // PANE.md's sheet: Fysieke pijler, per jaar 593,8
  });

  it('in mld with 2 decimals, once Herbereken wrote that setting: the same texts again', async () => {
    const wb = voorbeeld();
    render(<App port={wb} nu={klok} />);
    await herbereken();
    fireEvent.click(screen.getByRole('radio', { name: 'mld euro' }));
    await waitFor(() => expect(wb.applied).toHaveLength(2));
    await screen.findByText(/^Berekend om/);
    const rijen = await naastElkaar(wb);
    for (const { paneLabel, pane, blad } of rijen) expect([paneLabel, pane]).toEqual([paneLabel, blad]);
    expect(rijen[2].pane?.[0]).toBe('4,35');
  });
});

describe('the state line while a run is going', () => {
  it('says Bezig met herberekenen… until the run ends, then what it did', async () => {
    const { port, verder } = traag(voorbeeld());
    render(<App port={port} nu={klok} />);
    fireEvent.click(screen.getByRole('button', { name: 'Herbereken' }));
    await waitFor(() => expect(screen.getAllByRole('status')[0].textContent).toBe('Bezig met herberekenen…'));
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    act(() => verder());
    await screen.findByText(/^Berekend om 14:32/);
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false');
  });
});

describe("Office's theme", () => {
  const donker = paneThema(DONKER_THEMA);

  it("dark: the pane's colours are Office's, set as the variables its styles read", async () => {
    render(<App port={voorbeeld()} nu={klok} thema={donker} />);
    const main = screen.getByRole('main');
    expect(main.style.getPropertyValue('--nplv-achtergrond')).toBe(DONKER_THEMA.bodyBackgroundColor);
    expect(main.style.getPropertyValue('--nplv-tekst')).toBe(DONKER_THEMA.bodyForegroundColor);
    await screen.findByRole('region', { name: "Scenario's" }); // the read on opening ends inside the test
  });

  it('dark: every pair of text and background the pane draws has a contrast of at least 4.5', () => {
    const s = donker.fluent!.semanticColors;
    const k = donker.kleuren;
    // What is drawn on what: the body's texts on its background, messages on their bars, each control's text on it.
    const paren: Record<string, [string, string]> = {
      tekst: [k.tekst, k.achtergrond],
      zacht: [k.zacht, k.achtergrond],
      ...Object.fromEntries((['bodyText', 'bodySubtext', 'link'] as const).map((t) => [t, [s[t], s.bodyBackground]])),
      ...Object.fromEntries((['errorBackground', 'warningBackground', 'infoBackground'] as const).map((b) => [b, [s.messageText, s[b]]])),
      knop: [s.buttonText, s.buttonBackground],
      primaireKnop: [s.primaryButtonText, s.primaryButtonBackground],
      invoer: [s.inputText, s.inputBackground],
      menu: [s.menuItemText, s.menuBackground],
    };
    const laag = Object.entries(paren).filter(([, [a, b]]) => contrast(a, b) < 4.5);
    expect(laag).toEqual([]);
    expect(donker.fluent!.isInverted).toBe(true);
  });

  it('no theme from Office (or no #RRGGBB colours): Fluent UI’s light colours, as before', () => {
    expect(paneThema(undefined).fluent).toBeUndefined();
    expect(paneThema({ bodyBackgroundColor: 'black', bodyForegroundColor: '#ffffff' }).fluent).toBeUndefined();
    expect(paneThema({ bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#000000' }).fluent!.isInverted).toBe(false);
  });
});
