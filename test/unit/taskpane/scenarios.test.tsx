/** @jest-environment jsdom */
import './jsdomGlobals';
import React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { switchScenarios } from '../../../src/taskpane/state/actions';
import { App } from '../../../src/taskpane/components/App';
import { createPaneStore } from '../../../src/taskpane/state/store';
import type { CellValue } from '../../../src/workbook/port';
import type { MemoryWorkbook } from '../../../src/workbook/adapters/memory/memoryWorkbook';
import golden from '../../../src/voorbeeld/golden.json';
import { klok, leestNietMeer, traag, voorbeeld } from './werkmappen';

// Each test runs the whole model and renders the pane, some several times: on a busy machine that takes more than jest's 5 s.
jest.setTimeout(20_000);

const status = () => screen.getAllByRole('status')[0].textContent;
const schakelaar = (naam: string) => screen.getByRole('switch', { name: new RegExp(`^${naam} ·`) });
const cellen = (rij: HTMLElement) =>
  within(rij)
    .getAllByRole(/cell|rowheader|columnheader/)
    .map((c) => c.textContent);
const rijen = (tabel: HTMLElement) => within(tabel).getAllByRole('row').map(cellen);

async function herbereken() {
  const voor = status();
  fireEvent.click(screen.getByRole('button', { name: 'Herbereken' }));
  await waitFor(() => expect(status()).not.toBe(voor));
}

/** The example, computed once (the toggles show after a run). */
async function berekend(): Promise<MemoryWorkbook> {
  const wb = voorbeeld();
  render(<App port={wb} nu={klok} />);
  await herbereken();
  return wb;
}

const g2030 = golden.perioden.find((p) => p.periode === '2030 t/m 2035')!;
const som = (veld: 'opgave' | 'dekking' | 'rijksdeel' | 'rijksdekking' | 'restopgave' | 'restRijksopgave') =>
  g2030.pijlers.reduce((s, p) => s + p[veld], 0);
/** Whole millions, Dutch, as the pane rounds (half up). */
// mln with one decimal, as the Totaalbeeld shows mln by default (half away from zero).
const mln = (n: number) => new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);

/** A sheet's rows as values, and the row (1-based) where columns `a`…: match. */
async function rijVan(wb: MemoryWorkbook, blad: string, match: Record<number, CellValue>) {
  const [grid] = await wb.readSheets([blad]);
  const i = grid.values.findIndex((r) => Object.entries(match).every(([c, v]) => r[Number(c)] === v));
  return { rij: grid.values[i], nummer: grid.top + i };
}

describe('the scenario toggles', () => {
  it("lists the example's four scenarios, all off, each with its rows; the state line says what did not count", async () => {
    await berekend();
    const sectie = screen.getByRole('region', { name: "Scenario's" });
    const lijst = within(sectie).getAllByRole('switch');
    expect(lijst.map((s) => s.getAttribute('aria-label') ?? s.closest('.ms-Toggle')?.querySelector('label')?.textContent)).toEqual([
      'Funderingsherstel 1 mld · 2 opgaveregels',
      'Funderingsherstel 1,5 mld · 2 opgaveregels',
      'Wbi naar rato · 1 dekkingsregel',
      'AZWA · 1 dekkingsregel',
    ]);
    expect(lijst.map((s) => s.getAttribute('aria-checked'))).toEqual(['false', 'false', 'false', 'false']);
    // 24 opgave rows, 4 in scenarios; 16 dekking rows, 2 in scenarios.
    expect(status()).toBe("Berekend om 14:32 — 20 opgaveregels, 14 dekkingsregels (6 regels in scenario's die uit staan)");
  });

  it('are switches a keyboard reaches and a screen reader names: buttons, focusable, with their state', async () => {
    await berekend();
    const wbi = schakelaar('Wbi naar rato');
    expect(wbi.tagName).toBe('BUTTON');
    expect(wbi.getAttribute('tabindex')).not.toBe('-1');
    wbi.focus();
    expect(document.activeElement).toBe(wbi);
    fireEvent.click(wbi); // Space and Enter on a focused button click it (the browser test presses Space)
    await waitFor(() => expect(schakelaar('Wbi naar rato').getAttribute('aria-checked')).toBe('true'));
  });

  it('Wbi naar rato on: 2030 t/m 2035 base vs scenario, +43 dekking and Rijksdekking, restopgave 43 less; nothing written', async () => {
    const wb = await berekend();
    const geschreven = wb.applied.length;
    fireEvent.click(schakelaar('Wbi naar rato'));
    await screen.findByText(/^Doorgerekend met scenario Wbi naar rato, nog niet in de werkmap/);
    expect(wb.applied).toHaveLength(geschreven);
    fireEvent.click(screen.getByRole('tab', { name: '2030 t/m 2035' }));
    // By hand from golden.json: Wbi adds 43 Rijksfinanciering to Nieuwbouw 2030 t/m 2035 (dekking 0,
    // opgave 445), so the Fysiek pijler's dekking and Rijksdekking rise by 43 and its restopgave
    // (opgave 2.165 > dekking) falls by 43; per jaar over 6 jaar.
    const [opgave, dekking, rijksdeel, rijksdekking, rest, restRijk] = [
      som('opgave'),
      som('dekking'),
      som('rijksdeel'),
      som('rijksdekking'),
      som('restopgave'),
      som('restRijksopgave'),
    ];
    expect(rijen(screen.getByRole('table', { name: "Basis en scenario's 2030 t/m 2035" }))).toEqual([
      ['', 'Basis', "Met scenario's", 'Verschil'],
      ['Totaal'],
      ['Opgave', mln(opgave), mln(opgave), '0,0'],
      ['Dekking', mln(dekking), mln(dekking + 43), '+43,0'],
      ['Restopgave', mln(rest), mln(rest - 43), '−43,0'],
      ['Per jaar', mln(rest / 6), mln((rest - 43) / 6), '−7,2'], // 43 / 6 = 7,1666…
      ['waarvan Rijk'],
      ['Rijksdeel', mln(rijksdeel), mln(rijksdeel), '0,0'],
      ['Rijksdekking', mln(rijksdekking), mln(rijksdekking + 43), '+43,0'],
      ['Rest. Rijksopgave', mln(restRijk), mln(restRijk - 43), '−43,0'],
      ['Rijk per jaar', mln(restRijk / 6), mln((restRijk - 43) / 6), '−7,2'],
    ]);
    expect([dekking, rest]).toEqual([150, 4130]); // the hand sums above, spelled out
    // The table per pijler shows the scenario's figures.
    const perPijler = rijen(screen.getByRole('table', { name: "Resultaat 2030 t/m 2035 met scenario's" }));
    // 2.165 opgave; dekking 145 + 43; restopgave 2.020 − 43 = 1.977, per jaar 329,5.
    expect(perPijler[1]).toEqual(['Fysiek', '2.165,0', '188,0', '1.977,0', '329,5']);
  });

  it('tot 2030 is not touched by Wbi (a 2030 t/m 2035 row): no difference', async () => {
    await berekend();
    fireEvent.click(schakelaar('Wbi naar rato'));
    const tabel = await screen.findByRole('table', { name: "Basis en scenario's tot 2030" });
    expect(rijen(tabel).map((r) => r[3])).toEqual([
      'Verschil',
      undefined,
      '0,0',
      '0,0',
      '0,0',
      '0,0',
      undefined,
      '0,0',
      '0,0',
      '0,0',
      '0,0',
    ]);
  });

  it('switched off again: the table of the last run, without a comparison, and no compute', async () => {
    await berekend();
    fireEvent.click(schakelaar('Wbi naar rato'));
    await screen.findByRole('table', { name: "Basis en scenario's tot 2030" });
    fireEvent.click(schakelaar('Wbi naar rato'));
    expect(screen.queryByRole('table', { name: /^Basis en scenario's/ })).toBeNull();
    expect(screen.queryByText(/^Doorgerekend/)).toBeNull();
    expect(screen.getByRole('table', { name: 'Resultaat tot 2030' })).toBeTruthy();
  });

  it('Herbereken with Wbi on writes its figures (Opgave, Dekking, Totaalbeeld) and the state line names it', async () => {
    const wb = await berekend();
    fireEvent.click(schakelaar('Wbi naar rato'));
    await screen.findByText(/^Doorgerekend met scenario Wbi naar rato/);
    await herbereken();
    expect(status()).toBe(
      "Berekend om 14:32 met scenario Wbi naar rato — 20 opgaveregels, 15 dekkingsregels (5 regels in scenario's die uit staan)",
    );
    expect(screen.queryByText(/^Doorgerekend/)).toBeNull();
    expect(screen.getByRole('table', { name: "Basis en scenario's tot 2030" })).toBeTruthy(); // still side by side
    expect(schakelaar('Wbi naar rato').getAttribute('aria-checked')).toBe('true');

    // Opgave: Nieuwbouw 2030 t/m 2035 (opgave 445, Rijksdeel 222,5) now has dekking 43: restopgave 402, per jaar 67.
    const { rij } = await rijVan(wb, 'Opgave', { 0: '2030 t/m 2035', 2: 'Nieuwbouw' });
    expect(rij.slice(8, 15)).toEqual([222.5, 43, 43, 445 - 43, 222.5 - 43, (445 - 43) / 6, 0]); // from I, after the input columns A–H
    // Dekking: the Wbi row's Totale dekking is written (the AZWA row's, off, is left empty).
    expect((await rijVan(wb, 'Dekking', { 7: 'Wbi naar rato' })).rij[8]).toBe(43);
    expect((await rijVan(wb, 'Dekking', { 7: 'AZWA' })).rij[8]).toBeNull();
    // Totaalbeeld: the total dekking of 2030 t/m 2035 is golden's plus 43.
    const [tb] = await wb.readSheets(['NPLV Totaalbeeld']);
    // The Totale opgave rows of the two perioden's blocks (after Tabel 1's), each with its Dekking column: after the
    // example's sources (tot 2030: Synthese 2024, overig; 2030 t/m 2035: Extrapolatie) and Subtotaal.
    const [, tot2030, t2035] = tb.values.filter((r) => r[0] === 'Totale opgave');
    expect([tot2030[4], t2035[3]]).toEqual([golden.perioden[0].totaal.dekking, g2030.totaal.dekking + 43]);
  });

  it('switched off again and Herbereken: the base is written again', async () => {
    const wb = await berekend();
    fireEvent.click(schakelaar('AZWA'));
    await screen.findByText(/^Doorgerekend met scenario AZWA/);
    await herbereken();
    expect(status()).toMatch(/^Berekend om 14:32 met scenario AZWA — 20 opgaveregels, 15 dekkingsregels/);
    fireEvent.click(schakelaar('AZWA'));
    await screen.findByText(/^Doorgerekend zonder scenario's/);
    await herbereken();
    expect(status()).toBe("Berekend om 14:32 — 20 opgaveregels, 14 dekkingsregels (6 regels in scenario's die uit staan)");
    expect((await rijVan(wb, 'Dekking', { 7: 'AZWA' })).rij[8]).toBeNull();
  });

  it('a name spelled otherwise since it was switched on (AZWA → Azwa in the sheet): one switch, on, as the engine counts it', async () => {
    const wb = await berekend();
    fireEvent.click(schakelaar('AZWA'));
    await screen.findByText(/^Doorgerekend met scenario AZWA/);
    await herbereken();
    const { nummer } = await rijVan(wb, 'Dekking', { 7: 'AZWA' });
    await wb.apply({ sheets: [], writes: [{ sheet: 'Dekking', top: nummer, left: 8, values: [['Azwa']] }], deleteSheets: [] }); // column H: Scenario
    await herbereken();
    expect(status()).toMatch(/^Berekend om 14:32 met scenario Azwa — 20 opgaveregels, 15 dekkingsregels/);
    const lijst = within(screen.getByRole('region', { name: "Scenario's" })).getAllByRole('switch');
    expect(lijst.map((s) => [s.closest('.ms-Toggle')?.querySelector('label')?.textContent, s.getAttribute('aria-checked')])).toEqual([
      ['Funderingsherstel 1 mld · 2 opgaveregels', 'false'],
      ['Funderingsherstel 1,5 mld · 2 opgaveregels', 'false'],
      ['Wbi naar rato · 1 dekkingsregel', 'false'],
      ['Azwa · 1 dekkingsregel', 'true'],
    ]);
    // Written as switched: nothing to compute. Off: without it.
    expect(screen.queryByText(/^Doorgerekend/)).toBeNull();
    fireEvent.click(schakelaar('Azwa'));
    await screen.findByText(/^Doorgerekend zonder scenario's/);
    expect(schakelaar('Azwa').getAttribute('aria-checked')).toBe('false');
  });

  it("Herbereken while a switch computes: the switch's figures, done after the run wrote them, are not shown as not written", async () => {
    const wb = voorbeeld();
    const store = createPaneStore();
    render(<App port={wb} store={store} nu={klok} />);
    await herbereken();
    // The switch's read-only computation on a slow workbook; Herbereken stays available meanwhile.
    const { port, verder } = traag(wb);
    let keuze = Promise.resolve();
    act(() => void (keuze = switchScenarios({ port, store, nu: klok }, ['Wbi naar rato']))); // as a click on the switch does
    expect(schakelaar('Wbi naar rato').getAttribute('aria-checked')).toBe('true');
    expect((screen.getByRole('button', { name: 'Herbereken' }) as HTMLButtonElement).disabled).toBe(false);
    await herbereken();
    expect(status()).toMatch(/^Berekend om 14:32 met scenario Wbi naar rato/);
    verder();
    await act(() => keuze);
    expect(store.getState().doorgerekend).toBeUndefined();
    expect(screen.queryByText(/^Doorgerekend/)).toBeNull(); // the written figures, as the state line says
    expect(screen.getByRole('table', { name: "Resultaat tot 2030 met scenario's" })).toBeTruthy();
  });

  it('Funderingsherstel 1,5 mld on: its Rijksdeel PM counts as 0, with a warning in the messages', async () => {
    await berekend();
    fireEvent.click(schakelaar('Funderingsherstel 1,5 mld'));
    await screen.findByText(/^Doorgerekend met scenario Funderingsherstel 1,5 mld/);
    fireEvent.click(screen.getByRole('tab', { name: '2030 t/m 2035' }));
    const rijenVan = rijen(screen.getByRole('table', { name: "Basis en scenario's 2030 t/m 2035" }));
    expect(rijenVan[2]).toEqual(['Opgave', mln(som('opgave')), mln(som('opgave') + 1500), '+1.500,0']);
    expect(rijenVan[7]).toEqual(['Rijksdeel', mln(som('rijksdeel')), mln(som('rijksdeel')), '0,0']);
    await waitFor(() => expect(screen.getByRole('region', { name: /^Waarschuwingen/ }).textContent).toMatch(/PM/));
  });

  it('a switch whose computation fails: the pane says so, keeps the switch on, and shows the last run', async () => {
    const { port, weiger } = leestNietMeer(voorbeeld());
    render(<App port={port} nu={klok} />);
    await herbereken();
    weiger();
    fireEvent.click(schakelaar('Wbi naar rato'));
    const bericht = await screen.findByText(/^Doorrekenen met scenario Wbi naar rato is mislukt/);
    expect(bericht.textContent).toBe('Doorrekenen met scenario Wbi naar rato is mislukt: De werkmap is bezet');
    expect(schakelaar('Wbi naar rato').getAttribute('aria-checked')).toBe('true');
    expect(screen.queryByRole('table', { name: /^Basis en scenario's/ })).toBeNull();
    expect(screen.getByRole('table', { name: 'Resultaat tot 2030' })).toBeTruthy();
  });
});
