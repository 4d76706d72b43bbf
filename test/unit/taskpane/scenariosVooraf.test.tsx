/** @jest-environment jsdom */
import './jsdomGlobals';
import React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/taskpane/components/App';
import type { CellValue } from '../../../src/workbook/port';
import { MemoryWorkbook } from '../../../src/workbook/adapters/memory/memoryWorkbook';
import { klok, telLezingen, voorbeeld } from './werkmappen';

const status = () => screen.getAllByRole('status')[0].textContent;
const schakelaar = (naam: string) => screen.getByRole('switch', { name: new RegExp(`^${naam} ·`) });
const schakelaars = () => within(screen.getByRole('region', { name: "Scenario's" })).getAllByRole('switch');
const naamVan = (s: HTMLElement) => s.closest('.ms-Toggle')?.querySelector('label')?.textContent;

/** The pane opened on `wb`, once its quiet read is done; how many reads so far. */
async function geopend(wb: MemoryWorkbook): Promise<() => number> {
  const { port, lezingen } = telLezingen(wb);
  render(<App port={port} nu={klok} />);
  await waitFor(() => expect(lezingen()).toBe(1));
  await new Promise((r) => setTimeout(r, 0)); // its outcome is in the store
  return lezingen;
}

async function rijVan(wb: MemoryWorkbook, blad: string, match: Record<number, CellValue>): Promise<CellValue[]> {
  const [grid] = await wb.readSheets([blad]);
  return grid.values.find((r) => Object.entries(match).every(([c, v]) => r[Number(c)] === v))!;
}

describe("the workbook's scenarios before the first run", () => {
  it('are listed on opening, all off, each with its rows; nothing computed or written, the state line as before', async () => {
    const wb = voorbeeld();
    render(<App port={wb} nu={klok} />);
    await screen.findByRole('region', { name: "Scenario's" });
    expect(schakelaars().map(naamVan)).toEqual([
      'Funderingsherstel 1 mld · 2 opgaveregels',
      'Funderingsherstel 1,5 mld · 2 opgaveregels',
      'Wbi naar rato · 1 dekkingsregel',
      'AZWA · 1 dekkingsregel',
    ]);
    expect(schakelaars().map((s) => s.getAttribute('aria-checked'))).toEqual(['false', 'false', 'false', 'false']);
    expect(status()).toBe('Nog niet berekend');
    expect(screen.queryByRole('region', { name: 'Resultaat' })).toBeNull();
    expect(screen.queryAllByRole('heading', { level: 3 })).toEqual([]); // no messages
    expect(wb.applied).toEqual([]);
  });

  it('Wbi naar rato on, then one Herbereken: base vs scenario first (nothing written), then the Wbi figures in the workbook', async () => {
    const wb = voorbeeld();
    render(<App port={wb} nu={klok} />);
    fireEvent.click(await screen.findByRole('switch', { name: /^Wbi naar rato ·/ }));
    await screen.findByText(/^Doorgerekend met scenario Wbi naar rato, nog niet in de werkmap/);
    fireEvent.click(screen.getByRole('tab', { name: '2030 t/m 2035' }));
    const vergelijking = screen.getByRole('table', { name: "Basis en scenario's 2030 t/m 2035" });
    const dekking = within(vergelijking).getByRole('rowheader', { name: 'Rijksdekking' }).closest('tr')!;
    expect(within(dekking).getAllByRole('cell')[2].textContent).toBe('+43,0');
    expect(status()).toBe('Nog niet berekend');
    expect(wb.applied).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Herbereken' }));
    await screen.findByText(/^Berekend om/);
    // 20 opgaveregels; 14 dekkingsregels of the base and Wbi's one; AZWA (1) and the Funderingsherstel rows (4) did not count.
    expect(status()).toBe(
      "Berekend om 14:32 met scenario Wbi naar rato — 20 opgaveregels, 15 dekkingsregels (5 regels in scenario's die uit staan)",
    );
    expect(wb.applied).toHaveLength(1);
    // By hand: the report's Wbi row is 43 mln Rijksfinanciering for Nieuwbouw 2030 t/m 2035.
    expect((await rijVan(wb, 'Dekking', { 7: 'Wbi naar rato' }))[8]).toBe(43); // I: Totale dekking
    expect((await rijVan(wb, 'Opgave', { 0: '2030 t/m 2035', 2: 'Nieuwbouw' }))[9]).toBe(43); // J: Rijksdekking
    expect(schakelaar('Wbi naar rato').getAttribute('aria-checked')).toBe('true');
  });

  it('switched off again before a run: the toggles stay, the comparison goes, nothing was written', async () => {
    const wb = voorbeeld();
    render(<App port={wb} nu={klok} />);
    fireEvent.click(await screen.findByRole('switch', { name: /^AZWA ·/ }));
    await screen.findByRole('table', { name: "Basis en scenario's tot 2030" });
    fireEvent.click(schakelaar('AZWA'));
    expect(screen.queryByRole('region', { name: 'Resultaat' })).toBeNull();
    expect(schakelaars().map((s) => s.getAttribute('aria-checked'))).toEqual(['false', 'false', 'false', 'false']);
    expect(status()).toBe('Nog niet berekend');
    expect(wb.applied).toEqual([]);
  });

  it("Funderingsherstel 1,5 mld on before a run: its PM's warning shows, below the switches (they stay where they were clicked)", async () => {
    render(<App port={voorbeeld()} nu={klok} />);
    fireEvent.click(await screen.findByRole('switch', { name: /^Funderingsherstel 1,5 mld ·/ }));
    await screen.findByText(/^Doorgerekend met scenario Funderingsherstel 1,5 mld/);
    await waitFor(() => expect(screen.getByRole('region', { name: /^Waarschuwingen/ }).textContent).toMatch(/PM/));
    const na = screen
      .getByRole('region', { name: "Scenario's" })
      .compareDocumentPosition(screen.getByRole('region', { name: /^Waarschuwingen/ }));
    expect(na & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('a workbook with errors opens quietly: no toggles, no message; Herbereken lists the errors as before', async () => {
    const wb = voorbeeld(({ Opgave }) => {
      Opgave[4][3] = 'n.b.';
    });
    await geopend(wb);
    expect(screen.queryByRole('region', { name: "Scenario's" })).toBeNull();
    expect(screen.queryAllByRole('heading', { level: 3 })).toEqual([]);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(status()).toBe('Nog niet berekend');
    fireEvent.click(screen.getByRole('button', { name: 'Herbereken' }));
    const fouten = await screen.findByRole('region', { name: 'Fouten (1)' });
    expect(
      within(fouten)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(["Opgave!D5: 'n.b.' is geen bedrag"]);
    expect(status()).toBe('1 fout — niets geschreven');
    expect(screen.queryByRole('region', { name: "Scenario's" })).toBeNull();
  });

  it('a workbook without Opgave and Dekking: no toggles; after Voorbeeld invoegen, its four', async () => {
    const wb = new MemoryWorkbook({ Blad1: { values: [] } });
    const lezingen = await geopend(wb);
    expect(screen.queryByRole('region', { name: "Scenario's" })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Meer acties' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Voorbeeld invoegen' }));
    await screen.findByRole('region', { name: "Scenario's" });
    expect(schakelaars()).toHaveLength(4);
    expect(lezingen()).toBe(2); // the read on opening, and one after inserting
    expect(status()).toBe('Nog niet berekend');
  });
});
