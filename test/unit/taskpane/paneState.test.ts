import { BEGIN, paneReducer, type Berekening, type PaneActie, type PaneState } from '../../../src/taskpane/state/paneState';
import { statusregel } from '../../../src/taskpane/state/statusregel';
import type { Resultaat } from '../../../src/engine';
import { NO_CHANGES } from '../../../src/workbook/port';

const NU = new Date(2026, 10, 22, 9, 5);
const resultaat = { perioden: [], sleutels: [], periodenInGebruik: [], meldingen: [], scenarios: [] } as unknown as Resultaat;
const berekening = (opgaveregels: number, dekkingsregels: number): Berekening => ({
  soort: 'berekend',
  tijd: NU,
  opgaveregels,
  dekkingsregels,
  nietMeegeteld: 0,
  resultaat,
  meldingen: [],
  eenheid: 'mln',
  weergave: { eenheid: 'mln', decimalen: 1 },
});
const fout = (cel: string) => ({ ernst: 'fout' as const, blad: 'Opgave', cel, bericht: 'x' });
const na = (...acties: PaneActie[]): PaneState => acties.reduce(paneReducer, BEGIN);
const undo = { ...NO_CHANGES, writes: [{ sheet: 'Opgave', top: 1, left: 6, values: [[null]] }] };

describe('statusregel', () => {
  it.each<[string, PaneState]>([
    ['Nog niet berekend', BEGIN],
    ['Berekend om 09:05 — 20 opgaveregels, 14 dekkingsregels', na({ type: 'berekend', berekening: berekening(20, 14), undo })],
    ['Berekend om 09:05 — 1 opgaveregel, 1 dekkingsregel', na({ type: 'berekend', berekening: berekening(1, 1), undo })],
    ['3 fouten — niets geschreven', na({ type: 'afgekeurd', meldingen: [fout('A1'), fout('A2'), fout('A3')] })],
    ['1 fout — niets geschreven', na({ type: 'afgekeurd', meldingen: [fout('A1')] })],
    [
      'Ongedaan gemaakt om 10:00 — de berekening van 09:05 staat niet meer in de werkmap',
      na({ type: 'berekend', berekening: berekening(20, 14), undo }, { type: 'ongedaan', tijd: new Date(2026, 10, 22, 10, 0) }),
    ],
  ])('%s', (regel, state) => expect(statusregel(state)).toBe(regel));
});

describe('paneReducer', () => {
  it('a run starts busy and drops the last notice, keeping the last result on screen meanwhile', () => {
    const voor = na(
      { type: 'berekend', berekening: berekening(20, 14), undo },
      { type: 'bericht', bericht: { soort: 'info', tekst: 'x' } },
    );
    const bezig = paneReducer(voor, { type: 'gestart' });
    expect(bezig).toEqual({ ...voor, bezig: true, bericht: undefined });
  });

  it('a run that wrote keeps its undo; a run with errors has none', () => {
    const geschreven = na({ type: 'gestart' }, { type: 'berekend', berekening: berekening(20, 14), undo });
    expect(geschreven.undo).toBe(undo);
    expect(geschreven.bezig).toBe(false);
    expect(paneReducer(geschreven, { type: 'afgekeurd', meldingen: [fout('A1')] }).undo).toBeUndefined();
  });

  it('undo is offered once', () => {
    const ongedaan = na({ type: 'berekend', berekening: berekening(20, 14), undo }, { type: 'ongedaan', tijd: NU });
    expect(ongedaan.undo).toBeUndefined();
    expect(ongedaan.laatste).toEqual(berekening(20, 14));
  });

  it('a new run forgets that the previous one was undone', () => {
    const weer = na(
      { type: 'berekend', berekening: berekening(20, 14), undo },
      { type: 'ongedaan', tijd: NU },
      { type: 'berekend', berekening: berekening(2, 2), undo },
    );
    expect(weer.ongedaanOm).toBeUndefined();
  });

  it('a notice ends a busy state (a failed run)', () => {
    expect(na({ type: 'gestart' }, { type: 'bericht', bericht: { soort: 'fout', tekst: 'mislukt' } }).bezig).toBe(false);
  });
});

describe('scenarios in the state line and the state', () => {
  const metScenarios = (scenarios: [string, boolean][], nietMeegeteld: number): Berekening => ({
    ...berekening(20, 15),
    nietMeegeteld,
    resultaat: { ...resultaat, scenarios: scenarios.map(([naam, aan]) => ({ naam, aan, opgaveRegels: 1, dekkingRegels: 0 })) },
  });

  it.each<[string, Berekening]>([
    [
      "Berekend om 09:05 met scenario Wbi naar rato — 20 opgaveregels, 15 dekkingsregels (5 regels in scenario's die uit staan)",
      metScenarios(
        [
          ['A', false],
          ['Wbi naar rato', true],
          ['B', false],
        ],
        5,
      ),
    ],
    [
      "Berekend om 09:05 met scenario's A, B en C — 20 opgaveregels, 15 dekkingsregels",
      metScenarios(
        [
          ['A', true],
          ['B', true],
          ['C', true],
        ],
        0,
      ),
    ],
    [
      'Berekend om 09:05 met scenario A — 20 opgaveregels, 15 dekkingsregels (1 regel in een scenario dat uit staat)',
      metScenarios(
        [
          ['A', true],
          ['B', false],
        ],
        1,
      ),
    ],
    [
      "Berekend om 09:05 — 20 opgaveregels, 15 dekkingsregels (2 regels in scenario's die uit staan)",
      metScenarios(
        [
          ['A', false],
          ['B', false],
        ],
        2,
      ),
    ],
  ])('%s', (regel, b) => expect(statusregel(na({ type: 'berekend', berekening: b, undo }))).toBe(regel));

  const geschreven = na({
    type: 'berekend',
    berekening: metScenarios(
      [
        ['A', true],
        ['B', false],
      ],
      1,
    ),
    undo,
  });
  const doorrekening = (scenarios: string[]) => ({
    scenarios,
    resultaat,
    meldingen: [],
    eenheid: 'mln' as const,
    weergave: { eenheid: 'mln' as const, decimalen: 1 },
  });

  it('a switch that differs from the written run is computed; back to it, nothing to compute', () => {
    expect(paneReducer(geschreven, { type: 'scenarios', scenarios: ['A', 'B'] }).rekent).toBe(true);
    expect(paneReducer(geschreven, { type: 'scenarios', scenarios: ['A'] }).rekent).toBe(false);
    expect(paneReducer(geschreven, { type: 'scenarios', scenarios: [' a '] }).rekent).toBe(false); // spelled otherwise, as the engine compares
  });

  it('a result for a choice changed since is dropped; the current one is kept, and a run keeps the choice', () => {
    const gekozen = na(
      {
        type: 'berekend',
        berekening: metScenarios(
          [
            ['A', true],
            ['B', false],
          ],
          1,
        ),
        undo,
      },
      { type: 'scenarios', scenarios: ['B'] },
    );
    expect(paneReducer(gekozen, { type: 'doorgerekend', doorrekening: doorrekening(['A', 'B']) })).toBe(gekozen);
    const klaar = paneReducer(gekozen, { type: 'doorgerekend', doorrekening: doorrekening(['B']) });
    expect([klaar.doorgerekend?.scenarios, klaar.rekent]).toEqual([['B'], false]);
    const weer = paneReducer(klaar, { type: 'berekend', berekening: berekening(20, 14), undo });
    expect([weer.scenarios, weer.doorgerekend]).toEqual([['B'], undefined]);
  });

  it('a result or failure for scenarios a run wrote since is dropped: the workbook has them', () => {
    const gekozen = na(
      {
        type: 'berekend',
        berekening: metScenarios(
          [
            ['A', true],
            ['B', false],
          ],
          1,
        ),
        undo,
      },
      { type: 'scenarios', scenarios: ['B'] },
    );
    const geschrevenB = paneReducer(gekozen, {
      type: 'berekend',
      berekening: metScenarios(
        [
          ['A', false],
          ['B', true],
        ],
        1,
      ),
      undo,
    });
    expect(paneReducer(geschrevenB, { type: 'doorgerekend', doorrekening: doorrekening(['B']) })).toBe(geschrevenB);
    expect(paneReducer(geschrevenB, { type: 'niet doorgerekend', scenarios: ['B'], bericht: { soort: 'fout', tekst: 'x' } })).toBe(
      geschrevenB,
    );
  });
});
