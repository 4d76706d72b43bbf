import { berekenWerkmap } from '../../../src/workbook/herbereken';
import { voorbeeld, klok } from '../taskpane/werkmappen';

// The example's Wbi naar rato adds Rijksfinanciering 43 to Nieuwbouw 2030 t/m 2035 (voorbeeld.json);
// golden.json's base has Rijksdekking 100 in the total of that periode.
describe('the base beside a scenario run', () => {
  it('is computed only when asked for (the pane), not for the command line or the ribbon', async () => {
    const zonder = await berekenWerkmap(voorbeeld(), { nu: klok(), scenarios: ['Wbi naar rato'] });
    const met = await berekenWerkmap(voorbeeld(), { nu: klok(), scenarios: ['Wbi naar rato'], metBasis: true });
    if (!zonder.ok || !met.ok) throw new Error('the example has errors');
    expect(zonder.basis).toBeUndefined();
    const rijksdekking = (r: typeof met.resultaat) => r.perioden.find((p) => p.periode === '2030 t/m 2035')!.totaal.rijksdekking.toNumber();
    expect([rijksdekking(met.basis!), rijksdekking(met.resultaat)]).toEqual([100, 143]);
  });

  it('is not computed without a scenario on: the result is the base', async () => {
    const uitkomst = await berekenWerkmap(voorbeeld(), { nu: klok(), scenarios: [], metBasis: true });
    expect(uitkomst.ok && uitkomst.basis).toBeUndefined();
  });
});
