import { toJson } from '../../src/engine';
import { exact } from '../support/versies';
import { berekenWerkmap, herberekenWerkmap } from '../../src/workbook/herbereken';
import type { WorkbookChanges, WorkbookPort } from '../../src/workbook/port';
import { huidigeStand, versieLezen, versieVastleggen, versieVerwijderen, versiesLezen, VERSIES } from '../../src/workbook';
import type { Harness } from './contract';
import { fixture, NU, ok } from './contractFixture';

const LATER = new Date(Date.UTC(2026, 11, 2, 9, 30));
const JAN = 'Totaalbeeld jan 2026';

const edit = (sheet: string, cel: [number, number], value: string | number): WorkbookChanges => ({
  sheets: [],
  writes: [{ sheet, top: cel[0], left: cel[1], values: [[value]] }],
  deleteSheets: [],
});

function spied(port: WorkbookPort) {
  const [gelezen, applied]: [string[], WorkbookChanges[]] = [[], []];
  const spy: WorkbookPort = {
    sheetNames: () => port.sheetNames(),
    readSheets: (names, detail) => (gelezen.push(...names), port.readSheets(names, detail)),
    apply: (changes) => (applied.push(changes), port.apply(changes)),
    select: (blad, cel) => port.select(blad, cel),
  };
  return { spy, gelezen, applied };
}

/** Two versions: the seed as it is, then with Nieuwbouw tot 2030 (E2) 445 → 545. */
async function tweeVersies(harness: Harness) {
  const port = await harness.create(fixture());
  const voor = exact(ok(await berekenWerkmap(port)).invoer);
  expect(await versieVastleggen(port, JAN, { nu: NU })).toMatchObject({ ok: true });
  await port.apply(edit('Opgave', [2, 5], 545));
  const na = exact(ok(await berekenWerkmap(port)).invoer);
  expect(await versieVastleggen(port, 'Na nieuwbouw', { nu: LATER })).toMatchObject({ ok: true });
  return { port: await harness.reopen(port), voor, na };
}

const restopgaveTot2030 = (r: { perioden: { periode: string; totaal: { restopgave: number } }[] }) =>
  r.perioden.find((p) => p.periode === 'tot 2030')!.totaal.restopgave;

/** Recorded versions (issue 17) in the hidden NPLV Versies sheet, on every adapter. */
export function versiesContract(harness: Harness & { hidden(port: WorkbookPort, sheet: string): Promise<boolean> }): void {
  describe('recorded versions in NPLV Versies', () => {
    it('records two, lists them, reads them back exactly, removes one; the sheet is hidden', async () => {
      const { port, voor, na } = await tweeVersies(harness);
      expect(await versiesLezen(port)).toEqual({
        ok: true,
        versies: [
          { label: JAN, vastgelegd: NU.toISOString(), formaat: 1, scenarios: [] },
          { label: 'Na nieuwbouw', vastgelegd: '2026-12-02T09:30:00.000Z', formaat: 1, scenarios: [] },
        ],
      });
      expect(await harness.hidden(port, VERSIES)).toBe(true);
      const [oud, nieuw] = [await versieLezen(port, JAN), await versieLezen(port, 'na NIEUWBOUW')];
      if (!oud.ok || !nieuw.ok) throw new Error('not read');
      expect(exact(oud.versie.stand.invoer)).toEqual(voor);
      expect(exact(nieuw.versie.stand.invoer)).toEqual(na);
      expect(oud.versie.stand.invoer.opgave[0]).toMatchObject({
        onderdeel: 'Nieuwbouw',
        herkomst: { blad: 'Opgave', rij: 2, cellen: { opgave: 'E2' } },
      });
      expect([oud.versie.stand.invoer.opgave[0].opgave.toFixed(), nieuw.versie.stand.invoer.opgave[0].opgave.toFixed()]).toEqual([
        '445',
        '545',
      ]);
      // The hand-computed case: Nieuwbouw tot 2030 445 → 545 raises the restopgave tot 2030 by 100.
      expect(restopgaveTot2030(nieuw.versie.resultaat) - restopgaveTot2030(oud.versie.resultaat)).toBe(100);
      expect(await versieVerwijderen(port, JAN)).toEqual({ ok: true });
      const after = await harness.reopen(port);
      expect(await versiesLezen(after)).toMatchObject({ ok: true, versies: [{ label: 'Na nieuwbouw' }] });
      expect(await harness.hidden(after, VERSIES)).toBe(true);
      expect(await versieVerwijderen(after, 'Na nieuwbouw')).toEqual({ ok: true });
      expect(await after.sheetNames()).not.toContain(VERSIES);
    });

    it('recording writes the NPLV Versies sheet only, and refuses a label taken and a workbook with errors', async () => {
      const port = await harness.create(fixture());
      const { spy, applied } = spied(port);
      ok(await berekenWerkmap(port));
      expect(await versieVastleggen(spy, JAN, { nu: NU })).toMatchObject({ ok: true });
      expect(
        applied.map((c) => [c.sheets.map((s) => [s.name, s.hidden]), c.writes, c.deleteSheets, c.columnWidths ?? [], c.charts ?? []]),
      ).toEqual([[[[VERSIES, true]], [], [], [], []]]);
      expect(await versieVastleggen(spy, ' totaalbeeld JAN 2026 ', { nu: NU })).toEqual({
        ok: false,
        meldingen: [expect.objectContaining({ bericht: expect.stringContaining('er is al een versie') })],
      });
      await port.apply(edit('Opgave', [3, 5], 'veel'));
      const herberekend = await herberekenWerkmap(port, { nu: NU });
      expect(herberekend.ok).toBe(false);
      expect(await versieVastleggen(spy, 'Kapot', { nu: NU })).toEqual(herberekend);
      expect(applied).toHaveLength(1);
    });

    it('Herbereken never reads it: the same figures as without versions, a damaged sheet stops nothing', async () => {
      const { port } = await tweeVersies(harness);
      await port.apply(edit(VERSIES, [2, 4], '{"stand": kapot'));
      await port.apply(edit(VERSIES, [3, 3], 2));
      const { spy, gelezen } = spied(port);
      const metVersies = ok(await herberekenWerkmap(spy, { nu: NU }));
      expect(gelezen).not.toContain(VERSIES);
      const zonder = await harness.create(fixture());
      await zonder.apply(edit('Opgave', [2, 5], 545));
      expect(toJson(metVersies.resultaat)).toEqual(toJson(ok(await herberekenWerkmap(zonder, { nu: NU })).resultaat));
      const lijst = await versiesLezen(port);
      expect(lijst.ok).toBe(false);
      if (lijst.ok) return;
      expect(lijst.meldingen.map((m) => `${m.blad}!${m.cel}`)).toEqual([`${VERSIES}!D2`, `${VERSIES}!C3`]);
      expect(lijst.meldingen[0].bericht).toMatch(/^de vastgelegde inhoud is beschadigd \(geen geldige JSON/);
      expect(lijst.meldingen[1].bericht).toMatch(/^vastgelegd met een nieuwere versie van de invoegtoepassing \(formaat 2/);
      expect(await huidigeStand(port)).toMatchObject({ ok: true, stand: { scenarios: [] } });
    });
  });
}
