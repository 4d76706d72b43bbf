import fc from 'fast-check';
import type { WorkbookPort } from '../../../src/workbook/port';
import { herbereken, ongedaanMaken, type HerberekenUitkomst } from '../../../src/workbook/recalculate';
import type { Adapter } from './adapter';
import { eigendom, type Plaats } from './eigen';
import { parameters, runs, tijd } from './runs';
import { verschillen, type Snapshot } from './snapshot';
import { kapotteWerkmap, leesbareWerkmap, willekeurigeWerkmap } from './willekeurig';
import type { Werkmap } from './werkmap';

const NU = new Date(2026, 10, 22, 14, 32);
const LATER = new Date(2026, 10, 23, 9, 5);

/** How many workbooks per property, and about how long one takes (for jest's timeout). */
export interface Aantal {
  runs: number;
  /** The share of NPLV_PROPERTY_RUNS this adapter gets at night. */
  gewicht?: number;
  msPerRun: number;
}

function gelijk(voor: Snapshot, na: Snapshot, wat: string, eigen?: Plaats): void {
  const anders = verschillen(voor, na, eigen);
  if (anders.length > 0) throw new Error(`${wat} (${anders.length} verschillen):\n${anders.slice(0, 20).join('\n')}`);
}

function geslaagd(u: HerberekenUitkomst, wat: string) {
  if (!u.ok) throw new Error(`${wat} gave errors: ${JSON.stringify(u.meldingen.slice(0, 5))}`);
  return u;
}

/** The columns of a header row the ownership check looks at. */
const KOPBREEDTE = 100;
const kopVan = (s: Snapshot) => (blad: string, adres: string) => s.cellen.get(`${blad}!${adres}`)?.value;

/** The five properties of issue #6 over random workbooks on one adapter. */
export function eigenschappen(adapter: Adapter, aantal: Aantal): void {
  const k = adapter.kenmerken;
  const n = runs(aantal.runs, aantal.gewicht);
  const eigenschap = (naam: string, werkmappen: fc.Arbitrary<Werkmap>, check: (w: Werkmap, port: WorkbookPort) => Promise<void>) =>
    it(
      naam,
      async () => {
        await fc.assert(fc.asyncProperty(werkmappen, async (w) => check(w, await adapter.maak(w))), parameters(n));
      },
      tijd(n, aantal.msPerRun),
    );

  describe(`random workbooks on the ${adapter.naam} adapter (${n} per property)`, () => {
    eigenschap('1. herbereken never throws: it gives a result, or its errors', willekeurigeWerkmap(k), async (_, port) => {
      const u = await herbereken(port, { nu: NU });
      if (!u.ok && (u.meldingen.length === 0 || u.meldingen.some((m) => m.ernst !== 'fout')))
        throw new Error(`not ok without errors: ${JSON.stringify(u.meldingen)}`);
    });

    eigenschap('2. with errors nothing at all is written: the whole workbook is as before', kapotteWerkmap(k), async (_, port) => {
      const voor = await adapter.snapshot(port);
      if ((await herbereken(port, { nu: NU })).ok) return;
      gelijk(voor, await adapter.snapshot(await adapter.heropen(port)), 'errors, and yet the workbook changed');
    });

    eigenschap('3. a run changes no cell, width, chart or sheet the add-in does not own', willekeurigeWerkmap(k), async (w, port) => {
      const voor = await adapter.snapshot(port);
      if (!(await herbereken(port, { nu: NU })).ok) return;
      const na = await adapter.snapshot(await adapter.heropen(port));
      gelijk(voor, na, 'a run changed what it does not own', eigendom(w, kopVan(na), KOPBREEDTE));
    });

    eigenschap('4. ongedaanMaken restores the workbook exactly, after a first and after a second run', leesbareWerkmap(k), async (_, port) => {
      const begin = await adapter.snapshot(port);
      const eerste = await herbereken(port, { nu: NU });
      if (!eerste.ok) return;
      let p = await adapter.heropen(port);
      const na1 = await adapter.snapshot(p);
      const tweede = geslaagd(await herbereken(p, { nu: LATER }), 'the second run');
      await ongedaanMaken(p, tweede.undo);
      p = await adapter.heropen(p);
      gelijk(na1, await adapter.snapshot(p), 'undo of the second run did not give back the first run’s workbook');
      await ongedaanMaken(p, eerste.undo);
      gelijk(begin, await adapter.snapshot(await adapter.heropen(p)), 'undo of the first run did not give back the workbook');
    });

    eigenschap('5. running twice gives the same workbook as running once', leesbareWerkmap(k), async (_, port) => {
      if (!(await herbereken(port, { nu: NU })).ok) return;
      const p = await adapter.heropen(port);
      const eenmaal = await adapter.snapshot(p);
      geslaagd(await herbereken(p, { nu: NU }), 'the second run');
      gelijk(eenmaal, await adapter.snapshot(await adapter.heropen(p)), 'a second run changed the workbook');
    });
  });
}
