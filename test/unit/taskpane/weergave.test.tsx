/** @jest-environment jsdom */
import './jsdomGlobals';
import React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/taskpane/components/App';
import type { MemoryWorkbook } from '../../../src/workbook/adapters/memory/memoryWorkbook';
import { klok, voorbeeld } from './werkmappen';

// Each test runs the whole model and renders the pane, some several times: on a busy machine that takes more than jest's 5 s.
jest.setTimeout(20_000);

const TB = 'NPLV Totaalbeeld';

/** The Totaal row of the result table shown (tot 2030). */
const totaal = () =>
  within(screen.getByRole('table', { name: /^Resultaat/ }))
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('rowheader', { name: 'Totaal' }))!;
const cellen = (rij: HTMLElement) =>
  within(rij)
    .getAllByRole('cell')
    .map((c) => c.textContent);

/** The Totaalbeeld's unit line, and the first Totale opgave row's first amount (Tabel 1: restopgave tot 2030, 2.935 mln) with its format, as written. */
async function blad(wb: MemoryWorkbook) {
  const [g] = await wb.readSheets([TB]);
  const r = g.values.findIndex((row) => row[0] === 'Totale opgave');
  return {
    regel: g.values.map((row) => row[0]).find((v) => typeof v === 'string' && v.startsWith('Bedragen in')),
    notatie: g.numberFormats[r][1],
    waarde: g.values[r][1],
  };
}

const decimalen = () => screen.getByRole('spinbutton', { name: 'Decimalen' });
// The spin button steps on the arrow keys (and stops on their release), as Fabric handles them.
function pijl(richting: 'omhoog' | 'omlaag') {
  const code = richting === 'omhoog' ? 38 : 40;
  fireEvent.keyDown(decimalen(), { key: richting === 'omhoog' ? 'ArrowUp' : 'ArrowDown', keyCode: code, which: code });
  fireEvent.keyUp(decimalen(), { keyCode: code, which: code });
}

async function herbereken() {
  fireEvent.click(screen.getByRole('button', { name: 'Herbereken' }));
  await screen.findByText(/^Berekend om/);
}

// Tabel 2 of the report, tot 2030, Totaal (golden.json, mln): 4.350, 1.415, 2.935 and 733,75 per jaar.
describe('the Weergave in the pane (issue 16)', () => {
  it('offers the workbook’s unit and the larger one as radio buttons in a group, and the decimals as a spin button, all labelled', async () => {
    render(<App port={voorbeeld()} nu={klok} />);
    await herbereken();
    const groep = screen.getByRole('radiogroup', { name: 'Eenheid' });
    expect(
      within(groep)
        .getAllByRole('radio')
        .map((r) => [r.getAttribute('aria-label') ?? r.closest('div')?.textContent, (r as HTMLInputElement).checked]),
    ).toEqual([
      ['mln euro', true],
      ['mld euro', false],
    ]);
    expect(decimalen().getAttribute('aria-valuenow')).toBe('1');
    expect(cellen(totaal())).toEqual(['4.350,0', '1.415,0', '2.935,0', '733,8']);
  });

  it('mld after a run: the figures follow at once; Herbereken runs again with the same scenarios and the sheet shows mld, the cells exact', async () => {
    const wb = voorbeeld();
    render(<App port={wb} nu={klok} />);
    await herbereken();
    expect(await blad(wb)).toEqual({ regel: 'Bedragen in mln euro', notatie: '#,##0.0', waarde: 2935 });
    fireEvent.click(screen.getByRole('radio', { name: 'mld euro' }));
    expect(cellen(totaal())).toEqual(['4,35', '1,42', '2,94', '0,73']);
    await waitFor(() => expect(wb.applied).toHaveLength(2));
    expect(await blad(wb)).toEqual({ regel: 'Bedragen in mld euro', notatie: '#,##0.00,', waarde: 2935 });
    // One more decimal, with the keyboard: 4,350 / 1,415 / 2,935 / 0,734 (0,73375 half away from zero).
    pijl('omhoog');
    expect(cellen(totaal())).toEqual(['4,350', '1,415', '2,935', '0,734']);
    await waitFor(() => expect(wb.applied).toHaveLength(3));
    expect(await blad(wb)).toEqual({ regel: 'Bedragen in mld euro, 3 decimalen', notatie: '#,##0.000,', waarde: 2935 });
    expect(decimalen().getAttribute('aria-valuenow')).toBe('3');
  }, 20_000); // three runs of Herbereken

  it('remembered: a workbook whose Totaalbeeld shows mld opens with mld chosen, before any run', async () => {
    // An earlier Totaalbeeld: its unit line, and an amount kept in mln shown in mld (one trailing comma): made for a workbook in mln.
    const values = [['NPLV Totaalbeeld — …'], ['Bedragen in mld euro, 3 decimalen'], [], ['Totale opgave', 2935]];
    const wb = voorbeeld(undefined, { [TB]: { values, numberFormats: [[], [], [], [null, '#,##0.000,']] } });
    render(<App port={wb} nu={klok} />);
    await waitFor(() => expect(screen.getByRole('radio', { name: 'mld euro' })).toHaveProperty('checked', true));
    expect(decimalen().getAttribute('aria-valuenow')).toBe('3');
    expect(wb.applied).toEqual([]);
    await herbereken();
    expect(cellen(totaal())).toEqual(['4,350', '1,415', '2,935', '0,734']);
  });

  it('chosen before any run: nothing is written until Herbereken, which writes it', async () => {
    const wb = voorbeeld();
    render(<App port={wb} nu={klok} />);
    fireEvent.click(await screen.findByRole('radio', { name: 'mld euro' }));
    pijl('omlaag');
    await waitFor(() => expect(decimalen().getAttribute('aria-valuenow')).toBe('1'));
    expect(wb.applied).toEqual([]);
    await herbereken();
    expect(cellen(totaal())).toEqual(['4,4', '1,4', '2,9', '0,7']);
    expect(await blad(wb)).toEqual({ regel: 'Bedragen in mld euro, 1 decimaal', notatie: '#,##0.0,', waarde: 2935 });
  });

  it('with scenarios switched but not written: the figures follow, the sheet at the next Herbereken (said so), nothing written now', async () => {
    const wb = voorbeeld();
    render(<App port={wb} nu={klok} />);
    await herbereken();
    fireEvent.click(screen.getByRole('switch', { name: /^AZWA ·/ }));
    await screen.findByText(/^Doorgerekend met scenario AZWA/);
    fireEvent.click(screen.getByRole('radio', { name: 'mld euro' }));
    // AZWA adds 61 dekking tot 2030: 1.476 → 1,48; restopgave 2.874 → 2,87; per jaar 718,5 → 0,72.
    expect(cellen(totaal())).toEqual(['4,35', '1,48', '2,87', '0,72']);
    await screen.findByText('Weergave gewijzigd: het blad NPLV Totaalbeeld volgt bij de volgende Herbereken.');
    expect(wb.applied).toHaveLength(1);
  });
});
