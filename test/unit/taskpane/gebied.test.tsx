/** @jest-environment jsdom */
import './jsdomGlobals';
import React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/taskpane/components/App';
import { MemoryWorkbook } from '../../../src/workbook/adapters/memory/memoryWorkbook';
import { GEBIEDEN } from '../../support/gebieden';
import { klok } from './werkmappen';

// Each test runs the whole model and renders the pane, some several times: on a busy machine that takes more than jest's 5 s.
jest.setTimeout(20_000);

// The figures by hand: test/support/gebieden.ts (mln euro, one decimal).
const werkmap = () => new MemoryWorkbook({ Opgave: { values: GEBIEDEN.Opgave }, Dekking: { values: GEBIEDEN.Dekking } });

async function herbereken() {
  fireEvent.click(screen.getByRole('button', { name: 'Herbereken' }));
  await screen.findByText(/^Berekend om/);
}

/** Herbereken once more, on a pane that has run before: done when the run wrote its `n`th change and the pane is no longer busy. */
async function opnieuw(wb: MemoryWorkbook, n: number) {
  fireEvent.click(screen.getByRole('button', { name: 'Herbereken' }));
  await waitFor(() => expect(wb.applied).toHaveLength(n), { timeout: 10_000 });
  await waitFor(() => expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false'));
}

const gebied = () => screen.getByRole('combobox', { name: /^Gebied/ });
/** The rows of the result table shown: header and amounts. */
const tabel = (naam: RegExp) =>
  within(screen.getByRole('table', { name: naam }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => [
      within(r).getByRole('rowheader').textContent,
      ...within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ]);
// Fabric's Dropdown steps through its options on the arrow keys while closed, as a native select does.
const pijlOmlaag = () => fireEvent.keyDown(gebied(), { key: 'ArrowDown', keyCode: 40, which: 40 });

describe('the pane’s Gebied filter (issue 16)', () => {
  it('offers all gebieden (default) and each gebied, labelled; all: the national figures and the sources of the estimate', async () => {
    render(<App port={werkmap()} nu={klok} />);
    await herbereken();
    expect(gebied().textContent).toBe('Alle gebieden');
    fireEvent.click(gebied());
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Alle gebieden',
      'Rotterdam-Zuid',
      'Den Haag Zuidwest',
      'Tilburg-Noord',
    ]);
    fireEvent.click(screen.getByRole('option', { name: 'Alle gebieden' }));
    // tot 2030 national: opgave 480, dekking 230 (10 on pillar level), restopgave 130 + 120 = 250, per jaar 62,5;
    // Rijk: Rijksdeel 285, Rijksdekking 110, rest 90 + 85 = 175, per jaar 43,75.
    expect(tabel(/^Resultaat tot 2030$/).slice(-2)).toEqual([
      ['Totaal', '480,0', '230,0', '250,0', '62,5'],
      ['waarvan Rijk', '285,0', '110,0', '175,0', '43,8'],
    ]);
    expect(
      screen.getByText('Opgave per bron: Synthese 2024 320,0 · overig 160,0; Rijksdeel: Synthese 2024 190,0 · overig 95,0'),
    ).toBeTruthy();
  });

  it('with a gebied chosen by keyboard: its figures per pijler, its total and the Rijk’s, and the line on how they are made', async () => {
    render(<App port={werkmap()} nu={klok} />);
    await herbereken();
    pijlOmlaag();
    expect(gebied().textContent).toBe('Rotterdam-Zuid');
    expect(tabel(/^Resultaat tot 2030, Rotterdam-Zuid$/)).toEqual([
      ['Fysiek', '240,0', '80,0', '160,0', '40,0'],
      ['Sociaal-maatschappelijk', '80,0', '20,0', '60,0', '15,0'],
      ['Totaal', '320,0', '100,0', '220,0', '55,0'],
      ['waarvan Rijk', '190,0', '70,0', '120,0', '30,0'],
    ]);
    expect(
      screen.getByText(
        'Restopgave per onderdeel, zonder verrekening tussen onderdelen; dekking op pijlerniveau (10,0) hoort bij geen gebied en telt hier niet mee.',
      ),
    ).toBeTruthy();
    // The national sources of the estimate are not this gebied's: not shown.
    expect(screen.queryByText(/^Opgave per bron/)).toBeNull();
    // In mld with two decimals, as the Weergave says: 0,32 / 0,10 / 0,22 / 0,06 (55 → 0,055 → 0,06).
    fireEvent.click(screen.getByRole('radio', { name: 'mld euro' }));
    expect(tabel(/^Resultaat tot 2030, Rotterdam-Zuid$/)[2]).toEqual(['Totaal', '0,32', '0,10', '0,22', '0,06']);
  });

  it('a gebied without onderdelen in a periode says so there', async () => {
    render(<App port={werkmap()} nu={klok} />);
    await herbereken();
    fireEvent.click(gebied());
    fireEvent.click(screen.getByRole('option', { name: 'Tilburg-Noord' }));
    expect(tabel(/^Resultaat tot 2030, Tilburg-Noord$/)).toEqual([
      ['Sociaal-maatschappelijk', '60,0', '0,0', '60,0', '15,0'],
      ['Totaal', '60,0', '0,0', '60,0', '15,0'],
      ['waarvan Rijk', '45,0', '0,0', '45,0', '11,3'],
    ]);
    fireEvent.click(screen.getByRole('tab', { name: '2030 t/m 2035' }));
    expect(await screen.findByText('Tilburg-Noord heeft in 2030 t/m 2035 geen onderdelen.')).toBeTruthy();
  });

  it('goes back to all gebieden when the chosen one is gone from a new result', async () => {
    const wb = werkmap();
    render(<App port={wb} nu={klok} />);
    await herbereken();
    fireEvent.click(gebied());
    fireEvent.click(screen.getByRole('option', { name: 'Den Haag Zuidwest' }));
    expect(tabel(/^Resultaat tot 2030, Den Haag Zuidwest$/)[0]).toEqual(['Fysiek', '100,0', '120,0', '0,0', '0,0']);
    // Den Haag Zuidwest renamed Delft in its three cells (Opgave D3, D8; Dekking E3).
    const writes = [
      { sheet: 'Opgave', top: 3, left: 4, values: [['Delft']] },
      { sheet: 'Opgave', top: 8, left: 4, values: [['Delft']] },
      { sheet: 'Dekking', top: 3, left: 5, values: [['Delft']] },
    ];
    await wb.apply({ sheets: [], writes, deleteSheets: [] });
    await opnieuw(wb, 3);
    expect(gebied().textContent).toBe('Alle gebieden');
    expect(tabel(/^Resultaat tot 2030$/)[2]).toEqual(['Totaal', '480,0', '230,0', '250,0', '62,5']);
    // The choice is gone, not hidden: with the old name back, the pane still shows all.
    await wb.apply({ sheets: [], writes: writes.map((w) => ({ ...w, values: [['Den Haag Zuidwest']] })), deleteSheets: [] });
    await opnieuw(wb, 5);
    fireEvent.click(gebied());
    expect((await screen.findByRole('option', { name: 'Den Haag Zuidwest' })).getAttribute('aria-selected')).toBe('false');
    expect(screen.getByRole('option', { name: 'Alle gebieden' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByRole('option', { name: 'Alle gebieden' }));
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
  });

  it('neither filter nor sources line without gebieden and sources', async () => {
    // The same rows without the Gebied and Bron raming columns.
    const zonder = (rijen: (string | number | null)[][], weg: number[]) => rijen.map((r) => r.filter((_c, i) => !weg.includes(i)));
    render(
      <App
        port={
          new MemoryWorkbook({ Opgave: { values: zonder(GEBIEDEN.Opgave, [3, 5]) }, Dekking: { values: zonder(GEBIEDEN.Dekking, [4]) } })
        }
        nu={klok}
      />,
    );
    await herbereken();
    expect(screen.queryByRole('combobox', { name: /^Gebied/ })).toBeNull();
    expect(screen.queryByText(/^Opgave per bron/)).toBeNull();
    // Without gebieden the rows add up per onderdeel; the saldering per pijler gives the same total: 480 / 230 / 250.
    expect(tabel(/^Resultaat tot 2030$/)[2]).toEqual(['Totaal', '480,0', '230,0', '250,0', '62,5']);
  });
});
