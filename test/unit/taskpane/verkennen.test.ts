import { runHerbereken } from '../../../src/taskpane/state/actions';
import { createPaneStore } from '../../../src/taskpane/state/store';
import { statusregel } from '../../../src/taskpane/state/statusregel';
import { verkenScenarios } from '../../../src/taskpane/state/verkennen';
import { klok, telLezingen, traag, voorbeeld } from './werkmappen';

const NAMEN = ['Funderingsherstel 1 mld', 'Funderingsherstel 1,5 mld', 'Wbi naar rato', 'AZWA'];

describe('verkenScenarios: the read before the first run', () => {
  it("puts the example's scenarios in the state, all off, and leaves the state line alone", async () => {
    const store = createPaneStore();
    await verkenScenarios({ port: voorbeeld(), store, nu: klok });
    const { verkend } = store.getState();
    expect(verkend?.map((s) => [s.naam, s.aan, s.opgaveRegels, s.dekkingRegels])).toEqual([
      [NAMEN[0], false, 2, 0],
      [NAMEN[1], false, 2, 0],
      [NAMEN[2], false, 0, 1],
      [NAMEN[3], false, 0, 1],
    ]);
    expect(statusregel(store.getState())).toBe('Nog niet berekend');
  });

  it('reads nothing while figures are on view: they name the scenarios already', async () => {
    const store = createPaneStore();
    const { port, lezingen } = telLezingen(voorbeeld());
    await runHerbereken({ port, store, nu: klok });
    await verkenScenarios({ port, store, nu: klok });
    expect(lezingen()).toBe(1); // the run's own
    expect(store.getState().verkend).toBeUndefined();
  });

  it("a run that started while it read has the newer list: the read's is dropped", async () => {
    const store = createPaneStore();
    const { port, verder } = traag(voorbeeld());
    const lezing = verkenScenarios({ port, store, nu: klok });
    store.dispatch({ type: 'gestart' });
    verder();
    await lezing;
    expect(store.getState().verkend).toBeUndefined();
  });

  it.each([
    ['wrote', voorbeeld],
    ['found errors', () => voorbeeld(({ Opgave }) => void (Opgave[4][3] = 'n.b.'))],
  ])("a run's outcome supersedes the list read before it: a run that %s", async (_uitkomst, werkmap) => {
    const store = createPaneStore();
    const env = { port: werkmap(), store, nu: klok };
    store.dispatch({ type: 'verkend', scenarios: [] });
    await runHerbereken(env);
    expect(store.getState().laatste).toBeDefined();
    expect(store.getState().verkend).toBeUndefined();
  });
});
