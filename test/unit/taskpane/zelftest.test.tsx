/** @jest-environment jsdom */
import './jsdomGlobals';
import React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/taskpane/components/App';
import { zelftestTekst, type ZelftestRapport } from '../../../src/workbook';
import { klok, voorbeeld } from './werkmappen';

/** A report made by hand: a step ok, one refused by Excel, one the host lacks, one whose checks found a difference. */
const RAPPORT: ZelftestRapport = {
  tijdstip: new Date(2026, 11, 3, 9, 15),
  host: 'Excel',
  platform: 'PC',
  versie: '16.0.17928.20114',
  addin: '0.1.0',
  vereisten: [
    { naam: 'ExcelApi', versie: '1.10', ondersteund: true },
    { naam: 'ExcelApi', versie: '1.11', ondersteund: true },
    { naam: 'ExcelApi', versie: '1.12', ondersteund: false },
    { naam: 'SharedRuntime', versie: '1.1', ondersteund: true },
  ],
  stappen: [
    { naam: 'Bladen en kopregels lezen', vereist: 'ExcelApi 1.1', uitkomst: { soort: 'ok', details: '2 bladen' }, syncs: 1, ms: 8.4 },
    {
      naam: 'Kolombreedtes',
      vereist: 'ExcelApi 1.2',
      uitkomst: { soort: 'fout', code: 'InvalidArgument', bericht: 'The argument is invalid or missing.', plaats: 'Range.format' },
      syncs: 1,
      ms: 12,
    },
    {
      naam: 'Rijen groeperen',
      vereist: 'ExcelApi 1.12',
      uitkomst: { soort: 'niet ondersteund', vereist: 'ExcelApi 1.12' },
      syncs: 0,
      ms: 0,
    },
    {
      naam: 'Aangepaste functies (NPLV.*)',
      vereist: 'SharedRuntime 1.1',
      uitkomst: { soort: 'afwijking', verschillen: ['NPLV.RESTOPGAVE: 77,5 verwacht, 0 gekregen'] },
      syncs: 2,
      ms: 41.6,
      onderdelen: [
        { naam: 'NPLV.RIJKSDEEL', uitkomst: { soort: 'ok', details: '222,5' } },
        { naam: 'NPLV.RESTOPGAVE', uitkomst: { soort: 'afwijking', verschillen: ['77,5 verwacht, 0 gekregen'] } },
      ],
    },
  ],
  blad: 'NPLV Zelftest',
  achtergelaten: false,
  geslaagd: false,
};

/** A list item's own text, without the lists inside it. */
function eigenTekst(li: HTMLElement): string {
  const kopie = li.cloneNode(true) as HTMLElement;
  kopie.querySelectorAll('ul, ol').forEach((l) => l.remove());
  return kopie.textContent ?? '';
}

const stappen = () => Array.from(screen.getByRole('list', { name: 'Stappen van de zelftest' }).children) as HTMLElement[];
/** The read on opening done: the example's scenarios listed. */
const geopend = () => screen.findByRole('region', { name: "Scenario's" });
const knop = (naam: string) => screen.getByRole('button', { name: naam });
const sectie = () => screen.getByRole('region', { name: 'Zelftest' });

/** The pane with a Zelftest that answers when `klaar` is called (or fails with `mislukt`). */
async function pane(rapport: ZelftestRapport = RAPPORT) {
  let klaar = () => {};
  let mislukt: (e: Error) => void = () => {};
  const zelftest = jest.fn(
    () =>
      new Promise<ZelftestRapport>((resolve, reject) => {
        klaar = () => resolve(rapport);
        mislukt = reject;
      }),
  );
  render(<App port={voorbeeld()} nu={klok} zelftest={zelftest} />);
  await geopend();
  fireEvent.click(knop('Meer acties'));
  fireEvent.click(screen.getByRole('menuitem', { name: 'Zelftest' }));
  return { zelftest, klaar: () => act(async () => klaar()), mislukt: (e: Error) => act(async () => mislukt(e)) };
}

function metKlembord(writeText: ((tekst: string) => Promise<void>) | undefined, copy: boolean) {
  Object.defineProperty(navigator, 'clipboard', { value: writeText && { writeText }, configurable: true });
  const execCommand = jest.fn((commando: string) => commando === 'copy' && copy);
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  return execCommand;
}

afterEach(() => {
  delete (navigator as { clipboard?: unknown }).clipboard;
  delete (document as { execCommand?: unknown }).execCommand;
});

describe('Zelftest under …', () => {
  it('runs once, busy meanwhile (state line, Herbereken and the menu disabled); then the report near the top', async () => {
    const { zelftest, klaar } = await pane();
    expect(zelftest).toHaveBeenCalledTimes(1);
    expect(screen.getAllByRole('status')[0].textContent).toBe('Bezig met de zelftest…');
    expect(knop('Bezig…').getAttribute('aria-disabled')).toBe('true');
    expect(knop('Meer acties').hasAttribute('disabled')).toBe(true);
    expect(screen.queryByRole('region', { name: 'Zelftest' })).toBeNull();
    await klaar();
    expect(screen.getAllByRole('status')[0].textContent).toBe('Nog niet berekend');
    expect(knop('Herbereken').getAttribute('aria-disabled')).toBeNull();
    // Steps 2 (refused), 3 (not supported) and 4 (a difference) are not good.
    expect(await within(sectie()).findByText('Zelftest niet geslaagd (3 van 4 stappen niet ok)')).toBeTruthy(); // MessageBar: a tick later
    expect(
      within(sectie()).getByText(
        'Host Excel, platform PC, Office-versie 16.0.17928.20114, ExcelApi 1.11, invoegtoepassing 0.1.0; 03-12-2026 09:15.',
      ),
    ).toBeTruthy();
    expect(stappen().map(eigenTekst)).toEqual([
      'Bladen en kopregels lezen: ok: 2 bladen · 1 sync, 8 ms',
      'Kolombreedtes: fout: InvalidArgument: The argument is invalid or missing. (plaats: Range.format) · 1 sync, 12 ms',
      'Rijen groeperen: niet ondersteund (vereist ExcelApi 1.12)',
      'Aangepaste functies (NPLV.*): afwijking: 1 verschil · 2 syncs, 42 ms',
    ]);
    const functies = stappen()[3];
    expect(within(functies).getAllByRole('list')[0].textContent).toBe('NPLV.RESTOPGAVE: 77,5 verwacht, 0 gekregen'); // the step's difference
    const onderdelen = within(functies).getByRole('list', { name: 'Onderdelen van Aangepaste functies (NPLV.*)' });
    const checks = Array.from(onderdelen.children) as HTMLElement[];
    expect(checks.map(eigenTekst)).toEqual(['NPLV.RIJKSDEEL: ok: 222,5', 'NPLV.RESTOPGAVE: afwijking: 1 verschil']);
    expect(
      within(checks[1])
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['77,5 verwacht, 0 gekregen']);
    expect(within(sectie()).queryByText(/kon niet worden verwijderd/)).toBeNull();
    expect(screen.getAllByRole('heading', { level: 2 })[0].textContent).toBe('Zelftest'); // above the figures and the switches
    expect(within(sectie()).getByText('Er wordt niets verstuurd: kopieer het rapport en mail het naar de beheerders.')).toBeTruthy();
  });

  it('all steps ok: geslaagd, and the count', async () => {
    const ok = {
      ...RAPPORT,
      geslaagd: true,
      stappen: RAPPORT.stappen.map((s) => ({ ...s, uitkomst: { soort: 'ok' as const }, onderdelen: undefined })),
    };
    const { klaar } = await pane(ok);
    await klaar();
    expect(await within(sectie()).findByText('Zelftest geslaagd (4 van 4 stappen ok)')).toBeTruthy();
    expect(stappen().map(eigenTekst)).toEqual([
      'Bladen en kopregels lezen: ok · 1 sync, 8 ms',
      'Kolombreedtes: ok · 1 sync, 12 ms',
      'Rijen groeperen: ok · 0 syncs, 0 ms',
      'Aangepaste functies (NPLV.*): ok · 2 syncs, 42 ms',
    ]);
  });

  it('a temporary sheet that could not be removed: the pane says so, and how to remove it', async () => {
    const { klaar } = await pane({ ...RAPPORT, achtergelaten: true });
    await klaar();
    expect((await within(sectie()).findByText(/^Het tijdelijke blad/)).textContent).toBe(
      "Het tijdelijke blad 'NPLV Zelftest' kon niet worden verwijderd. Verwijder het zelf: rechtsklik op een bladtab, Zichtbaar maken, kies 'NPLV Zelftest' en verwijder het.",
    );
  });

  it('Sluiten hides the report; the Zelftest can run again', async () => {
    const { klaar } = await pane();
    await klaar();
    fireEvent.click(within(sectie()).getByRole('button', { name: 'Zelftest sluiten' }));
    expect(screen.queryByRole('region', { name: 'Zelftest' })).toBeNull();
    fireEvent.click(knop('Meer acties'));
    expect(screen.getByRole('menuitem', { name: 'Zelftest' })).toBeTruthy();
  });

  it("a Zelftest that throws: a Dutch notice with Excel's message, no stack, and the pane free again", async () => {
    const { mislukt } = await pane();
    const e = new Error('Wait until the previous call completes.\n    at Excel.run (office.js:1:2)');
    await mislukt(e);
    const tekst = await within(sectie()).findByText(/^De zelftest kon niet worden uitgevoerd/);
    expect(tekst.textContent).toBe(
      'De zelftest kon niet worden uitgevoerd: Wait until the previous call completes.. Er is niets verstuurd; meld dit aan de beheerders met de versie van Excel.',
    );
    expect(sectie().textContent).not.toMatch(/ at |office\.js/);
    expect(screen.getAllByRole('status')[0].textContent).toBe('Nog niet berekend');
    expect(knop('Herbereken').getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(within(sectie()).getByRole('button', { name: 'Zelftest sluiten' }));
    expect(screen.queryByRole('region', { name: 'Zelftest' })).toBeNull();
  });

  it('is not offered where the entry gives no Zelftest', async () => {
    render(<App port={voorbeeld()} nu={klok} />);
    await geopend();
    fireEvent.click(knop('Meer acties'));
    expect(screen.getByRole('menuitem', { name: 'Voorbeeld invoegen' })).toBeTruthy();
    expect(screen.queryByRole('menuitem', { name: 'Zelftest' })).toBeNull();
  });
});

describe('Kopieer rapport', () => {
  async function kopieer() {
    const { klaar } = await pane();
    await klaar();
    const knop = within(sectie()).getByRole('button', { name: 'Kopieer rapport' });
    knop.focus(); // as a click does in a browser
    await act(async () => void fireEvent.click(knop)); // the copy awaits the clipboard
  }

  it("puts exactly the report's text on the clipboard", async () => {
    const writeText = jest.fn(async () => {});
    const execCommand = metKlembord(writeText, false);
    await kopieer();
    expect(await within(sectie()).findByText('Het rapport staat op het klembord.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText).toHaveBeenCalledWith(zelftestTekst(RAPPORT));
    expect(execCommand).not.toHaveBeenCalled();
    expect(screen.queryByRole('textbox', { name: 'Rapport als tekst' })).toBeNull();
  });

  it('without the Clipboard API: copied through a hidden field, which is gone afterwards', async () => {
    let gekopieerd: string | undefined;
    const execCommand = metKlembord(undefined, true);
    execCommand.mockImplementation((commando: string) => {
      const veld = document.activeElement as HTMLTextAreaElement;
      gekopieerd = veld.value.slice(veld.selectionStart, veld.selectionEnd);
      return commando === 'copy';
    });
    await kopieer();
    expect(await within(sectie()).findByText('Het rapport staat op het klembord.')).toBeTruthy();
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(gekopieerd).toBe(zelftestTekst(RAPPORT));
    expect(document.querySelectorAll('textarea')).toHaveLength(0);
    expect(document.activeElement).toBe(within(sectie()).getByRole('button', { name: 'Kopieer rapport' }));
  });

  it("both refused (Office's webview): the text selected in a read-only field, and how to copy it by hand", async () => {
    metKlembord(() => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')), false);
    await kopieer();
    const veld = (await within(sectie()).findByRole('textbox', { name: 'Rapport als tekst' })) as HTMLTextAreaElement;
    expect(veld.value).toBe(zelftestTekst(RAPPORT));
    expect(veld.readOnly).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(veld));
    expect([veld.selectionStart, veld.selectionEnd]).toEqual([0, veld.value.length]);
    expect(within(sectie()).getByRole('alert').textContent).toBe(
      'Kopiëren naar het klembord is hier niet toegestaan. Selecteer de tekst en kopieer met Ctrl+C (op een Mac: Cmd+C).',
    );
    expect(within(sectie()).queryByText('Het rapport staat op het klembord.')).toBeNull();
  });
});
