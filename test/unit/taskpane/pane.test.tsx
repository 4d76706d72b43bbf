/** @jest-environment jsdom */
import './jsdomGlobals';
import React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/taskpane/components/App';
import { createPaneStore } from '../../../src/taskpane/state/store';
import type { Melding } from '../../../src/engine';
import golden from '../../../src/voorbeeld/golden.json';
import { inhoud, klok, traag, voorbeeld, weigertSchrijven } from './werkmappen';
import { MemoryWorkbook } from '../../../src/workbook/adapters/memory/memoryWorkbook';

// Each test runs the whole model and renders the pane, some several times: on a busy machine that takes more than jest's 5 s.
jest.setTimeout(20_000);

const knop = (naam: string | RegExp) => screen.getByRole('button', { name: naam });
const cellen = (rij: HTMLElement) =>
  within(rij)
    .getAllByRole(/cell|rowheader/)
    .map((c) => c.textContent);

/** The rows of the result table shown (the selected periode), as text. */
function tabel(): (string | null)[][] {
  return within(screen.getByRole('table', { name: /^Resultaat/ }))
    .getAllByRole('row')
    .slice(1)
    .map(cellen);
}

/** The headings of the message groups, in order (MessageBar renders its text a tick later). */
const groepKoppen = () => screen.queryAllByRole('heading', { level: 3 }).map((h) => h.textContent);

async function herbereken() {
  fireEvent.click(knop('Herbereken'));
  await screen.findByText(/^Berekend om|fout/);
}

describe('the pane on the example workbook', () => {
  it('says it has not computed yet, and offers no undo; once it has read the workbook, its scenarios to switch on, no figures', async () => {
    render(<App port={voorbeeld()} nu={klok} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('NPLV-opgave');
    expect(screen.getByRole('status').textContent).toBe('Nog niet berekend');
    expect(screen.queryByRole('button', { name: 'Ongedaan maken' })).toBeNull();
    await screen.findByRole('region', { name: "Scenario's" }); // the read on opening (scenariosVooraf.test.tsx)
    expect(screen.getByRole('status').textContent).toBe('Nog niet berekend');
    expect(screen.queryByRole('table', { name: /^Resultaat/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ongedaan maken' })).toBeNull();
  });

  it('Herbereken: the state line, and the summary of PANE.md for tot 2030', async () => {
    const wb = voorbeeld();
    render(<App port={wb} nu={klok} />);
    await herbereken();
    expect(screen.getAllByRole('status')[0].textContent).toBe(
      "Berekend om 14:32 — 20 opgaveregels, 14 dekkingsregels (6 regels in scenario's die uit staan)",
    );
    expect(tabel()).toEqual([
      // PANE.md's table (golden.json), as the Totaalbeeld shows mln by default: one decimal (593,75 → 593,8; 1.108,75 → 1.108,8).
      ['Fysiek', '3.050,0', '675,0', '2.375,0', '593,8'],
      ['Sociaal-maatschappelijk', '1.300,0', '740,0', '560,0', '140,0'],
      ['Totaal', '4.350,0', '1.415,0', '2.935,0', '733,8'],
      ['waarvan Rijk', '2.333,8', '1.225,0', '1.108,8', '277,2'],
    ]);
    expect(screen.getByText(/^Per onderdeel/).textContent).toBe(
      'Per onderdeel, zonder verrekening: restopgave 3.015,0 (verschil 80,0: overschot 5,0, dekking op pijlerniveau 75,0)',
    );
    expect(wb.applied).toHaveLength(1);
  });
});

describe('the result', () => {
  it('the other periode, from golden.json', async () => {
    render(<App port={voorbeeld()} nu={klok} />);
    await herbereken();
    fireEvent.click(screen.getByRole('tab', { name: '2030 t/m 2035' }));
    const g = golden.perioden.find((p) => p.periode === '2030 t/m 2035')!;
    const mln = (n: number) => new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
    const som = (veld: 'opgave' | 'dekking' | 'restopgave' | 'jaarlijkseRestopgave') => g.pijlers.reduce((s, p) => s + p[veld], 0);
    expect(tabel()[2]).toEqual([
      'Totaal',
      mln(som('opgave')),
      mln(som('dekking')),
      mln(som('restopgave')),
      mln(som('jaarlijkseRestopgave')),
    ]);
    expect(screen.getByRole('table', { name: /^Resultaat/ }).querySelector('caption')?.textContent).toBe(
      '2030–2035, 6 jaar; bedragen in mln euro',
    );
  });

  it('the Weergave mld: billions with two decimals, rounded half away from zero', async () => {
    const wb = voorbeeld();
    render(<App port={wb} nu={klok} />);
    await herbereken();
    fireEvent.click(screen.getByRole('radio', { name: 'mld euro' }));
    expect(tabel()[2]).toEqual(['Totaal', '4,35', '1,42', '2,94', '0,73']);
    expect(screen.getByText(/^Per onderdeel/).textContent).toBe(
      'Per onderdeel, zonder verrekening: restopgave 3,02 (verschil 0,08: overschot 0,01, dekking op pijlerniveau 0,08)',
    );
    // The run that applies it to the sheet (weergave.test.tsx) ends before the test does.
    await waitFor(() => expect(wb.applied).toHaveLength(2));
    await screen.findByText(/^Berekend om/);
  });

  it('the exact amount is in each cell’s tooltip', async () => {
    render(<App port={voorbeeld()} nu={klok} />);
    await herbereken();
    expect(screen.getByText('2.333,8').getAttribute('title')).toBe('2.333,75 mln euro');
  });

  it('the messages of the example: 2 waarschuwingen and 4 controles, no fouten', async () => {
    render(<App port={voorbeeld()} nu={klok} />);
    await herbereken();
    await waitFor(() => expect(groepKoppen()).toEqual(['Waarschuwingen (2)', 'Controles (4)']));
    const plaatsen = (groep: string) =>
      within(screen.getByRole('region', { name: groep }))
        .getAllByRole('button')
        .map((b) => b.textContent);
    expect(plaatsen('Waarschuwingen (2)')).toEqual(['Opgave!D8', 'Opgave!D24']);
    expect(plaatsen('Controles (4)')).toEqual(['Opgave!D10', 'Opgave!D26', 'Opgave!D33', 'Opgave!D34']);
    expect(screen.getByRole('button', { name: 'Ga naar Opgave!D33' }).parentElement?.textContent).toBe(
      "Opgave!D33: controlerij 'Totale opgave soc-maatsch. pijler (Tabel 11)': opgave is 2.120, de regels erboven geven 2.115 (verschil 5)",
    );
  });

  it('Uitgangspunten: collapsed, then the keys and perioden in force marked standaard', async () => {
    render(<App port={voorbeeld()} nu={klok} />);
    await herbereken();
    const open = knop('Uitgangspunten');
    expect(open.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('table', { name: 'Verdeelsleutels' })).toBeNull();
    fireEvent.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    const sleutels = within(screen.getByRole('table', { name: 'Verdeelsleutels' }))
      .getAllByRole('row')
      .slice(1)
      .map(cellen);
    expect(sleutels[0]).toEqual(['Nieuwbouw', '50%', 'standaard']);
    expect(sleutels[5]).toEqual(['Sociaal-maatschappelijk: elk onderdeel', '75%', 'standaard']);
    const perioden = within(screen.getByRole('table', { name: 'Perioden' }))
      .getAllByRole('row')
      .slice(1)
      .map(cellen);
    expect(perioden).toEqual([
      ['tot 2030', '2026–2029 (4 jaar)', 'standaard'],
      ['2030 t/m 2035', '2030–2035 (6 jaar)', 'standaard'],
    ]);
  });
});

/** The example with 'n.b.' as the first opgave amount (Opgave!D5: title, blank, header, then data). */
const metNb = () =>
  voorbeeld(({ Opgave }) => {
    Opgave[4][3] = 'n.b.';
  });

describe('errors', () => {
  it("'n.b.' in an amount: 1 fout — niets geschreven, listed with its place, nothing applied", async () => {
    const wb = metNb();
    render(<App port={wb} nu={klok} />);
    await herbereken();
    expect(screen.getAllByRole('status')[0].textContent).toBe('1 fout — niets geschreven');
    const fouten = await screen.findByRole('region', { name: 'Fouten (1)' });
    expect(
      within(fouten)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(["Opgave!D5: 'n.b.' is geen bedrag"]);
    expect(wb.applied).toEqual([]);
    expect(screen.queryByRole('table', { name: /^Resultaat/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ongedaan maken' })).toBeNull();
  });

  it('all errors of the run are counted and listed, in one pass', async () => {
    const wb = voorbeeld(({ Opgave, Dekking }) => {
      Opgave[4][3] = 'n.b.';
      Dekking[3][0] = 'tot 2031';
    });
    render(<App port={wb} nu={klok} />);
    await herbereken();
    expect(screen.getAllByRole('status')[0].textContent).toBe('2 fouten — niets geschreven');
    const fouten = await screen.findByRole('region', { name: 'Fouten (2)' });
    expect(
      within(fouten)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Opgave!D5', 'Dekking!A4']);
  });

  it('a missing sheet is listed without a link (there is no cell to go to)', async () => {
    const wb = new MemoryWorkbook({ Blad1: { values: [['iets']] } });
    render(<App port={wb} nu={klok} />);
    await herbereken();
    const fouten = await screen.findByRole('region', { name: 'Fouten (2)' });
    expect(within(fouten).queryAllByRole('button')).toEqual([]);
    expect(within(fouten).getAllByRole('listitem')[0].textContent).toBe("Opgave: blad 'Opgave' ontbreekt (ook goed: Opgaven)");
  });

  it('a workbook that refuses the write: the pane says so and keeps going', async () => {
    render(<App port={weigertSchrijven(voorbeeld())} nu={klok} />);
    fireEvent.click(knop('Herbereken'));
    expect((await screen.findByText(/^Herbereken is mislukt/)).textContent).toBe('Herbereken is mislukt: Het blad is beveiligd');
    expect(screen.getAllByRole('status')[0].textContent).toBe('Nog niet berekend');
    expect(knop('Herbereken').hasAttribute('disabled')).toBe(false);
  });
});

describe('a message’s place', () => {
  it.each([
    ['an error', metNb, 'Opgave!D5'],
    ['a warning', () => voorbeeld(), 'Opgave!D24'],
  ])('clicking the place of %s selects that cell', async (_soort, werkmap, plaats) => {
    const wb = werkmap();
    render(<App port={wb} nu={klok} />);
    await herbereken();
    expect(wb.selected).toBeUndefined();
    fireEvent.click(await screen.findByRole('button', { name: `Ga naar ${plaats}` }));
    await waitFor(() => expect(wb.selected).toBe(plaats));
  });

  it('a place on a sheet that is gone since: the pane says so', async () => {
    const wb = voorbeeld();
    const store = createPaneStore({
      bezig: false,
      laatste: { soort: 'fouten', meldingen: [{ ernst: 'fout', blad: 'Weg', cel: 'B2', bericht: 'x' }] },
    });
    render(<App port={wb} store={store} nu={klok} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Ga naar Weg!B2' }));
    expect((await screen.findByText(/^Naar Weg!B2 gaan is mislukt/)).textContent).toBe("Naar Weg!B2 gaan is mislukt: no sheet named 'Weg'");
  });

  it('the place of that message is written as Excel writes it: a sheet named 2024 quoted', async () => {
    const store = createPaneStore({
      bezig: false,
      laatste: { soort: 'fouten', meldingen: [{ ernst: 'fout', blad: '2024', cel: 'B2', bericht: 'x' }] },
    });
    render(<App port={voorbeeld()} store={store} nu={klok} />);
    fireEvent.click(await screen.findByRole('button', { name: "Ga naar '2024'!B2" }));
    expect((await screen.findByText(/^Naar '2024'!B2 gaan is mislukt/)).textContent).toBe(
      "Naar '2024'!B2 gaan is mislukt: no sheet named '2024'",
    );
  });
});

describe('while a run is going', () => {
  it('Herbereken shows Bezig…, is disabled, and the menu too; then the result', async () => {
    const { port, verder } = traag(voorbeeld());
    render(<App port={port} nu={klok} />);
    fireEvent.click(knop('Herbereken'));
    const bezig = await screen.findByRole('button', { name: 'Bezig…' });
    expect(bezig.getAttribute('aria-disabled')).toBe('true');
    expect(knop('Meer acties').hasAttribute('disabled')).toBe(true);
    verder();
    await screen.findByText(/^Berekend om/);
    expect(knop('Herbereken').getAttribute('aria-disabled')).toBeNull();
  });
});

describe('Ongedaan maken', () => {
  it('puts the workbook back exactly as before the run, and then is gone', async () => {
    const wb = voorbeeld();
    const voor = await inhoud(wb);
    render(<App port={wb} nu={klok} />);
    await herbereken();
    expect(await inhoud(wb)).not.toEqual(voor);
    fireEvent.click(knop('Ongedaan maken'));
    await screen.findByText(/^Ongedaan gemaakt om 14:32/);
    expect(await inhoud(wb)).toEqual(voor);
    expect(screen.queryByRole('button', { name: 'Ongedaan maken' })).toBeNull();
  });

  it('after an edit and a second run, restores the output of the first run (and keeps the edit)', async () => {
    const wb = voorbeeld();
    render(<App port={wb} nu={klok} />);
    await herbereken();
    await wb.apply({ sheets: [], writes: [{ sheet: 'Opgave', top: 4, left: 4, values: [[545]] }], deleteSheets: [] }); // Nieuwbouw 445 → 545
    const voorTweedeRun = await inhoud(wb);
    await herbereken();
    expect(await inhoud(wb)).not.toEqual(voorTweedeRun);
    fireEvent.click(knop('Ongedaan maken'));
    await screen.findByText(/^Ongedaan gemaakt/);
    expect(await inhoud(wb)).toEqual(voorTweedeRun);
  });

  it('is not offered after a run with errors', async () => {
    const wb = metNb();
    render(<App port={wb} nu={klok} />);
    await herbereken();
    expect(screen.queryByRole('button', { name: 'Ongedaan maken' })).toBeNull();
  });
});

/** Opens the overflow menu and picks an item. */
function kies(item: string) {
  fireEvent.click(knop('Meer acties'));
  fireEvent.click(screen.getByRole('menuitem', { name: item }));
}

describe('Voorbeeld invoegen', () => {
  it('into an empty workbook: the Opgave and Dekking sheets, which then compute to the seed', async () => {
    const wb = new MemoryWorkbook({ Blad1: { values: [] } });
    render(<App port={wb} nu={klok} />);
    kies('Voorbeeld invoegen');
    await screen.findByText(/^Voorbeeld ingevoegd/);
    expect(await wb.sheetNames()).toEqual(['Blad1', 'Opgave', 'Dekking']);
    expect(wb.cell('Opgave', 'C4').value).toBe('Nieuwbouw');
    expect(wb.cell('Opgave', 'C3').bold).toBe(true);
    expect(wb.selected).toBe('Opgave!A1');
    await herbereken();
    expect(tabel()[2]).toEqual(['Totaal', '4.350,0', '1.415,0', '2.935,0', '733,8']);
  });

  it.each([['Opgave'], ['dekkingen']])('refuses when the workbook already has a sheet %s, and writes nothing', async (blad) => {
    const wb = new MemoryWorkbook({ [blad]: { values: [['mijn werk']] } });
    render(<App port={wb} nu={klok} />);
    kies('Voorbeeld invoegen');
    const bericht = await screen.findByText(/^Voorbeeld niet ingevoegd/);
    expect(bericht.textContent).toContain(`een blad '${blad}'`);
    expect(wb.applied).toEqual([]);
  });

  it('the notice can be closed', async () => {
    render(<App port={voorbeeld()} nu={klok} />);
    kies('Voorbeeld invoegen');
    await screen.findByText(/^Voorbeeld niet ingevoegd/);
    fireEvent.click(knop('Sluiten'));
    expect(screen.queryByText(/^Voorbeeld niet ingevoegd/)).toBeNull();
  });
});

describe('the key sheets', () => {
  it.each([
    ['Verdeelsleutels-blad toevoegen', 'Verdeelsleutels', ['Pijler', 'Onderdeel', 'Rijksaandeel'], 'Verdeelsleutels'],
    ['Perioden-blad toevoegen', 'Perioden', ['Periode', 'Eerste jaar', 'Laatste jaar'], 'Perioden'],
  ])('%s: the sheet with the values in force, read back as "uit werkmap"; once only', async (item, blad, koppen, tabelNaam) => {
    const wb = voorbeeld();
    render(<App port={wb} nu={klok} />);
    kies(item);
    await screen.findByText(new RegExp(`^Blad '${blad}' toegevoegd`));
    expect(['A3', 'B3', 'C3'].map((a) => wb.cell(blad, a).value)).toEqual(koppen);
    expect(wb.selected).toBe(`${blad}!A1`);
    await herbereken();
    fireEvent.click(knop('Uitgangspunten'));
    const bronnen = within(screen.getByRole('table', { name: tabelNaam }))
      .getAllByRole('row')
      .slice(1)
      .map((r) => cellen(r)[2]);
    expect(new Set(bronnen)).toEqual(new Set(['uit werkmap']));

    const writes = wb.applied.length;
    kies(item);
    expect((await screen.findByText(/^De werkmap heeft al een blad/)).textContent).toContain(`'${blad}'`);
    expect(wb.applied).toHaveLength(writes);
  });

  it('an existing sheet under its other accepted name counts too', async () => {
    const wb = voorbeeld(() => {}, { verdeelsleutel: { values: [['Pijler', 'Onderdeel', 'Rijksaandeel']] } });
    render(<App port={wb} nu={klok} />);
    kies('Verdeelsleutels-blad toevoegen');
    await screen.findByText(/^De werkmap heeft al een blad 'verdeelsleutel'/);
    expect(wb.applied).toEqual([]);
  });
});

describe('the messages list', () => {
  const melding = (ernst: Melding['ernst'], i: number): Melding => ({ ernst, blad: 'Opgave', cel: `E${i + 2}`, bericht: `${ernst} ${i}` });
  const metMeldingen = (meldingen: Melding[]) => createPaneStore({ bezig: false, laatste: { soort: 'fouten', meldingen } });

  it('groups Fouten, Waarschuwingen, Controles in that order whatever the order of the messages', async () => {
    const store = metMeldingen([melding('controle', 0), melding('waarschuwing', 1), melding('fout', 2), melding('controle', 3)]);
    render(<App port={voorbeeld()} store={store} nu={klok} />);
    await waitFor(() => expect(groepKoppen()).toEqual(['Fouten (1)', 'Waarschuwingen (1)', 'Controles (2)']));
  });

  it(`shows the first ${50} lines of a long group, and all of them on request`, async () => {
    const store = metMeldingen(Array.from({ length: 60 }, (_, i) => melding('fout', i)));
    render(<App port={voorbeeld()} store={store} nu={klok} />);
    const fouten = await screen.findByRole('region', { name: 'Fouten (60)' });
    expect(within(fouten).getAllByRole('listitem')).toHaveLength(50);
    fireEvent.click(within(fouten).getByRole('button', { name: 'Alle 60 fouten tonen' }));
    expect(within(fouten).getAllByRole('listitem')).toHaveLength(60);
    expect(within(fouten).getAllByRole('listitem')[59].textContent).toBe('Opgave!E61: fout 59');
  });

  it('renders workbook text as text, never as HTML', async () => {
    const store = metMeldingen([
      { ernst: 'fout', blad: 'Opgave', cel: 'C4', bericht: "onderdeel '<img src=x onerror=alert(1)>' is onbekend" },
    ]);
    const { container } = render(<App port={voorbeeld()} store={store} nu={klok} />);
    await screen.findByText(/<img src=x/);
    // the only image is the header's mark (Kop.tsx), none from the workbook's text
    expect(Array.from(container.querySelectorAll('img'), (img) => img.getAttribute('src'))).toEqual(['assets/icon-20.png']);
  });
});
