import { BEGIN, paneReducer, type PaneActie, type PaneState } from '../../../src/taskpane/state/paneState';
import { berekening, NU } from './berekening';
import { statusregel } from '../../../src/taskpane/state/statusregel';
import type { Vergeleken } from '../../../src/taskpane/state/versieState';
import { NO_CHANGES } from '../../../src/workbook/port';

const waarschuwing = {
  ernst: 'waarschuwing' as const,
  blad: '',
  cel: '',
  bericht: "periode '2036 t/m 2040' staat alleen in de nieuwe versie",
};
const vergeleken = (meldingen = [waarschuwing]): Vergeleken => ({
  versie: 'jan',
  tijd: NU,
  vergelijking: { perioden: [], wijzigingen: [], meldingen, versieMeldingen: [] },
  uitleg: () => undefined,
});
const undoRun = { ...NO_CHANGES, writes: [{ sheet: 'Opgave', top: 1, left: 6, values: [[null]] }] };
const undoVergelijking = { ...NO_CHANGES, deleteSheets: ['NPLV Vergelijking'] };
const versie = { label: 'jan', vastgelegd: '2026-11-22T08:05:00.000Z', formaat: 1, scenarios: [] };
const na = (...acties: PaneActie[]): PaneState => acties.reduce(paneReducer, BEGIN);

describe('the versions in the pane state', () => {
  it('a comparison that wrote: its undo replaces the run’s; Ongedaan maken removes the comparison and leaves the run as it was', () => {
    const v = vergeleken();
    const state = na(
      { type: 'berekend', berekening, undo: undoRun },
      { type: 'gestart' },
      { type: 'vergeleken', vergeleken: v, undo: undoVergelijking },
    );
    expect(state).toMatchObject({
      bezig: false,
      undo: undoVergelijking,
      undoVan: 'vergelijking',
      vergeleken: v,
      versieMeldingen: [waarschuwing],
      laatste: berekening,
    });
    const ongedaan = paneReducer(state, { type: 'ongedaan', tijd: NU });
    expect(ongedaan.vergeleken).toBeUndefined();
    expect(ongedaan.undo).toBeUndefined();
    expect(ongedaan.ongedaanOm).toBeUndefined();
    expect(statusregel(ongedaan)).toBe('Berekend om 09:05 — 20 opgaveregels, 14 dekkingsregels'); // the run is still in the workbook
  });

  it("a run after a comparison keeps the list and the comparison (its sheet stays); the run's undo is its own", () => {
    const v = vergeleken([]);
    const state = na(
      { type: 'versies', versies: [versie] },
      { type: 'vergeleken', vergeleken: v, undo: undoVergelijking },
      { type: 'berekend', berekening, undo: undoRun },
    );
    expect(state).toMatchObject({ versies: [versie], vergeleken: v, undo: undoRun });
    expect(state.undoVan).toBeUndefined();
    expect(state.versieMeldingen).toBeUndefined();
    expect(paneReducer(state, { type: 'ongedaan', tijd: NU }).ongedaanOm).toBe(NU);
  });

  it('the list read on opening leaves a run that is going busy; errors of the versions leave the run’s messages alone', () => {
    const fout = { ernst: 'fout' as const, blad: 'NPLV Versies', cel: 'D2', bericht: 'beschadigd' };
    const bezig = na({ type: 'gestart' }, { type: 'versies', versies: [versie] });
    expect(bezig).toMatchObject({ bezig: true, versies: [versie] });
    const afgekeurd = paneReducer(bezig, { type: 'versies afgekeurd', meldingen: [fout] });
    expect(afgekeurd).toMatchObject({ bezig: true, versies: [versie], versieMeldingen: [fout] });
    expect(afgekeurd.laatste).toBeUndefined();
    // A list read again without errors clears them.
    expect(paneReducer(afgekeurd, { type: 'versies', versies: [] }).versieMeldingen).toBeUndefined();
  });
});
