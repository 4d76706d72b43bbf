/** @jest-environment jsdom */
import './jsdomGlobals';
import React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/taskpane/components/App';
import { MemoryWorkbook } from '../../../src/workbook/adapters/memory/memoryWorkbook';
import { klok } from './werkmappen';

/**
 * A workbook kept in euros (issue 12): Nieuwbouw 445.000.000,50 at 50%, dekking 145.000.000 + 145.000.000.
 * By hand: Rijksdeel 222.500.000,25; restopgave 445.000.000,50 − 290.000.000 = 155.000.000,50, per jaar / 4 = 38.750.000,125;
 * Rijksdekking 145.000.000, rest. Rijksopgave 77.500.000,25, per jaar 19.375.000,0625.
 */
const inEuro = () =>
  new MemoryWorkbook({
    Opgave: {
      values: [
        ['Periode', 'Pijler', 'Onderdeel', 'Opgave (€)'],
        ['tot 2030', 'Fysiek', 'Nieuwbouw', 445000000.5],
      ],
    },
    Dekking: {
      values: [
        ['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering', 'Rijksfinanciering'],
        ['tot 2030', 'Fysiek', 'Realisatiestimulans', 'Nieuwbouw', 145000000, 145000000],
      ],
    },
  });

const totaal = () =>
  within(screen.getByRole('table', { name: /^Resultaat/ }))
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('rowheader', { name: 'Totaal' }))!;
const cellen = (rij: HTMLElement) =>
  within(rij)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('the pane on a workbook in euros', () => {
  it('shows whole euros, says so, and switches to thousands (whole, their default), the exact amount in euros in the tooltip', async () => {
    const port = inEuro();
    render(<App port={port} nu={klok} />);
    fireEvent.click(screen.getByRole('button', { name: 'Herbereken' }));
    await screen.findByText(/^Berekend om/);
    expect(screen.getByRole('table', { name: /^Resultaat/ }).querySelector('caption')?.textContent).toBe(
      '2026–2029, 4 jaar; bedragen in euro',
    );
    // 445.000.000,5 and 155.000.000,5 round half up to whole euros; 38.750.000,125 down.
    expect(cellen(totaal())).toEqual(['445.000.001', '290.000.000', '155.000.001', '38.750.000']);
    expect(within(totaal()).getAllByRole('cell')[0].getAttribute('title')).toBe('445.000.000,5 euro');
    fireEvent.click(screen.getByRole('radio', { name: 'duizend euro' }));
    // 445.000.000,5 / 1.000 = 445.000,0005 → 445.000; 38.750.000,125 / 1.000 → 38.750.
    expect(cellen(totaal())).toEqual(['445.000', '290.000', '155.000', '38.750']);
    expect(screen.getByRole('table', { name: /^Resultaat/ }).querySelector('caption')?.textContent).toBe(
      '2026–2029, 4 jaar; bedragen in duizend euro',
    );
    // The run that applies it to the sheet ends before the test does.
    await waitFor(() => expect(port.applied).toHaveLength(2));
    await screen.findByText(/^Berekend om/);
  });
});
