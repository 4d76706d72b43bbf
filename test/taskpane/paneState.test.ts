import { BEGIN, paneReducer, statusregel, type Berekening, type PaneActie, type PaneState } from '../../src/taskpane/paneState';
import type { Resultaat } from '../../src/engine';
import { NO_CHANGES } from '../../src/workbook/port';

const NU = new Date(2026, 10, 22, 9, 5);
const resultaat = { perioden: [], sleutels: [], periodenInGebruik: [], meldingen: [] } as unknown as Resultaat;
const berekening = (opgaveregels: number, dekkingsregels: number): Berekening => ({
  soort: 'berekend',
  tijd: NU,
  opgaveregels,
  dekkingsregels,
  resultaat,
  meldingen: [],
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
