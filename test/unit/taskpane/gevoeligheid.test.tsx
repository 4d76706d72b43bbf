/** @jest-environment jsdom */
import './jsdomGlobals';
import React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FakeExcel } from '../../../src/dev/fakeExcel';
import { App } from '../../../src/taskpane/components/App';
import { officeSelectie } from '../../../src/taskpane/office/officeSelectie';
import { berekenGevoeligheid } from '../../../src/taskpane/state/gevoeligheidActies';
import { createPaneStore } from '../../../src/taskpane/state/store';
import { voorbeeldWerkmap } from '../../../src/voorbeeld/werkmap';
import { OfficeWorkbook } from '../../../src/workbook/adapters/office/officeWorkbook';
import { gevoeligheidWerkmap } from '../../../src/workbook';
import { columnLetter, parseA1 } from '../../../src/sheet';
import { alles, klok } from './werkmappen';

// Each test runs the model once per key and step (24 keys, 4 steps) and renders the pane.
jest.setTimeout(30_000);

const BLAD = 'NPLV Gevoeligheid';

const voorbeeldExcel = () => {
  const { Opgave, Dekking } = voorbeeldWerkmap();
  return new FakeExcel({ Opgave: { values: Opgave }, Dekking: { values: Dekking } });
};

/** The pane on the Office.js adapter over the in-memory Excel holding the example, following its selection. */
function inExcel(excel = voorbeeldExcel()) {
  render(<App port={new OfficeWorkbook(excel.run)} nu={klok} selectie={officeSelectie(excel.run, excel.runIn)} />);
  return excel;
}

const sectie = () => screen.getByRole('region', { name: 'Gevoeligheid' });
const uitleg = () => screen.getByRole('region', { name: 'Uitleg' });

async function berekenen() {
  await within(sectie()).findByRole('button', { name: 'Gevoeligheid berekenen' });
  fireEvent.click(within(sectie()).getByRole('button', { name: 'Gevoeligheid berekenen' }));
  return screen.findByRole('table', { name: 'Verdeelsleutels die het meest uitmaken' });
}

/** The pane's top keys: the link's name (key, periode) → the key now, Δ at −10 pp and +10 pp. */
function top(tabel: HTMLElement): [string | null, ...(string | null)[]][] {
  return within(tabel)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [
      within(r).getByRole('button').getAttribute('aria-label'),
      ...within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ]);
}

/** The sheet's cells as rows of values (A… from row 1). */
function rijen(excel: FakeExcel): unknown[][] {
  const uit: unknown[][] = [];
  for (const [a1, c] of excel.cells(BLAD)) {
    const { row, column } = parseA1(a1)!;
    (uit[row - 1] ??= [])[column - 1] = c.value;
  }
  return Array.from(uit, (r) => Array.from(r ?? [], (v) => v ?? null));
}

const kies = (excel: FakeExcel, blad: string, cel: string) =>
  act(() => excel.run(async (context) => context.workbook.worksheets.getItem(blad).getRange(cel).select()));

describe('Gevoeligheid in the pane, on the example', () => {
  it('Gevoeligheid berekenen writes only the NPLV Gevoeligheid sheet and shows the five keys that matter most, by hand', async () => {
    const excel = inExcel();
    const voor = alles(excel);
    const tabel = await berekenen();
    expect(excel.sheetNames()).toEqual(['Opgave', 'Dekking', BLAD]);
    expect(alles(excel, [BLAD])).toEqual(voor); // nothing else written
    // By hand from voorbeeld.json: no key of these is near its clamp (every onderdeel it moves keeps a rest-Rijksopgave,
    // and so does its periode by saldering), so Δ totaal = ±10% × the opgave the key moves:
    // - Sociaal-maatschappelijk's key * (75%), 2030 t/m 2035: 325 + 445 + 640 + 585 + 120 = 2.115 → ±211,5
    //   (its only Rijksdekking, 5, is at pijler level; the periode's saldering 2.777,5 − 100 stays positive);
    // - Herstructurering corporatievoorraad (30%), tot 2030: 1.735 → ±173,5 (no dekking);
    // - Sociaal-maatschappelijk's key *, tot 2030: 215 + 265 + 415 + 360 + 45 = 1.300 → ±130 by saldering (per onderdeel
    //   Onderwijs stays at 0: 415 × 75% < its Rijksdekking 415, but the periode's Rijksdeel − Rijksdekking stays positive);
    // - Herstructurering particuliere voorraad (70%), 2030 t/m 2035: 720 → ±72;
    // - Onderwijs (75%, its own rows under the pijler's key), 2030 t/m 2035: 640 → ±64.
    // The next is Herstructurering corporatievoorraad 2030 t/m 2035: 605 → ±60,5. Nieuwbouw tot 2030 (445 × 10% = ±44,5) is not among them.
    expect(top(tabel)).toEqual([
      ['Sociaal-maatschappelijk (sleutel van de pijler), 2030 t/m 2035', '75%', '−211,5', '+211,5'],
      ['Herstructurering corporatievoorraad, tot 2030', '30%', '−173,5', '+173,5'],
      ['Sociaal-maatschappelijk (sleutel van de pijler), tot 2030', '75%', '−130,0', '+130,0'],
      ['Herstructurering particuliere voorraad, 2030 t/m 2035', '70%', '−72,0', '+72,0'],
      ['Onderwijs, 2030 t/m 2035', '75%', '−64,0', '+64,0'],
    ]);
    expect(
      within(tabel)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Verdeelsleutel', 'Nu', '−10\u00a0pp', '+10\u00a0pp']);
    // The first has the largest |Δ| of the total of every key on the sheet.
    const rows = rijen(excel);
    const kop = rows.findIndex((r) => r[0] === 'Sleutel van');
    const kolommen = ['Δ totaal (saldering) −10 pp', 'Δ totaal (saldering) +10 pp'].map((k) => rows[kop].indexOf(k));
    const deltas = rows.slice(kop + 1).flatMap((r) => kolommen.map((k) => r[k]).filter((v): v is number => typeof v === 'number'));
    expect(deltas.length).toBeGreaterThan(10);
    expect(Math.max(...deltas.map(Math.abs))).toBe(211.5);
    expect(within(sectie()).getByText(/^Alle 24 verdeelsleutels staan op het blad NPLV Gevoeligheid/)).toBeTruthy();
  });

  it("a key's name is a button that selects its row on the sheet", async () => {
    const excel = inExcel();
    const tabel = await berekenen();
    const link = within(tabel).getByRole('button', { name: 'Herstructurering corporatievoorraad, tot 2030' });
    expect(link.tagName).toBe('BUTTON'); // reachable with Tab, Enter and Space
    fireEvent.click(link);
    const rows = rijen(excel);
    const rij = rows.findIndex((r) => r[0] === 'Herstructurering corporatievoorraad — tot 2030') + 1;
    const breedte = rows[rows.findIndex((r) => r[0] === 'Sleutel van')].length; // the table's columns: A to its last header
    await waitFor(() => expect(excel.selection).toBe(`${BLAD}!A${rij}:${columnLetter(breedte)}${rij}`));
  });

  it('the Uitleg of a Δ cell: Nieuwbouw tot 2030 +10 pp as the issue computes it, its cells links', async () => {
    const excel = inExcel();
    await berekenen();
    const rows = rijen(excel);
    const kop = rows.findIndex((r) => r[0] === 'Sleutel van');
    const rij = rows.findIndex((r) => r[0] === 'Nieuwbouw — tot 2030') + 1;
    const kolom = (k: string) => columnLetter(rows[kop].indexOf(k) + 1);
    expect(rows[rij - 1][rows[kop].indexOf('Δ totaal (saldering) +10 pp')]).toBe(44.5);
    await kies(excel, BLAD, `${kolom('Δ pijler (saldering) +10 pp')}${rij}`);
    await within(uitleg()).findByText('Δ rest-Rijksopgave pijler (saldering), tot 2030, bij Nieuwbouw +10 pp');
    const regels = within(uitleg())
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    // The hand case: 445 × 60% = 267; rest 77,5 → 122; the fysieke pijler by saldering 873,75 → 918,25
    // (its Rijksdeel 222,5 + 520,5 + 332,5 + 198,75 + 84,5 = 1.358,75, Rijksdekking 180 + 50 + 145 + 90 + 20 = 485).
    expect(regels).toEqual(
      expect.arrayContaining([
        'Rijksdeel Nieuwbouw (opgave × verdeelsleutel): 445 × 50% = 222,5 → 445 × 60% = 267 (Opgave!D4)',
        expect.stringMatching(/^Rest-Rijksopgave Nieuwbouw: max\(0; 222,5 − 145\) = 77,5 → max\(0; 267 − 145\) = 122 \(Dekking!/),
        'Rest-Rijksopgave Fysiek (saldering): max(0; 1.358,75 − 485) = 873,75 → max(0; 1.403,25 − 485) = 918,25',
      ]),
    );
    fireEvent.click(within(uitleg()).getByRole('button', { name: 'Ga naar Opgave!D4' }));
    await waitFor(() => expect(excel.selection).toBe('Opgave!D4'));
    expect(within(uitleg()).getByText(/^Δ rest-Rijksopgave pijler \(saldering\), tot 2030/)).toBeTruthy(); // stays
  });

  it('Ongedaan maken removes the sheet and the top keys; the workbook is as before', async () => {
    const excel = inExcel();
    const voor = alles(excel);
    await berekenen();
    fireEvent.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    await waitFor(() => expect(excel.sheetNames()).toEqual(['Opgave', 'Dekking']));
    expect(alles(excel)).toEqual(voor);
    expect(screen.queryByRole('table', { name: 'Verdeelsleutels die het meest uitmaken' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ongedaan maken' })).toBeNull();
  });

  it('a workbook with an error: the message with its cell in the section, no sheet, nothing to undo', async () => {
    const excel = voorbeeldExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Opgave').getRange('D5').values = [['n.b.']];
    });
    inExcel(excel);
    const voor = alles(excel);
    fireEvent.click(await within(sectie()).findByRole('button', { name: 'Gevoeligheid berekenen' }));
    const meldingen = await within(sectie()).findByRole('region', { name: 'Meldingen bij gevoeligheid' });
    expect(within(meldingen).getByRole('button', { name: 'Ga naar Opgave!D5' }).parentElement?.textContent).toBe(
      "Opgave!D5: 'n.b.' is geen bedrag",
    );
    expect(alles(excel)).toEqual(voor);
    expect(excel.sheetNames()).toEqual(['Opgave', 'Dekking']);
    expect(screen.queryByRole('table', { name: 'Verdeelsleutels die het meest uitmaken' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ongedaan maken' })).toBeNull();
  });
});

describe('context.sync() of Gevoeligheid berekenen, on the Office.js adapter over the in-memory Excel', () => {
  it("costs what the workbook's call costs, not one sync more: 3, the first time and again", async () => {
    const [pane, kaal] = [voorbeeldExcel(), voorbeeldExcel()];
    const env = { port: new OfficeWorkbook(pane.run), store: createPaneStore(), nu: klok };
    const port = new OfficeWorkbook(kaal.run);
    const syncs = async (excel: FakeExcel, doe: () => Promise<unknown>) => {
      const van = excel.syncs;
      await doe();
      return excel.syncs - van;
    };
    const eerste = [await syncs(pane, () => berekenGevoeligheid(env)), await syncs(kaal, () => gevoeligheidWerkmap(port, { nu: klok() }))];
    const tweede = [await syncs(pane, () => berekenGevoeligheid(env)), await syncs(kaal, () => gevoeligheidWerkmap(port, { nu: klok() }))];
    expect(env.store.getState().gevoelig?.blad).toBe(BLAD);
    expect(eerste[0]).toBe(eerste[1]);
    expect(tweede[0]).toBe(tweede[1]);
    // The sheet names with the input sheets' first rows; the values (with NPLV Gevoeligheid once it exists); the write.
    expect(eerste[0]).toBe(3);
    expect(tweede[0]).toBe(3);
  });
});
