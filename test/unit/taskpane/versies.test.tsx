/** @jest-environment jsdom */
import './jsdomGlobals';
import React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FakeExcel } from '../../../src/dev/fakeExcel';
import { App } from '../../../src/taskpane/components/App';
import { officeSelectie } from '../../../src/taskpane/office/officeSelectie';
import { voorbeeldWerkmap } from '../../../src/voorbeeld/werkmap';
import { OfficeWorkbook } from '../../../src/workbook/adapters/office/officeWorkbook';
import { columnLetter, parseA1, type SheetInit } from '../../../src/sheet';
import { alles, klok } from './werkmappen';
import { createPaneStore } from '../../../src/taskpane/state/store';
import { vastleggen as legVast, vergelijkMet } from '../../../src/taskpane/state/versieActies';
import { vergelijkWerkmap, versieVastleggen } from '../../../src/workbook';
import golden from '../../../src/voorbeeld/golden.json';

// Each test runs the whole model several times and renders the pane: on a busy machine that takes more than jest's 5 s.
jest.setTimeout(30_000);

/** The pane on the Office.js adapter over the in-memory Excel holding the example (and `extra` sheets), following its selection. */
function inExcel(extra: Record<string, SheetInit> = {}) {
  const { Opgave, Dekking } = voorbeeldWerkmap();
  const excel = new FakeExcel({ Opgave: { values: Opgave }, Dekking: { values: Dekking }, ...extra });
  const view = render(<App port={new OfficeWorkbook(excel.run)} nu={klok} selectie={officeSelectie(excel.run, excel.runIn)} />);
  return { excel, view };
}

const versies = () => screen.getByRole('region', { name: 'Versies' });
/** The versions listed: label · time. */
const lijst = () => {
  const ul = within(versies()).queryByRole('list', { name: 'Vastgelegde versies' });
  return ul
    ? within(ul)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('span')?.textContent)
    : [];
};

async function vastleggen(label: string) {
  const veld = within(versies()).getByRole('textbox', { name: 'Naam van de versie' });
  fireEvent.change(veld, { target: { value: label } });
  fireEvent.click(within(versies()).getByRole('button', { name: 'Versie vastleggen' }));
  await screen.findByText(`Versie '${label}' vastgelegd in het verborgen blad NPLV Versies.`);
}

/** Types a value into a cell, as the analyst does between recording and comparing. */
const typ = (excel: FakeExcel, blad: string, cel: string, waarde: number | string) =>
  act(() =>
    excel.run(async (context) => {
      context.workbook.worksheets.getItem(blad).getRange(cel).values = [[waarde]];
      await context.sync();
    }),
  );

const uitleg = () => screen.getByRole('region', { name: 'Uitleg' });

const kies = (excel: FakeExcel, blad: string, cel: string) =>
  act(() => excel.run(async (context) => context.workbook.worksheets.getItem(blad).getRange(cel).select()));

/** A periode's table of the comparison in the pane: row header → its cells' text. */
function verschillen(periode: string): Record<string, (string | null)[]> {
  const tabel = screen.getByRole('table', { name: `Verschil ${periode}` });
  const rijen = within(tabel).getAllByRole('row').slice(1);
  return Object.fromEntries(
    rijen.map((r) => [
      within(r).getByRole('rowheader').textContent,
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ]),
  );
}

describe('Versies in the pane', () => {
  it('Versie vastleggen → listed with its time; in the workbook only the hidden NPLV Versies sheet; Verwijderen → gone', async () => {
    const { excel } = inExcel();
    await within(versies()).findByText('Nog geen versies vastgelegd.');
    expect(within(versies()).getByRole('textbox', { name: 'Naam van de versie' })).toHaveProperty('value', 'Versie 22-11-2026 14:32');
    const voor = alles(excel);
    await vastleggen('Totaalbeeld jan 2026');
    expect(lijst()).toEqual(['Totaalbeeld jan 2026 · 22-11-2026 14:32']);
    expect(excel.sheetNames()).toEqual(['Opgave', 'Dekking', 'NPLV Versies']);
    expect(excel.visibility('NPLV Versies')).toBe('Hidden');
    expect(alles(excel, ['NPLV Versies'])).toEqual(voor); // recording writes nothing else

    await vastleggen('Totaalbeeld feb 2026');
    expect(lijst()).toEqual(['Totaalbeeld jan 2026 · 22-11-2026 14:32', 'Totaalbeeld feb 2026 · 22-11-2026 14:32']);
    fireEvent.click(screen.getByRole('button', { name: 'Totaalbeeld jan 2026 verwijderen' }));
    await screen.findByText("Versie 'Totaalbeeld jan 2026' verwijderd.");
    expect(lijst()).toEqual(['Totaalbeeld feb 2026 · 22-11-2026 14:32']);
    expect(alles(excel, ['NPLV Versies'])).toEqual(voor);
    // The last one removed: the sheet goes with it.
    fireEvent.click(screen.getByRole('button', { name: 'Totaalbeeld feb 2026 verwijderen' }));
    await within(versies()).findByText('Nog geen versies vastgelegd.');
    expect(alles(excel)).toEqual(voor);
  });

  it('a label already recorded: a message in Versies, nothing written; the next good one clears it', async () => {
    const { excel } = inExcel();
    await within(versies()).findByText('Nog geen versies vastgelegd.');
    await vastleggen('jan');
    const voor = alles(excel);
    fireEvent.change(within(versies()).getByRole('textbox', { name: 'Naam van de versie' }), { target: { value: 'Jan ' } });
    fireEvent.click(within(versies()).getByRole('button', { name: 'Versie vastleggen' }));
    const meldingen = await within(versies()).findByRole('region', { name: 'Meldingen bij versies' });
    expect(
      within(meldingen)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(["er is al een versie 'Jan' vastgelegd; kies een andere naam of verwijder die eerst"]);
    expect(alles(excel)).toEqual(voor);
    expect(lijst()).toEqual(['jan · 22-11-2026 14:32']);
    await vastleggen('feb');
    expect(within(versies()).queryByRole('region', { name: 'Meldingen bij versies' })).toBeNull();
  });

  it('a pane opened later on the same workbook lists the versions it holds, read with its scenarios: 2 syncs on opening', async () => {
    const { excel, view } = inExcel();
    await within(versies()).findByText('Nog geen versies vastgelegd.');
    await vastleggen('Totaalbeeld jan 2026');
    view.unmount();
    const van = excel.syncs;
    render(<App port={new OfficeWorkbook(excel.run)} nu={klok} />);
    await waitFor(() => expect(lijst()).toEqual(['Totaalbeeld jan 2026 · 22-11-2026 14:32']));
    // The sheet names (with the input sheets' first rows), the input sheets with NPLV Versies.
    expect(excel.syncs - van).toBe(2);
  });

  it('a damaged NPLV Versies sheet: an error naming it in Versies; Herbereken works as ever', async () => {
    inExcel({
      'NPLV Versies': {
        values: [
          ['label', 'vastgelegd', 'formaat'],
          ['jan', '2026-01-05T10:00:00.000Z', 1, '{"opgave": [kapot'],
        ],
      },
    });
    const meldingen = await within(versies()).findByRole('region', { name: 'Meldingen bij versies' });
    const regels = within(meldingen)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(regels.length).toBeGreaterThan(0);
    expect(regels.every((r) => r?.includes('NPLV Versies'))).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Herbereken' }));
    expect((await screen.findByText(/^Berekend om/)).textContent).toMatch(/^Berekend om 14:32 — 20 opgaveregels, 14 dekkingsregels/);
  });
});

/** `2.935,0`: an amount as the pane shows mln by default (one decimal), from a figure of golden.json. */
const mln = (n: number) => new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);

describe('Vergelijk met…', () => {
  const [tot2030, tot2035] = golden.perioden.map((p) => p.totaal);

  it('Nieuwbouw tot 2030 445 → 545: the NPLV Vergelijking sheet, and in the pane Δ restopgave +100 and Δ rest-Rijksopgave +50, all opgave; undoable', async () => {
    const { excel } = inExcel();
    await within(versies()).findByText('Nog geen versies vastgelegd.');
    await vastleggen('Totaalbeeld jan 2026');
    await typ(excel, 'Opgave', 'D4', 545); // D4: Nieuwbouw tot 2030's opgave
    const voor = alles(excel);
    fireEvent.click(screen.getByRole('button', { name: 'Vergelijk met Totaalbeeld jan 2026' }));
    await screen.findByRole('table', { name: 'Verschil tot 2030' });
    // The Rijk's part: Nieuwbouw's key is 50%, so +50; both by saldering at periode level (golden.json's figures before).
    expect(verschillen('tot 2030')).toEqual({
      'Versie Totaalbeeld jan 2026': [mln(tot2030.restopgave), mln(tot2030.restRijksopgave)],
      Nu: [mln(tot2030.restopgave + 100), mln(tot2030.restRijksopgave + 50)],
      Verschil: ['+100,0', '+50,0'],
      'waarvan Opgave gewijzigd': ['+100,0', '+50,0'],
    });
    expect(verschillen('2030 t/m 2035')).toEqual({
      'Versie Totaalbeeld jan 2026': [mln(tot2035.restopgave), mln(tot2035.restRijksopgave)],
      Nu: [mln(tot2035.restopgave), mln(tot2035.restRijksopgave)],
      Verschil: ['0,0', '0,0'],
    });
    expect(excel.sheetNames()).toEqual(['Opgave', 'Dekking', 'NPLV Versies', 'NPLV Vergelijking']);
    expect(alles(excel, ['NPLV Vergelijking'])).toEqual(voor); // comparing writes only its sheet

    fireEvent.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    await waitFor(() => expect(excel.sheetNames()).toEqual(['Opgave', 'Dekking', 'NPLV Versies']));
    expect(alles(excel)).toEqual(voor);
    expect(screen.queryByRole('table', { name: 'Verschil tot 2030' })).toBeNull();
  });

  it('the workbook now with an error: the message with its cell in Versies, nothing written, no comparison', async () => {
    const { excel } = inExcel();
    await within(versies()).findByText('Nog geen versies vastgelegd.');
    await vastleggen('jan');
    await typ(excel, 'Opgave', 'D5', 'n.b.');
    const voor = alles(excel);
    fireEvent.click(screen.getByRole('button', { name: 'Vergelijk met jan' }));
    const meldingen = await within(versies()).findByRole('region', { name: 'Meldingen bij versies' });
    expect(within(meldingen).getByRole('button', { name: 'Ga naar Opgave!D5' }).parentElement?.textContent).toBe(
      "Opgave!D5: 'n.b.' is geen bedrag",
    );
    expect(alles(excel)).toEqual(voor);
    expect(screen.queryByRole('table', { name: 'Verschil tot 2030' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ongedaan maken' })).toBeNull();
  });

  it("a changed key: Nieuwbouw's verdeelsleutel 50% → 60% moves only the rest-Rijksopgave, by 445 × 10% = 44,5, all of it keys", async () => {
    const { excel } = inExcel();
    await within(versies()).findByText('Nog geen versies vastgelegd.');
    await vastleggen('jan');
    await typ(excel, 'Opgave', 'E4', 0.6); // E4: Nieuwbouw tot 2030's Verdeelsleutel
    fireEvent.click(screen.getByRole('button', { name: 'Vergelijk met jan' }));
    await screen.findByRole('table', { name: 'Verschil tot 2030' });
    const tabel = verschillen('tot 2030');
    expect(tabel.Verschil).toEqual(['0,0', '+44,5']);
    expect(tabel['waarvan Verdeelsleutels']).toEqual(['0,0', '+44,5']);
    expect(Object.keys(tabel).filter((k) => k.startsWith('waarvan'))).toEqual(['waarvan Verdeelsleutels']);
  });

  it("Uitleg of a Δ cell on NPLV Vergelijking: its part with the change; the workbook's cell a link that selects it, the old value as text", async () => {
    const { excel } = inExcel();
    await within(versies()).findByText('Nog geen versies vastgelegd.');
    await vastleggen('jan');
    await typ(excel, 'Opgave', 'D4', 545);
    fireEvent.click(screen.getByRole('button', { name: 'Vergelijk met jan' }));
    await screen.findByRole('table', { name: 'Verschil tot 2030' });
    await kies(excel, 'NPLV Vergelijking', deltaCel(excel, 'tot 2030: oud, nieuw en verschil', 'Totaal tot 2030', 'Δ Restopgave'));
    const kop = await within(uitleg()).findByText(/^Restopgave \(saldering\), tot 2030:/);
    expect(kop.textContent).toBe(
      `Restopgave (saldering), tot 2030: ${bedrag(tot2030.restopgave)} → ${bedrag(tot2030.restopgave + 100)} (+100)`,
    );
    const regels = within(uitleg())
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(regels.slice(0, 2)).toEqual(['Opgave gewijzigd: +100', '  Opgave!D4: 445 → 545 (opgave; Nieuwbouw, tot 2030)']);
    expect(
      within(uitleg())
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Opgave!D4']);
    fireEvent.click(within(uitleg()).getByRole('button', { name: 'Ga naar Opgave!D4' }));
    await waitFor(() => expect(excel.selection).toBe('Opgave!D4'));
    expect(within(uitleg()).getByText(/^Restopgave \(saldering\), tot 2030:/)).toBeTruthy(); // stays: the input has no figure of its own
  });
});

/** `2.935`: an amount as the engine's texts write it. */
const bedrag = (n: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(n);

/** The cell of a sheet's table found by what it says: its table's header row (column A), its row's label and its column's header. */
function deltaCel(excel: FakeExcel, tabel: string, rij: string, kolom: string): string {
  const cellen = [...excel.cells('NPLV Vergelijking')].map(([a1, c]) => ({ ...parseA1(a1)!, waarde: c.value }));
  const kop = cellen.find((c) => c.column === 1 && c.waarde === tabel)!.row;
  const kolomNr = cellen.find((c) => c.row === kop && c.waarde === kolom)!.column;
  const rijNr = cellen.find((c) => c.column === 1 && c.row > kop && c.waarde === rij)!.row;
  return `${columnLetter(kolomNr)}${rijNr}`;
}

describe('context.sync() of the actions on versions, on the Office.js adapter over the in-memory Excel', () => {
  const voorbeeldExcel = () => {
    const { Opgave, Dekking } = voorbeeldWerkmap();
    return new FakeExcel({ Opgave: { values: Opgave }, Dekking: { values: Dekking } });
  };
  /** The syncs `doe` costs. */
  const syncs = async (excel: FakeExcel, doe: () => Promise<unknown>) => {
    const van = excel.syncs;
    await doe();
    return excel.syncs - van;
  };

  it("the pane's Versie vastleggen and Vergelijk met… cost what the workbook's calls cost, not one sync more: 3 each", async () => {
    const [pane, kaal] = [voorbeeldExcel(), voorbeeldExcel()];
    const env = { port: new OfficeWorkbook(pane.run), store: createPaneStore(), nu: klok };
    env.store.dispatch({ type: 'versies', versies: [] }); // as read on opening
    const port = new OfficeWorkbook(kaal.run);
    const gemeten = {
      vastleggen: [
        await syncs(pane, () => legVast(env, 'jan')),
        await syncs(kaal, () => versieVastleggen(port, 'jan', { scenarios: [], nu: klok() })),
      ],
      tweede: [
        await syncs(pane, () => legVast(env, 'feb')),
        await syncs(kaal, () => versieVastleggen(port, 'feb', { scenarios: [], nu: klok() })),
      ],
      vergelijken: [
        await syncs(pane, () => vergelijkMet(env, 'jan')),
        await syncs(kaal, () => vergelijkWerkmap(port, { versie: 'jan' }, { scenarios: [], nu: klok() })),
      ],
    };
    expect(env.store.getState().vergeleken?.versie).toBe('jan');
    expect(gemeten.vastleggen[0]).toBe(gemeten.vastleggen[1]);
    expect(gemeten.tweede[0]).toBe(gemeten.tweede[1]);
    expect(gemeten.vergelijken[0]).toBe(gemeten.vergelijken[1]);
    // Recording in a workbook without versions: the sheet names and header rows (no NPLV Versies), the values, the write.
    expect(gemeten.vastleggen[0]).toBe(3);
    // Recording again: NPLV Versies is read with the values, in the same request.
    expect(gemeten.tweede[0]).toBe(3);
    // Comparing the first time: the names and header rows, the values with NPLV Versies (no NPLV Vergelijking yet), the write.
    expect(gemeten.vergelijken[0]).toBe(3);
  });
});
