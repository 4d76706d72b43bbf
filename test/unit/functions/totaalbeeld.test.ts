import fc from 'fast-check';
import { bereken, scenarioKeuze } from '../../../src/engine';
import { berekenTabellen } from '../../../src/functions/totaalbeeld';
import { ArgumentFout } from '../../../src/functions/fail';
import { readInput, type SheetGrid } from '../../../src/workbook';
import { parameters, runs } from '../../robustness/properties/runs';
import { DEKKING_SCENARIOS, OPGAVE_SCENARIOS } from './seedTables';

type Tabel = (string | number | null)[][];

const grid = (name: string, m: Tabel): SheetGrid => ({
  name,
  top: 1,
  left: 1,
  values: m.map((r) => r.map((v) => (v === '' ? null : v))),
  formulas: m.map((r) => r.map(() => null)),
  numberFormats: m.map((r) => r.map(() => 'General')),
});

/** What the tables and the scenarios give: the periods' figures, or the error's code and message. */
function uitkomst(opgave: Tabel, dekking: Tabel, scenarios: string[]): unknown {
  try {
    return berekenTabellen(opgave, dekking, scenarios).perioden.map((p) => [p.periode, p.totaal.restopgave.toString()]);
  } catch (e) {
    if (!(e instanceof ArgumentFout)) throw e;
    return [e.code, e.message];
  }
}

const NAMEN = ['Wbi naar rato', 'AZWA', 'Funderingsherstel 1 mld', 'Funderingsherstel 1,5 mld', ' azwa ', 'Wbi', 'onbekend', '2030'];

// A table with one amount in error (negative), or unchanged.
const metFout = (t: Tabel, rij: number | null): Tabel =>
  rij === null ? t : t.map((r, i) => (i === rij ? r.map((v, c) => (c === 3 ? -1 : v)) : r));

describe('NPLV.TOTAALBEELD and SCENARIO: the scenarios asked of the engine only when there are errors', () => {
  it('a computation without errors has no unknown scenario: bereken reports each as an error', () => {
    fc.assert(
      fc.property(fc.subarray(NAMEN), (scenarios) => {
        const invoer = readInput([grid('Opgave', OPGAVE_SCENARIOS), grid('Dekking', DEKKING_SCENARIOS)]).invoer;
        const fouten = scenarioKeuze(invoer, scenarios).fouten;
        const u = bereken(invoer, { scenarios });
        if (u.ok) expect(fouten).toEqual([]);
        else for (const f of fouten) expect(u.meldingen.map((m) => m.bericht)).toContain(f.bericht);
      }),
      parameters(runs(60)),
    );
  });

  it('gives the figures, #N/A for unknown scenarios and #VALUE! for errors in the tables as before', () => {
    expect(uitkomst(OPGAVE_SCENARIOS, DEKKING_SCENARIOS, ['AZWA'])).toEqual([
      ['tot 2030', '2874'],
      ['2030 t/m 2035', '4130'],
    ]);
    expect(uitkomst(OPGAVE_SCENARIOS, DEKKING_SCENARIOS, ['AZWA', 'Wbi'])).toEqual([
      'notAvailable',
      expect.stringMatching(/^scenario 'Wbi' komt in geen regel voor/),
    ]);
    expect(uitkomst(metFout(OPGAVE_SCENARIOS, 1), DEKKING_SCENARIOS, ['Wbi'])).toEqual([
      'invalidValue',
      expect.stringMatching(/^de tabel bevat een fout: Opgave!D2: /),
    ]);
  });

  it('with errors in the tables or not, any scenarios: #VALUE! before #N/A, one message each', () => {
    fc.assert(
      fc.property(fc.subarray(NAMEN), fc.constantFrom(null, 1, 5), (scenarios, rij) => {
        const u = uitkomst(metFout(OPGAVE_SCENARIOS, rij), DEKKING_SCENARIOS, scenarios);
        const onbekend = scenarios.filter((s) => ['Wbi', 'onbekend', '2030'].includes(s));
        if (rij !== null) expect(u).toEqual(['invalidValue', expect.stringMatching(/^de tabel bevat een fout: Opgave!D/)]);
        else if (onbekend.length > 0) expect(u).toEqual(['notAvailable', expect.stringContaining(`scenario '${onbekend[0]}'`)]);
        else expect((u as unknown[]).map((p) => Array.isArray(p) && p.length)).toEqual([2, 2]);
      }),
      parameters(runs(60)),
    );
  });
});
