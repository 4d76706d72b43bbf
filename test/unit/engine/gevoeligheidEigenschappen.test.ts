import fc from 'fast-check';
import {
  bereken,
  GEVOELIGHEID_VELDEN,
  Dec,
  gevoeligheid,
  type Invoer,
  type OpgaveInvoer,
  type PeriodeResultaat,
  type SleutelGevoeligheid,
  type Versiestand,
} from '../../../src/engine';
import { parameters, runs, tijd } from '../../robustness/properties/runs';
import { versie } from './vergelijkWillekeurig';

const RUNS = runs(120);

/**
 * Issue 19, properties over random workbooks (the generator of the comparison's properties:
 * two perioden, keys from the Verdeelsleutels table, from rows and from the defaults, gebieden,
 * scenarios on and off, dekking that often exceeds the opgave).
 */

// The defaults of MODEL.md, written down here again: the slow way knows the model's table, not the engine's.
const STANDAARD: Record<string, string> = {
  'fysiek|nieuwbouw': '0.5',
  'fysiek|herstructurering corporatievoorraad': '0.3',
  'fysiek|herstructurering particuliere voorraad': '0.7',
  'fysiek|leefomgeving': '0.75',
  'fysiek|bereikbaarheid en mobiliteit': '0.65',
  'sociaal-maatschappelijk|*': '0.75',
};
const naam = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** The slow way: the key each row has, from its own cell, the Verdeelsleutels table or the defaults; and whether that is the pijler's `*`. */
function sleutelVan(invoer: Invoer, r: OpgaveInvoer): { sleutel: Dec; pijlerSleutel: boolean } {
  if (r.verdeelsleutel) return { sleutel: r.verdeelsleutel, pijlerSleutel: false };
  const tabel = new Map(Object.entries(STANDAARD).map(([k, v]) => [k, new Dec(v)]));
  for (const s of invoer.verdeelsleutels ?? []) tabel.set(`${naam(s.pijler)}|${naam(s.onderdeel)}`, s.rijksaandeel);
  const eigen = tabel.get(`${naam(r.pijler)}|${naam(r.onderdeel)}`);
  return eigen ? { sleutel: eigen, pijlerSleutel: false } : { sleutel: tabel.get(`${naam(r.pijler)}|*`)!, pijlerSleutel: true };
}

const binnen = (k: Dec) => Dec.max(0, Dec.min(1, k));

/** The slow way: the whole workbook with the key typed into each of its rows that count, computed again in full. */
function langzaam(v: Versiestand, s: SleutelGevoeligheid, stap: number): PeriodeResultaat | undefined {
  const telt = (r: OpgaveInvoer) => !r.scenario || v.scenarios.includes(r.scenario);
  const opgave = v.invoer.opgave.map((r) => {
    const { sleutel, pijlerSleutel } = sleutelVan(v.invoer, r);
    const van = naam(r.periode) === naam(s.periode) && naam(r.pijler) === naam(s.pijler) && telt(r);
    const raak = van && (s.soort === 'pijler' ? pijlerSleutel : naam(r.onderdeel) === naam(s.onderdeel));
    return raak ? { ...r, verdeelsleutel: binnen(sleutel.plus(new Dec(stap).div(100))) } : r;
  });
  const u = bereken({ ...v.invoer, opgave }, { scenarios: v.scenarios });
  if (!u.ok) throw new Error(JSON.stringify(u.meldingen));
  return u.resultaat.perioden.find((p) => p.periode === s.periode);
}

function analyse(v: Versiestand, stappen: number[]) {
  const u = gevoeligheid(v.invoer, { scenarios: v.scenarios, stappen });
  if (!u.ok) throw new Error(JSON.stringify(u.meldingen));
  return u.gevoeligheid;
}

describe('gevoeligheid: properties over random workbooks', () => {
  it(
    'd = 0: every Δ of every key is 0',
    () => {
      let gevarieerd = 0;
      fc.assert(
        fc.property(versie, (v) => {
          for (const s of analyse(v, [0]).sleutels) {
            if (s.status === 'gevarieerd') gevarieerd++;
            for (const w of s.varianten) for (const d of Object.values(w.delta)) expect(d.toString()).toBe('0');
          }
        }),
        parameters(RUNS),
      );
      expect(gevarieerd).toBeGreaterThan(RUNS);
    },
    tijd(RUNS, 50),
  );

  it(
    'every variant is what the whole workbook gives with that key typed into its rows (the slow way)',
    () => {
      // How many variants were checked, of onderdeel and of pijler keys: both must have been at work.
      const geteld = { onderdeel: 0, pijler: 0 };
      fc.assert(
        fc.property(versie, fc.integer({ min: 0, max: 100 }), (v, d) => {
          for (const s of analyse(v, [d]).sleutels)
            for (const w of s.varianten) {
              geteld[s.soort]++;
              const p = langzaam(v, s, w.stap);
              const pijler = p?.pijlers.find((x) => x.pijler === s.pijler);
              const c = w.cijfers;
              expect([s.onderdeel, w.stap, c.totaalSaldering.toString(), c.totaalPerOnderdeel.toString()]).toEqual([
                s.onderdeel,
                w.stap,
                p?.totaal.restRijksopgave.toString(),
                p?.totaal.restRijksopgavePerOnderdeel.toString(),
              ]);
              expect([c.pijlerSaldering.toString(), c.pijlerPerOnderdeel.toString()]).toEqual([
                pijler?.restRijksopgave.toString(),
                pijler?.restRijksopgavePerOnderdeel.toString(),
              ]);
              const onderdelen = (pijler?.onderdelen ?? []).filter((o) => s.onderdelen.some((x) => naam(x) === naam(o.onderdeel)));
              const som = (f: (o: (typeof onderdelen)[number]) => Dec) => onderdelen.reduce((a, o) => a.plus(f(o)), new Dec(0));
              expect([c.rijksdeel.toString(), c.restOnderdeel.toString()]).toEqual([
                som((o) => o.rijksdeel).toString(),
                som((o) => o.restRijksopgave).toString(),
              ]);
            }
        }),
        parameters(RUNS),
      );
      expect(geteld.onderdeel).toBeGreaterThan(RUNS);
      expect(geteld.pijler).toBeGreaterThan(RUNS / 4);
    },
    tijd(RUNS, 150),
  );

  it(
    'Δ is monotone in d for every key and figure: never less at a larger step',
    () => {
      let gevarieerd = 0;
      fc.assert(
        fc.property(versie, fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 3 }), (v, ds) => {
          for (const s of analyse(v, ds).sleutels) {
            if (s.status !== 'gevarieerd') continue;
            gevarieerd++;
            const rij = [...s.varianten.map((w) => ({ stap: w.stap, delta: w.delta })), { stap: 0, delta: undefined }].sort(
              (a, b) => a.stap - b.stap,
            );
            for (const veld of GEVOELIGHEID_VELDEN.filter((x) => x !== 'sleutel')) {
              const waarden = rij.map((x) => x.delta?.[veld] ?? new Dec(0));
              for (let i = 1; i < waarden.length; i++) expect([veld, waarden[i].gte(waarden[i - 1])]).toEqual([veld, true]);
            }
          }
        }),
        parameters(RUNS),
      );
      expect(gevarieerd).toBeGreaterThan(RUNS);
    },
    tijd(RUNS, 80),
  );
});
