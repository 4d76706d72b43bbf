/** @jest-environment jsdom */
import './jsdomGlobals';
import React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { FakeExcel } from '../../../src/dev/fakeExcel';
import { App } from '../../../src/taskpane/components/App';
import { zelftestOmgeving } from '../../../src/taskpane/office/zelftestOmgeving';
import { NO_CHANGES, OfficeWorkbook, zelftest } from '../../../src/workbook';
import { voorbeeldBladen } from '../../../src/voorbeeld/werkmap';
import { nplvFunctions } from '../../support/nplvFunctions';
import { alles, klok } from './werkmappen';

jest.setTimeout(30_000);

let functies: Awaited<ReturnType<typeof nplvFunctions>>;
beforeAll(async () => {
  functies = await nplvFunctions();
}, 30_000);

/** The pane over the in-memory Excel holding the example (as Voorbeeld invoegen writes it) with the add-in's functions, its Zelftest the real one through Excel.run. */
async function inExcel() {
  const excel = new FakeExcel({}, { customFunctions: functies });
  const port = new OfficeWorkbook(excel.run, true);
  await port.apply({ ...NO_CHANGES, sheets: voorbeeldBladen() });
  await port.select('Opgave', 'D4'); // as in Excel, a cell is selected
  const office = {
    context: { diagnostics: { host: 'Excel', platform: 'PC', version: '16.0.18129.20116' }, requirements: { isSetSupported: () => true } },
  };
  const test = () => zelftest(excel.run, { ...zelftestOmgeving(office, '0.1.0', klok), geduld: 2000 });
  render(<App port={port} nu={klok} zelftest={test} />);
  await screen.findByRole('region', { name: "Scenario's" }); // the read on opening
  return excel;
}

async function zelftestUitvoeren() {
  fireEvent.click(screen.getByRole('button', { name: 'Meer acties' }));
  await act(async () => void fireEvent.click(screen.getByRole('menuitem', { name: 'Zelftest' })));
  const sectie = await screen.findByRole('region', { name: 'Zelftest' }, { timeout: 20_000 });
  const stappen = Array.from(within(sectie).getByRole('list', { name: 'Stappen van de zelftest' }).children, (li) => {
    const kopie = li.cloneNode(true) as HTMLElement;
    kopie.querySelectorAll('ul').forEach((l) => l.remove());
    return kopie.textContent?.replace(/ · \d+ syncs?, \d+ ms$/, '');
  });
  return { sectie, stappen };
}

describe('the Zelftest in the pane, on the in-memory Excel', () => {
  it('green on the example: twelve steps ok, the workbook as it was', async () => {
    const excel = await inExcel();
    const voor = alles(excel);
    const { sectie, stappen } = await zelftestUitvoeren();
    expect(await within(sectie).findByText('Zelftest geslaagd (12 van 12 stappen ok)')).toBeTruthy();
    expect(stappen.every((s) => /^.+: ok(: .+)?$/.test(s ?? ''))).toBe(true);
    expect(alles(excel)).toEqual(voor);
  });

  it('Excel refusing the chart: that step says fout with its code, message and call; the sheet is gone, nothing else changed', async () => {
    const excel = await inExcel();
    const voor = alles(excel);
    excel.failOn(
      { method: 'add', path: '.charts' },
      { code: 'InvalidArgument', message: 'The argument is invalid or missing or has an incorrect format.' },
    );
    const { sectie, stappen } = await zelftestUitvoeren();
    expect(await within(sectie).findByText('Zelftest niet geslaagd (1 van 12 stappen niet ok)')).toBeTruthy();
    const fout = stappen.filter((s) => !/: ok(: .+)?$/.test(s ?? ''));
    expect(fout).toEqual([
      expect.stringMatching(
        /^Grafieken: fout: InvalidArgument: The argument is invalid or missing or has an incorrect format\. \(plaats: .*charts\.add\(/,
      ),
    ]);
    expect(excel.sheetNames()).toEqual(['Opgave', 'Dekking']);
    expect(alles(excel)).toEqual(voor);
  });
});
