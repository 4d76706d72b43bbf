import fc from 'fast-check';
import { a1 } from '../../../src/sheet/address';
import type { WorkbookPort } from '../../../src/workbook/port';
import { herberekenWerkmap, ongedaanMaken } from '../../../src/workbook/herbereken';
import type { Adapter } from './adapter';
import { eigendom, isTotaalbeeld, type Plaats } from './eigen';
import { eigenschappen12 } from './eigenschappen12';
import { parameters, runs, tijd } from './runs';
import { ondergrens, telOp, verslag } from './telling';
import { ONBEKEND, pmCellen, telt } from './scenarios';
import { kapotteWerkmap, leesbareWerkmap, metKeuzes, scenarioWerkmap, willekeurigeWerkmap } from './willekeurig';
import { cijfers, dataRijen, geslaagd, gelijk, KOPBREEDTE, kopVan, pmAlsNul, vergelijkMetBasis, zonder } from './vergelijk';
import type { Werkmap } from './werkmap';

const NU = new Date(2026, 10, 22, 14, 32);
const LATER = new Date(2026, 10, 23, 9, 5);

/** How many workbooks per property, and about how long one takes (for jest's timeout). */
export interface Aantal {
  runs: number;
  /** The share of NPLV_PROPERTY_RUNS this adapter gets at night. */
  gewicht?: number;
  msPerRun: number;
  /** Runs of the properties of issue 7 (6 and 7) as a share of `runs`; default 1. */
  scenarioDeel?: number;
}

/**
 * The share of a property's runs that reach its assertion (telling.ts): of random workbooks
 * (half broken) this many give a result, of broken ones this many errors, of readable ones this
 * many a result. Set a little below the lowest share seen on any adapter over 300 and 600 runs
 * (docs/robustness.md: 25–38%, 80–86%, 45–62%), so that a sound property does not fail it at
 * any number of runs, while one that returns early on most runs always does. The runs of a
 * file must come close (`ondergrens`).
 */
const GEMETEN = { resultaat: 0.22, fouten: 0.75, leesbaar: 0.4 };

/** The seven properties over random workbooks on one adapter: the five of issue #6 (with scenarios on and off), and two of issue 7. */
export function eigenschappen(adapter: Adapter, aantal: Aantal): void {
  const k = adapter.kenmerken;
  const n = runs(aantal.runs, aantal.gewicht);
  const n7 = Math.max(1, Math.round(n * (aantal.scenarioDeel ?? 1)));
  // `check` says whether the run reached its assertion (see telling.ts); `gemeten` is the share measured, the runs must come close (`ondergrens`).
  const eigenschap = <G extends { w: Werkmap }>(
    naam: string,
    gevallen: fc.Arbitrary<G>,
    gemeten: number,
    check: (g: G, port: WorkbookPort) => Promise<boolean>,
    aantalRuns = n,
  ) =>
    it(
      naam,
      async () => {
        let [gedaan, bereikt] = [0, 0];
        const property = fc.asyncProperty(gevallen, async (g) => {
          const ja = await check(g, await adapter.maak(g.w));
          [gedaan, bereikt] = [gedaan + 1, bereikt + (ja ? 1 : 0)];
        });
        await fc.assert(property, parameters(aantalRuns));
        const minimum = ondergrens(gemeten, gedaan);
        telOp({ adapter: adapter.naam, eigenschap: naam, runs: gedaan, bereikt, minimum });
        expect(bereikt / gedaan).toBeGreaterThanOrEqual(minimum);
      },
      tijd(aantalRuns, aantal.msPerRun),
    );
  const willekeurig = metKeuzes(willekeurigeWerkmap(k));
  const leesbaar = metKeuzes(fc.oneof(leesbareWerkmap(k), scenarioWerkmap(k)));
  const metScenarios = metKeuzes(scenarioWerkmap(k));

  describe(`random workbooks on the ${adapter.naam} adapter (${n} per property; ${n7} for 6 and 7)`, () => {
    afterAll(() => console.log(`runs that reached the assertion, ${adapter.naam}:\n${verslag(adapter.naam)}`));

    eigenschap(
      '1. herbereken never throws: it gives a result, or its errors (an unknown scenario: errors)',
      willekeurig,
      GEMETEN.resultaat,
      async ({ a }, port) => {
        const u = await herberekenWerkmap(port, { nu: NU, scenarios: a });
        if (!u.ok && (u.meldingen.length === 0 || u.meldingen.some((m) => m.ernst !== 'fout')))
          throw new Error(`not ok without errors: ${JSON.stringify(u.meldingen)}`);
        if (u.ok && a.includes(ONBEKEND)) throw new Error(`scenario '${ONBEKEND}' is in no row, and yet a result`);
        return u.ok;
      },
    );

    eigenschap(
      '2. with errors nothing at all is written: the whole workbook is as before',
      metKeuzes(kapotteWerkmap(k)),
      GEMETEN.fouten,
      async ({ a }, port) => {
        const voor = await adapter.snapshot(port);
        if ((await herberekenWerkmap(port, { nu: NU, scenarios: a })).ok) return false;
        gelijk(voor, await adapter.snapshot(await adapter.heropen(port)), 'errors, and yet the workbook changed');
        return true;
      },
    );

    eigenschap(
      '3. a run changes no cell, width, chart or sheet the add-in does not own (with errors: nothing)',
      willekeurig,
      GEMETEN.resultaat,
      async ({ w, a }, port) => {
        const voor = await adapter.snapshot(port);
        const ok = (await herberekenWerkmap(port, { nu: NU, scenarios: a })).ok;
        const na = await adapter.snapshot(await adapter.heropen(port));
        if (!ok) gelijk(voor, na, 'errors, and yet the workbook changed');
        else gelijk(voor, na, 'a run changed what it does not own', eigendom(w, kopVan(na), KOPBREEDTE));
        return ok;
      },
    );

    eigenschap(
      '4. ongedaanMaken restores the workbook exactly, after a first run (scenarios A) and after a second (scenarios B)',
      leesbaar,
      GEMETEN.leesbaar,
      async ({ a, b }, port) => {
        const begin = await adapter.snapshot(port);
        const eerste = await herberekenWerkmap(port, { nu: NU, scenarios: a });
        if (!eerste.ok) return false;
        let p = await adapter.heropen(port);
        const na1 = await adapter.snapshot(p);
        const tweede = await herberekenWerkmap(p, { nu: LATER, scenarios: b });
        p = await adapter.heropen(p);
        if (tweede.ok) {
          await ongedaanMaken(p, tweede.undo);
          p = await adapter.heropen(p);
          gelijk(na1, await adapter.snapshot(p), 'undo of the second run did not give back the first run’s workbook');
        } else {
          // Only another choice of scenarios (a name no row holds) may make the second run fail; it then writes nothing.
          if (JSON.stringify(a) === JSON.stringify(b)) geslaagd(tweede, 'the second run');
          gelijk(na1, await adapter.snapshot(p), 'a second run with errors changed the workbook');
        }
        await ongedaanMaken(p, eerste.undo);
        gelijk(begin, await adapter.snapshot(await adapter.heropen(p)), 'undo of the first run did not give back the workbook');
        return true;
      },
    );

    eigenschap('5. running twice gives the same workbook as running once', leesbaar, GEMETEN.leesbaar, async ({ a }, port) => {
      if (!(await herberekenWerkmap(port, { nu: NU, scenarios: a })).ok) return false;
      const p = await adapter.heropen(port);
      const eenmaal = await adapter.snapshot(p);
      geslaagd(await herberekenWerkmap(p, { nu: NU, scenarios: a }), 'the second run');
      gelijk(eenmaal, await adapter.snapshot(await adapter.heropen(p)), 'a second run changed the workbook');
      return true;
    });

    eigenschap(
      '6. scenarios: a run (after one with other scenarios) writes what the base of the rows that count gives (by hand), and empty cells in the rows that do not',
      metScenarios,
      GEMETEN.leesbaar,
      async ({ w, a, b }, port) => {
        // First a run with other scenarios (B), so that cells it filled must be emptied.
        await herberekenWerkmap(port, { nu: NU, scenarios: b });
        const p = await adapter.heropen(port);
        const u = await herberekenWerkmap(p, { nu: NU, scenarios: a });
        if (!u.ok) return false;
        const fouten = vergelijkMetBasis(w, u, a, await adapter.snapshot(await adapter.heropen(p)));
        if (fouten.length > 0)
          throw new Error(`scenarios ${JSON.stringify(a)} (${fouten.length} verschillen):\n${fouten.slice(0, 20).join('\n')}`);
        return true;
      },
      n7,
    );

    eigenschap(
      '7. PM is 0: the same outcome and figures as with 0 in its cells, and one warning at each PM cell of a row that counts',
      metScenarios,
      GEMETEN.leesbaar,
      async ({ w, a }, port) => {
        const u = await herberekenWerkmap(port, { nu: NU, scenarios: a });
        const data = u.ok ? dataRijen(u.invoer) : undefined;
        const nul = pmAlsNul(w, data);
        const port0 = await adapter.maak(nul);
        const u0 = await herberekenWerkmap(port0, { nu: NU, scenarios: a });
        if (u.ok !== u0.ok)
          throw new Error(
            `with PM ${u.ok ? 'a result' : 'errors'}, with 0 ${u0.ok ? 'a result' : 'errors'}: ${JSON.stringify((u.ok ? u0 : u).meldingen.slice(0, 5))}`,
          );
        if (!u.ok || !u0.ok) {
          if (JSON.stringify(u.meldingen) !== JSON.stringify(u0.meldingen))
            throw new Error(
              `errors with PM differ from those with 0:\n${JSON.stringify(u.meldingen.slice(0, 5))}\n${JSON.stringify(u0.meldingen.slice(0, 5))}`,
            );
          return false;
        }
        if (cijfers(u.resultaat) !== cijfers(u0.resultaat)) throw new Error('the figures with PM differ from those with 0');
        const pm = pmCellen(w);
        // Left out: the PM cells themselves, and formulas (one may refer to a PM cell, and Excel recomputes it).
        const anders: Plaats = (blad, rij, kolom) =>
          isTotaalbeeld(blad) ||
          (rij !== undefined && kolom !== undefined && w.bladen.some((b) => b.name === blad && b.formulas[a1(rij, kolom)] !== undefined)) ||
          pm.some((p) => p.blad === blad && p.rij === rij && p.kolom + 1 === kolom);
        const na = await adapter.snapshot(await adapter.heropen(port));
        gelijk(await adapter.snapshot(await adapter.heropen(port0)), na, 'the sheets with PM differ from those with 0', anders);
        const weg = zonder(u0.resultaat.meldingen, u.resultaat.meldingen);
        if (weg.length > 0) throw new Error(`messages with 0 but not with PM: ${JSON.stringify(weg.slice(0, 5))}`);
        const extra = zonder(u.resultaat.meldingen, u0.resultaat.meldingen);
        const gekregen = extra.map((m) => `${m.ernst} ${m.blad}!${m.cel}`).sort();
        const verwacht = pm
          .filter((p) => data!.has(`${p.blad}!${p.rij}`) && telt(w, p.tabel, p.rij, a, na))
          .map((p) => `waarschuwing ${p.blad}!${p.adres}`)
          .sort();
        if (JSON.stringify(gekregen) !== JSON.stringify(verwacht))
          throw new Error(
            `PM warnings ${JSON.stringify(gekregen)}, expected one per PM cell of a row that counts: ${JSON.stringify(verwacht)}`,
          );
        return true;
      },
      n7,
    );

    eigenschappen12(adapter, (naam, gevallen, gemeten, check) => eigenschap(naam, gevallen, gemeten, check));
  });
}
