import { BEGIN, paneReducer, type PaneActie, type PaneState } from '../../../src/taskpane/state/paneState';
import { berekening, NU } from './berekening';
import { topSleutels, type Gevoelig } from '../../../src/taskpane/state/gevoeligheidState';
import { statusregel } from '../../../src/taskpane/state/statusregel';
import { Dec, type Gevoeligheid, type SleutelGevoeligheid } from '../../../src/engine';
import { NO_CHANGES } from '../../../src/workbook/port';

const gevoelig = (g: Gevoeligheid = { stappen: [], sleutels: [], scenarios: [] }): Gevoelig => ({
  tijd: NU,
  blad: 'NPLV Gevoeligheid',
  gevoeligheid: g,
  uitleg: () => undefined,
  rijVan: () => undefined,
});
const undoRun = { ...NO_CHANGES, writes: [{ sheet: 'Opgave', top: 1, left: 6, values: [[null]] }] };
const undoGevoeligheid = { ...NO_CHANGES, deleteSheets: ['NPLV Gevoeligheid'] };
const fout = { ernst: 'fout' as const, blad: 'Opgave', cel: 'D5', bericht: "'n.b.' is geen bedrag" };
const na = (...acties: PaneActie[]): PaneState => acties.reduce(paneReducer, BEGIN);

describe('the gevoeligheid in the pane state', () => {
  it("its undo replaces the run's; Ongedaan maken removes the gevoeligheid and leaves the run as it was", () => {
    const g = gevoelig();
    const state = na(
      { type: 'berekend', berekening, undo: undoRun },
      { type: 'gestart', wat: 'gevoeligheid berekenen' },
      { type: 'gevoeligheid', gevoelig: g, undo: undoGevoeligheid },
    );
    expect(state).toMatchObject({ bezig: false, undo: undoGevoeligheid, undoVan: 'gevoeligheid', gevoelig: g, laatste: berekening });
    const ongedaan = paneReducer(state, { type: 'ongedaan', tijd: NU });
    expect([ongedaan.gevoelig, ongedaan.undo, ongedaan.undoVan, ongedaan.ongedaanOm]).toEqual([undefined, undefined, undefined, undefined]);
    expect(statusregel(ongedaan)).toBe('Berekend om 09:05 — 20 opgaveregels, 14 dekkingsregels'); // the run is still in the workbook
  });

  it('a run after it keeps the gevoeligheid (its sheet stays), with the run’s own undo; errors end the busy spell and clear on success', () => {
    const g = gevoelig();
    const state = na({ type: 'gevoeligheid', gevoelig: g, undo: undoGevoeligheid }, { type: 'berekend', berekening, undo: undoRun });
    expect(state).toMatchObject({ gevoelig: g, undo: undoRun });
    expect(state.undoVan).toBeUndefined();
    const afgekeurd = na({ type: 'gestart' }, { type: 'gevoeligheid afgekeurd', meldingen: [fout] });
    expect(afgekeurd).toMatchObject({ bezig: false, gevoeligMeldingen: [fout] });
    expect(afgekeurd.undo).toBeUndefined();
    expect(paneReducer(afgekeurd, { type: 'gevoeligheid', gevoelig: g }).gevoeligMeldingen).toBeUndefined();
  });
});

describe('topSleutels', () => {
  const sleutel = (onderdeel: string, status: SleutelGevoeligheid['status'], d: number[] = []): SleutelGevoeligheid =>
    ({
      onderdeel,
      status,
      varianten: d.map((delta, i) => ({ stap: [-10, -5, 5, 10][i], delta: { totaalSaldering: new Dec(delta) } })),
    }) as unknown as SleutelGevoeligheid;

  it('the first five varied keys in the given order with their index, Δ at the largest step down and up; keys not varied left out', () => {
    const sleutels = [
      sleutel('a', 'gevarieerd', [-9, -4, 4, 9]),
      sleutel('pm', 'pm'),
      ...['b', 'c', 'd', 'e', 'f'].map((o) => sleutel(o, 'gevarieerd', [-1, -0.5, 0.5, 2])),
      sleutel('uit', 'scenarioUit'),
    ];
    const { d, sleutels: top } = topSleutels({ stappen: [-10, -5, 5, 10], sleutels, scenarios: [] });
    expect(d).toBe(10);
    expect(top.map((t) => [t.index, t.sleutel.onderdeel, t.omlaag?.toNumber(), t.omhoog?.toNumber()])).toEqual([
      [0, 'a', -9, 9],
      [2, 'b', -1, 2],
      [3, 'c', -1, 2],
      [4, 'd', -1, 2],
      [5, 'e', -1, 2],
    ]);
  });
});
