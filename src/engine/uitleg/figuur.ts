import type { Dec } from '../decimal';
import { formatBedrag, formatPercentage } from '../format';
import type { Plek, Uitleg, UitlegDeel, UitlegTerm } from './types';

/** An explanation before it is given its subject and the scenarios. */
export type Figuur = Omit<Uitleg, 'onderwerp' | 'scenarios'>;

/** The explanations of a set of figures, each made only when asked for. */
export type Tabel<V extends string> = Record<V, () => Figuur>;

/** The explanations of the figures of one thing, with its name (`Nieuwbouw (landelijk) tot 2030`). */
export interface Uitgelegd<V extends string> {
  naam: string;
  tabel: Tabel<V>;
}

/** A value as the explanations write it: Dutch notation, a key as a percentage. */
export function getal(waarde: Dec, procent = false): string {
  return procent ? formatPercentage(waarde) : formatBedrag(waarde);
}

const tekstVan = (t: UitlegTerm) => getal(t.waarde, t.procent);

export function term(naam: string, waarde: Dec, extra: Partial<UitlegTerm> = {}): UitlegTerm {
  return { naam, waarde, delen: [], plekken: [], ...extra };
}

/** a + b + … of named terms (a figure over several perioden): one term is that term itself. */
export function optelling(termen: readonly UitlegTerm[], waarde: Dec): Figuur {
  return { formule: termen.map((t) => t.naam).join(' + '), ingevuld: termen.map(tekstVan).join(' + ') || '0', waarde, termen: [...termen] };
}

/** max(0; a − b) */
export function verschil(a: UitlegTerm, b: UitlegTerm, waarde: Dec): Figuur {
  return { formule: `max(0; ${a.naam} − ${b.naam})`, ingevuld: `max(0; ${tekstVan(a)} − ${tekstVan(b)})`, waarde, termen: [a, b] };
}

function bewerking(op: string, a: UitlegTerm, b: UitlegTerm, waarde: Dec, procent?: boolean): Figuur {
  return {
    formule: `${a.naam} ${op} ${b.naam}`,
    ingevuld: `${tekstVan(a)} ${op} ${tekstVan(b)}`,
    waarde,
    termen: [a, b],
    ...(procent && { procent }),
  };
}

/** a × b (a Rijksdeel) */
export const maal = (a: UitlegTerm, b: UitlegTerm, waarde: Dec) => bewerking('×', a, b, waarde);

/** a + b (a Totale dekking) */
export const plus = (a: UitlegTerm, b: UitlegTerm, waarde: Dec) => bewerking('+', a, b, waarde);

/** a / b (per jaar; an effective key, `procent`) */
export const gedeeld = (a: UitlegTerm, b: UitlegTerm, waarde: Dec, procent?: boolean) => bewerking('/', a, b, waarde, procent);

/** A part of a sum, with the factor of it that counts (`300/445`) and why. */
export interface Bijdrage extends Omit<UitlegDeel, 'deel'> {
  factor?: string;
  reden?: string;
}

/** A sum of parts: the term (its parts as delen) and the sum written out (`145 + 145`). */
export interface Som {
  term: UitlegTerm;
  tekst: string;
}

export function som(naam: string, waarde: Dec, bijdragen: readonly Bijdrage[], procent = false): Som {
  const delen: UitlegDeel[] = [];
  const teksten: string[] = [];
  for (const { factor, reden, ...deel } of bijdragen) {
    const bedragen = deel.bedragen.map((b) => getal(b, procent)).join(' + ');
    if (factor === undefined) {
      delen.push(deel);
      teksten.push(bedragen);
      continue;
    }
    delen.push({ ...deel, deel: `× ${factor}${reden ? ` (${reden})` : ''}` });
    teksten.push(`${deel.bedragen.length > 1 ? `(${bedragen})` : bedragen} × ${factor}`);
  }
  const tekst = teksten.length ? teksten.join(' + ') : '0';
  return { term: term(naam, waarde, { delen, ...(procent && { procent }) }), tekst };
}

/** A figure that is a sum: Σ … */
export function somFiguur(formule: string, s: Som): Figuur {
  return { formule, ingevuld: s.tekst, waarde: s.term.waarde, termen: [s.term], ...(s.term.procent && { procent: true }) };
}

/** Places without repeats, in their order. */
export function uniek(plekken: readonly Plek[]): Plek[] {
  const gezien = new Set<string>();
  return plekken.filter((p) => {
    const sleutel = `${p.blad}\0${p.cel}`;
    const nieuw = !gezien.has(sleutel);
    gezien.add(sleutel);
    return nieuw;
  });
}

/** Every cell a figure reads: its terms' own and their parts'. */
export const cellenVan = (f: Figuur): Plek[] => uniek(f.termen.flatMap((t) => [...t.plekken, ...t.delen.flatMap((d) => d.plekken)]));

/**
 * A figure as a term of another: a plain sum or cell is that term renamed; anything else is
 * its value, with its formula filled in as `bron` and the cells of its own terms.
 */
export function alsTerm(naam: string, f: Figuur): UitlegTerm {
  const [enige] = f.termen;
  if (f.termen.length === 1 && enige.waarde.eq(f.waarde)) return { ...enige, naam };
  const plekken = uniek(f.termen.flatMap((t) => t.plekken));
  return term(naam, f.waarde, { plekken, bron: f.ingevuld, ...(f.procent && { procent: true }) });
}
