import fc from 'fast-check';
import { bereken, type Invoer, type Melding, type Resultaat } from '../../../src/engine';
import { a1, parseA1 } from '../../../src/workbook/address';
import { matchKey } from '../../../src/workbook/matchKey';
import { DEKKING_UITVOER, OPGAVE_UITVOER } from '../../../src/workbook/outputColumns';
import type { CellValue, WorkbookPort } from '../../../src/workbook/port';
import { herbereken, ongedaanMaken, type HerberekenUitkomst } from '../../../src/workbook/recalculate';
import { totaalbeeldLayout } from '../../../src/workbook/totaalbeeldLayout';
import type { Adapter } from './adapter';
import { eigendom, isTotaalbeeld, type Plaats } from './eigen';
import { eigenschappen12 } from './eigenschappen12';
import { parameters, runs, tijd } from './runs';
import { ondergrens, telOp, verslag } from './telling';
import { alleenMeegeteld, ONBEKEND, pmCellen, telt } from './scenarios';
import { verschillen, type Snapshot } from './snapshot';
import { kapotteWerkmap, leesbareWerkmap, metKeuzes, scenarioWerkmap, willekeurigeWerkmap } from './willekeurig';
import { kopie, type Werkmap } from './werkmap';

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

/** The columns of the header row of a table after a run that hold the add-in's headers: column (1-based) per header. */
function eigenKolommen(s: Snapshot, blad: string, kopRij: number, koppen: readonly { kop: string }[]): number[] {
  const kop = kopVan(s);
  const keys = Array.from({ length: KOPBREEDTE }, (_, i) => {
    const v = kop(blad, a1(kopRij, i + 1));
    return typeof v === 'string' ? matchKey(v) : undefined;
  });
  return koppen.map((k) => keys.indexOf(matchKey(k.kop)) + 1);
}

/**
 * Whether a cell of the Totaalbeeld is one of the add-in's: inside a block its last line names
 * (`Cellen van de add-in: A1:A2; A4:F10; A38 — …`, issue 12); the analyst's cells elsewhere stay.
 */
function eigenCellen(s: Snapshot, blad: string): (rij: number, kolom: number) => boolean {
  const lijn = [...s.cellen].find(([k, c]) => k.startsWith(`${blad}!A`) && typeof c.value === 'string' && c.value.startsWith('Cellen van de add-in:'));
  if (!lijn) return () => true;
  const blokken = String(lijn[1].value)
    .slice('Cellen van de add-in:'.length)
    .split(' — ')[0]
    .split(';')
    .map((b) => b.trim().split(':').map((a) => parseA1(a)!));
  return (rij, kolom) => blokken.some(([van, tot = van]) => rij >= van.row && rij <= tot.row && kolom >= van.column && kolom <= tot.column);
}

/** The Totaalbeeld's rows below its title lines (title, scenarios, unit) and above its last line, as values. */
function totaalbeeldRijen(s: Snapshot): CellValue[][] {
  const blad = s.bladen.find(isTotaalbeeld);
  if (!blad) throw new Error('no Totaalbeeld sheet');
  const grid: CellValue[][] = [];
  const eigen = eigenCellen(s, blad);
  for (const [key, cel] of s.cellen) {
    if (!key.startsWith(`${blad}!`) || cel.value === null) continue;
    const at = parseA1(key.slice(blad.length + 1))!;
    if (eigen(at.row, at.column)) ((grid[at.row - 1] ??= [])[at.column - 1] = cel.value);
  }
  const rows = Array.from(grid, (r) => Array.from(r ?? [], (v) => v ?? null));
  // Without the sheet's last line, which names the add-in's cells (issue 12), and the empty row above it.
  const lijn = rows.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Cellen van de add-in:'));
  return rows.slice(rows.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Bedragen in')) + 1, lijn < 0 ? undefined : lijn - 1);
}

// A row of values without its empty cells at the end; text '' is an empty cell (Excel and the package adapter read it so).
const zonderStaart = (r: readonly CellValue[]) => {
  const uit = r.map((v) => (v === '' ? null : v));
  while (uit.length > 0 && uit[uit.length - 1] === null) uit.pop();
  return uit;
};

/**
 * Property 6 (issue 7), by hand: the run with scenarios `a` writes, in the rows that count,
 * what `bereken` gives for the input with only those rows and no scenario at all (control
 * rows: their blocks of those rows); the rows that do not count get empty cells; the
 * Totaalbeeld below its title lines is that base's Totaalbeeld.
 */
function vergelijkMetBasis(w: Werkmap, u: Extract<HerberekenUitkomst, { ok: true }>, a: readonly string[], na: Snapshot): string[] {
  const hand = alleenMeegeteld(w, u.invoer, a, na);
  // Computed amounts in messages show the decimals of the written number format (issue 12: `#,##0.0` → 1).
  const basis = bereken(hand.invoer, { uitvoerDecimalen: /\.(0+)/.exec(u.eenheid.getalnotatie)?.[1].length ?? 0 });
  if (!basis.ok) return [`the input of the rows that count has errors: ${JSON.stringify(basis.meldingen.slice(0, 3))}`];
  const r = basis.resultaat;
  const fouten: string[] = [];
  const check = (blad: string, rij: number, kolom: number, verwacht: CellValue) => {
    if (kolom === 0) return void fouten.push(`${blad}: an output column is missing (row ${rij})`);
    const cel = na.cellen.get(`${blad}!${a1(rij, kolom)}`);
    const v = cel?.value ?? null;
    if (v !== verwacht || (verwacht === null && (cel?.formula ?? null) !== null))
      fouten.push(`${blad}!${a1(rij, kolom)}: ${JSON.stringify(v)}, expected ${JSON.stringify(verwacht)}`);
  };
  const { opgave, dekking } = w;
  const oKol = eigenKolommen(na, opgave.blad, opgave.kopRij, OPGAVE_UITVOER);
  const dKol = eigenKolommen(na, dekking.blad, dekking.kopRij, DEKKING_UITVOER);
  u.invoer.opgave.forEach((row, i) => {
    const j = hand.opgave.indexOf(i);
    OPGAVE_UITVOER.forEach((k, c) => check(opgave.blad, row.herkomst!.rij, oKol[c], j < 0 ? null : r.regels[j][k.veld].toNumber()));
  });
  u.invoer.dekking.forEach((row, i) => {
    const j = hand.dekking.indexOf(i);
    check(dekking.blad, row.herkomst!.rij, dKol[0], j < 0 ? null : r.totaleDekking[j].toNumber());
  });
  (u.invoer.controles ?? []).forEach((c, i) => {
    if (c.blad === 'opgave') OPGAVE_UITVOER.forEach((k, n) => check(opgave.blad, c.herkomst!.rij, oKol[n], r.controles[i][k.veld]?.toNumber() ?? null));
    else check(dekking.blad, c.herkomst!.rij, dKol[0], r.controles[i].totaleDekking.toNumber());
  });
  // The sheet lists the warnings of reading (issue 12: a formula computed, a header chosen) before the engine's messages.
  const lezen = zonder(u.meldingen, u.resultaat.meldingen);
  const verwacht = totaalbeeldLayout({ ...r, meldingen: [...lezen, ...r.meldingen] }, { berekendOm: '', bronnen: [], verdeelsleutels: 'standaard' }).rows;
  const rijen = verwacht.slice(verwacht.findIndex((x) => String(x.cells[0]).startsWith('Bedragen in')) + 1).map((x) => zonderStaart(x.cells));
  const gekregen = totaalbeeldRijen(na).map(zonderStaart);
  if (JSON.stringify(gekregen) !== JSON.stringify(rijen)) {
    const k = rijen.findIndex((x, n) => JSON.stringify(x) !== JSON.stringify(gekregen[n]));
    fouten.push(`Totaalbeeld, row ${k < 0 ? rijen.length : k} below the title lines: ${JSON.stringify(gekregen[k] ?? gekregen.slice(rijen.length))}, expected ${JSON.stringify(rijen[k] ?? [])}`);
  }
  return fouten;
}

// The figures of a result (everything but its messages).
const cijfers = (r: Resultaat) => JSON.stringify([r.perioden, r.regels, r.totaleDekking, r.controles, r.sleutels, r.periodenInGebruik, r.scenarios, r.nietMeegeteld]);

/** The messages of `meer` that `minder` has not (as a multiset). */
function zonder(meer: readonly Melding[], minder: readonly Melding[]): Melding[] {
  const rest = minder.map((m) => JSON.stringify(m));
  return meer.filter((m) => {
    const i = rest.indexOf(JSON.stringify(m));
    if (i < 0) return true;
    rest.splice(i, 1);
    return false;
  });
}

const dataRijen = (invoer: Invoer) =>
  new Set([...invoer.opgave, ...invoer.dekking].map((r) => `${r.herkomst!.blad}!${r.herkomst!.rij}`));

/** The workbook with each PM cell 0 (data rows: PM reads as 0), or empty (other rows, control rows: PM is no typed amount there). */
function pmAlsNul(w: Werkmap, data: Set<string> | undefined): Werkmap {
  const uit = kopie(w);
  for (const p of pmCellen(w)) {
    const b = uit.bladen.find((x) => x.name === p.blad)!;
    b.rows[p.rij - 1][p.kolom] = !data || data.has(`${p.blad}!${p.rij}`) ? 0 : null;
    delete b.formulas[p.adres];
    // A date format on the cell made PM no date, but would make 0 one (issue 12): 0 as typed in a cell of its own.
    delete b.numberFormats[p.adres];
  }
  return uit;
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
  const eigenschap = <G extends { w: Werkmap }>(naam: string, gevallen: fc.Arbitrary<G>, gemeten: number, check: (g: G, port: WorkbookPort) => Promise<boolean>, aantalRuns = n) =>
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

    eigenschap('1. herbereken never throws: it gives a result, or its errors (an unknown scenario: errors)', willekeurig, GEMETEN.resultaat, async ({ a }, port) => {
      const u = await herbereken(port, { nu: NU, scenarios: a });
      if (!u.ok && (u.meldingen.length === 0 || u.meldingen.some((m) => m.ernst !== 'fout')))
        throw new Error(`not ok without errors: ${JSON.stringify(u.meldingen)}`);
      if (u.ok && a.includes(ONBEKEND)) throw new Error(`scenario '${ONBEKEND}' is in no row, and yet a result`);
      return u.ok;
    });

    eigenschap('2. with errors nothing at all is written: the whole workbook is as before', metKeuzes(kapotteWerkmap(k)), GEMETEN.fouten, async ({ a }, port) => {
      const voor = await adapter.snapshot(port);
      if ((await herbereken(port, { nu: NU, scenarios: a })).ok) return false;
      gelijk(voor, await adapter.snapshot(await adapter.heropen(port)), 'errors, and yet the workbook changed');
      return true;
    });

    eigenschap('3. a run changes no cell, width, chart or sheet the add-in does not own (with errors: nothing)', willekeurig, GEMETEN.resultaat, async ({ w, a }, port) => {
      const voor = await adapter.snapshot(port);
      const ok = (await herbereken(port, { nu: NU, scenarios: a })).ok;
      const na = await adapter.snapshot(await adapter.heropen(port));
      if (!ok) gelijk(voor, na, 'errors, and yet the workbook changed');
      else gelijk(voor, na, 'a run changed what it does not own', eigendom(w, kopVan(na), KOPBREEDTE));
      return ok;
    });

    eigenschap('4. ongedaanMaken restores the workbook exactly, after a first run (scenarios A) and after a second (scenarios B)', leesbaar, GEMETEN.leesbaar, async ({ a, b }, port) => {
      const begin = await adapter.snapshot(port);
      const eerste = await herbereken(port, { nu: NU, scenarios: a });
      if (!eerste.ok) return false;
      let p = await adapter.heropen(port);
      const na1 = await adapter.snapshot(p);
      const tweede = await herbereken(p, { nu: LATER, scenarios: b });
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
    });

    eigenschap('5. running twice gives the same workbook as running once', leesbaar, GEMETEN.leesbaar, async ({ a }, port) => {
      if (!(await herbereken(port, { nu: NU, scenarios: a })).ok) return false;
      const p = await adapter.heropen(port);
      const eenmaal = await adapter.snapshot(p);
      geslaagd(await herbereken(p, { nu: NU, scenarios: a }), 'the second run');
      gelijk(eenmaal, await adapter.snapshot(await adapter.heropen(p)), 'a second run changed the workbook');
      return true;
    });

    eigenschap(
      '6. scenarios: a run (after one with other scenarios) writes what the base of the rows that count gives (by hand), and empty cells in the rows that do not',
      metScenarios,
      GEMETEN.leesbaar,
      async ({ w, a, b }, port) => {
        // First a run with other scenarios (B), so that cells it filled must be emptied.
        await herbereken(port, { nu: NU, scenarios: b });
        const p = await adapter.heropen(port);
        const u = await herbereken(p, { nu: NU, scenarios: a });
        if (!u.ok) return false;
        const fouten = vergelijkMetBasis(w, u, a, await adapter.snapshot(await adapter.heropen(p)));
        if (fouten.length > 0) throw new Error(`scenarios ${JSON.stringify(a)} (${fouten.length} verschillen):\n${fouten.slice(0, 20).join('\n')}`);
        return true;
      },
      n7,
    );

    eigenschap(
      '7. PM is 0: the same outcome and figures as with 0 in its cells, and one warning at each PM cell of a row that counts',
      metScenarios,
      GEMETEN.leesbaar,
      async ({ w, a }, port) => {
        const u = await herbereken(port, { nu: NU, scenarios: a });
        const data = u.ok ? dataRijen(u.invoer) : undefined;
        const nul = pmAlsNul(w, data);
        const port0 = await adapter.maak(nul);
        const u0 = await herbereken(port0, { nu: NU, scenarios: a });
        if (u.ok !== u0.ok) throw new Error(`with PM ${u.ok ? 'a result' : 'errors'}, with 0 ${u0.ok ? 'a result' : 'errors'}: ${JSON.stringify((u.ok ? u0 : u).meldingen.slice(0, 5))}`);
        if (!u.ok || !u0.ok) {
          if (JSON.stringify(u.meldingen) !== JSON.stringify(u0.meldingen))
            throw new Error(`errors with PM differ from those with 0:\n${JSON.stringify(u.meldingen.slice(0, 5))}\n${JSON.stringify(u0.meldingen.slice(0, 5))}`);
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
          throw new Error(`PM warnings ${JSON.stringify(gekregen)}, expected one per PM cell of a row that counts: ${JSON.stringify(verwacht)}`);
        return true;
      },
      n7,
    );

    eigenschappen12(adapter, (naam, gevallen, gemeten, check) => eigenschap(naam, gevallen, gemeten, check));
  });
}
