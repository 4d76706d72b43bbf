import fc from 'fast-check';
import {
  bereken,
  landelijk,
  REST_VELDEN,
  vergelijk,
  VERGELIJK_VELDEN,
  ZERO,
  type Knoop,
  type Resultaat,
  type Vergelijking,
  type Versiestand,
} from '../../../src/engine';
import { parameters, runs, tijd } from '../../robustness/properties/runs';
import { paar, SOORTEN, versie } from './vergelijkWillekeurig';

const RUNS = runs(150);

/**
 * Issue 17, properties over random pairs of versions: B is A with random edits of every kind
 * (opgave amount, dekking amount, dekking row added with a new bron or removed, a key of the
 * Verdeelsleutels table or of a row, opgave row added or removed, a scenario switched, a name
 * respelled).
 */

function vergelijking(a: Versiestand, b: Versiestand): Vergelijking {
  const u = vergelijk(a, b);
  if (!u.ok) throw new Error(JSON.stringify(u.meldingen));
  return u.vergelijking;
}

/** Every node with its path of names (normalized as the comparison matches them: case and spacing). */
function knopen(v: Vergelijking): Map<string, Knoop> {
  const uit = new Map<string, Knoop>();
  const sleutel = (...namen: string[]) => namen.map((n) => n.trim().toLowerCase().replace(/\s+/g, ' ')).join(' / ');
  for (const p of v.perioden) {
    uit.set(sleutel(p.naam), p);
    for (const x of p.pijlers) {
      uit.set(sleutel(p.naam, x.naam), x);
      for (const o of x.onderdelen) {
        uit.set(sleutel(p.naam, x.naam, o.naam), o);
        for (const g of o.gebieden) uit.set(sleutel(p.naam, x.naam, o.naam, `gebied ${g.naam}`), g);
      }
    }
  }
  return uit;
}

/** The figures a result gives each node, straight from `bereken` (onderdelen by `landelijk`, with their gebieden: '' the rows without one), as text. */
function figuren(r: Resultaat): Map<string, string> {
  const uit = new Map<string, string>();
  const sleutel = (...namen: string[]) => namen.map((n) => n.trim().toLowerCase().replace(/\s+/g, ' ')).join(' / ');
  const zet = (k: string, c: Record<string, unknown>) => {
    for (const veld of VERGELIJK_VELDEN) {
      const waarde = c[veld] ?? c[veld.replace('PerOnderdeel', '')];
      uit.set(`${k} | ${veld}`, String(waarde));
    }
  };
  for (const p of r.perioden) {
    zet(sleutel(p.periode), { ...p.totaal });
    for (const x of p.pijlers) {
      zet(sleutel(p.periode, x.pijler), { ...x });
      for (const { totaal, gebieden } of landelijk(x, p.jaren)) {
        zet(sleutel(p.periode, x.pijler, totaal.onderdeel), { ...totaal });
        for (const g of gebieden) zet(sleutel(p.periode, x.pijler, totaal.onderdeel, `gebied ${g.gebied}`), { ...g });
      }
    }
  }
  return uit;
}

function run(v: Versiestand): Resultaat {
  const u = bereken(v.invoer, { scenarios: v.scenarios });
  if (!u.ok) throw new Error(JSON.stringify(u.meldingen));
  return u.resultaat;
}

describe('vergelijk: properties over random pairs', () => {
  it(
    'the parts add up exactly to each Δ at every node and every rest field; only non-zero parts, in the order of substitution',
    () => {
      // How often each cause had a part somewhere: every kind of edit must have been at work.
      const gezien = new Map<string, number>();
      fc.assert(
        fc.property(paar(), ({ a, b }) => {
          for (const knoop of knopen(vergelijking(a, b)).values()) {
            for (const d of knoop.delen) gezien.set(d.oorzaak, (gezien.get(d.oorzaak) ?? 0) + 1);
            for (const veld of REST_VELDEN) {
              const som = knoop.delen.reduce((s, d) => s.plus(d.bedragen[veld]), ZERO);
              expect(som.toString()).toBe(knoop.cijfers[veld].verschil.toString());
            }
            for (const veld of VERGELIJK_VELDEN)
              expect(knoop.cijfers[veld].verschil.toString()).toBe(knoop.cijfers[veld].nieuw.minus(knoop.cijfers[veld].oud).toString());
            for (const d of knoop.delen) expect(REST_VELDEN.some((veld) => !d.bedragen[veld].isZero())).toBe(true);
            const volgorde = knoop.delen.map((d) => ['opgave', 'dekking', 'sleutels', 'structuur', 'scenarios'].indexOf(d.oorzaak));
            expect(volgorde).toEqual([...volgorde].sort((x, y) => x - y));
          }
        }),
        parameters(RUNS),
      );
      for (const oorzaak of ['opgave', 'dekking', 'sleutels', 'structuur', 'scenarios'])
        expect([oorzaak, (gezien.get(oorzaak) ?? 0) > 0]).toEqual([oorzaak, true]);
    },
    tijd(RUNS, 100),
  );

  it(
    'a version against itself: every Δ 0, no parts, no changes',
    () => {
      fc.assert(
        fc.property(versie, (a) => {
          const v = vergelijking(a, a);
          expect(v.wijzigingen).toEqual([]);
          for (const knoop of knopen(v).values()) {
            expect(knoop.delen).toEqual([]);
            expect(knoop.status).toBe('beide');
            for (const veld of VERGELIJK_VELDEN) expect(knoop.cijfers[veld].verschil.isZero()).toBe(true);
          }
        }),
        parameters(RUNS),
      );
    },
    tijd(RUNS, 100),
  );

  it(
    'A → B gives the negated Δ of B → A, node for node; toegevoegd one way is vervallen the other',
    () => {
      const omgekeerd = { beide: 'beide', toegevoegd: 'vervallen', vervallen: 'toegevoegd' };
      fc.assert(
        fc.property(paar(), ({ a, b }) => {
          const [heen, terug] = [knopen(vergelijking(a, b)), knopen(vergelijking(b, a))];
          expect([...terug.keys()].sort()).toEqual([...heen.keys()].sort());
          for (const [k, knoop] of heen) {
            const t = terug.get(k)!;
            expect(t.status).toBe(omgekeerd[knoop.status]);
            for (const veld of VERGELIJK_VELDEN)
              expect(t.cijfers[veld].verschil.neg().toString()).toBe(knoop.cijfers[veld].verschil.toString());
          }
        }),
        parameters(RUNS),
      );
    },
    tijd(RUNS, 100),
  );

  it(
    'the old and new figures of every node are those bereken gives A and B (the last state computes as B)',
    () => {
      fc.assert(
        fc.property(paar(), ({ a, b }) => {
          const [fa, fb] = [figuren(run(a)), figuren(run(b))];
          for (const [k, knoop] of knopen(vergelijking(a, b)))
            for (const veld of VERGELIJK_VELDEN) {
              expect(`${k} | ${veld}: ${knoop.cijfers[veld].oud.toString()}`).toBe(`${k} | ${veld}: ${fa.get(`${k} | ${veld}`) ?? '0'}`);
              expect(`${k} | ${veld}: ${knoop.cijfers[veld].nieuw.toString()}`).toBe(`${k} | ${veld}: ${fb.get(`${k} | ${veld}`) ?? '0'}`);
            }
        }),
        parameters(RUNS),
      );
    },
    tijd(RUNS, 100),
  );

  it(
    'without rows added or removed, the structure step changes nothing: amounts and keys were carried over in full',
    () => {
      const zonderStructuur = SOORTEN.filter((s) => s !== 'opgaveRij');
      fc.assert(
        fc.property(paar(zonderStructuur), ({ a, b }) => {
          for (const knoop of knopen(vergelijking(a, b)).values()) expect(knoop.delen.filter((d) => d.oorzaak === 'structuur')).toEqual([]);
        }),
        parameters(RUNS),
      );
    },
    tijd(RUNS, 100),
  );
});
