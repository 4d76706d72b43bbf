import type { Dec } from '../decimal';
import { landelijk, perGebied } from '../overzicht';
import { normalize, onderdeelKey } from '../names';
import type { Invoer, OnderdeelCijfers } from '../types';
import { jarenTerm } from './bronnen';
import { alsTerm, type Bijdrage, cellenVan, type Figuur, gedeeld, getal, som, somFiguur, type Tabel, type Uitgelegd } from './figuur';
import type { OnderdeelPlaats, PeriodePlaats, PijlerPlaats } from './plaatsen';
import { onderdeelTabel, sleutelFiguur, TERM } from './onderdeel';
import type { GebiedVeld, OnderdeelVeld } from './types';

/** The figures of an onderdeel that add up over gebieden and over onderdelen (overzicht.ts). */
type Optelbaar = Exclude<GebiedVeld, 'jaarlijkseRestopgave' | 'jaarlijkseRestRijksopgave'>;
const OPTELBAAR: readonly Optelbaar[] = [
  'opgave',
  'rijksdeel',
  'dekking',
  'rijksdekking',
  'restopgave',
  'restRijksopgave',
  'overschot',
  'rijksoverschot',
];

/** Restopgave and overschot are each part's own: a sum of them nets nothing between the parts. */
const EIGEN: ReadonlySet<string> = new Set(['restopgave', 'restRijksopgave', 'overschot', 'rijksoverschot']);

/** `Zuid`; onderdelen without a gebied as such. */
export const gebiedNaam = (gebied: string) => gebied || '(geen gebied)';

/** An onderdeel's figure as a part of a sum: how it was made when it is no plain sum, and the cells it reads. */
function deelVan(invoer: Invoer, plaats: OnderdeelPlaats, veld: Optelbaar, label: string): Bijdrage {
  const f = onderdeelTabel(invoer, plaats)[veld]();
  const berekening = f.formule.startsWith('Σ') || f.ingevuld === getal(f.waarde) ? undefined : f.ingevuld;
  return { label, bedragen: [plaats.onderdeel[veld]], plekken: cellenVan(f), ...(berekening && { berekening }) };
}

interface Over {
  /** The parts: `de gebieden`. */
  delen: string;
  /** What a restopgave is taken per: `gebied`. */
  per: string;
  /** What the dekking leaves out, if anything. */
  dekking?: string;
}

/** Σ of each field over onderdelen (of one onderdeel in its gebieden, or of one gebied), each part with its cells. */
function somTabel(
  invoer: Invoer,
  delen: readonly { plaats: OnderdeelPlaats; label: string }[],
  cijfers: Record<Optelbaar, Dec>,
  over: Over,
): Tabel<Optelbaar> {
  const noot = (veld: Optelbaar) =>
    EIGEN.has(veld)
      ? `per ${over.per}: geen saldering tussen ${over.delen}`
      : veld === 'dekking' || veld === 'rijksdekking'
        ? over.dekking
        : undefined;
  const figuur = (veld: Optelbaar): Figuur => {
    const s = som(
      TERM[veld],
      cijfers[veld],
      delen.map((d) => deelVan(invoer, d.plaats, veld, d.label)),
    );
    const n = noot(veld);
    // The note is the term's bron, so that the lines of text (uitlegRegels) show it.
    if (n) s.term.bron = n;
    return somFiguur(`Σ ${TERM[veld]} van ${over.delen}${n ? ` (${n})` : ''}`, s);
  };
  return Object.fromEntries(OPTELBAAR.map((v) => [v, () => figuur(v)])) as Tabel<Optelbaar>;
}

/** The places of a pijler's onderdelen (the groups and the result in the same order), those that `kies` keeps. */
function onderdelen(plaats: PijlerPlaats, kies: (o: OnderdeelCijfers) => boolean): OnderdeelPlaats[] {
  return plaats.pijlerResultaat.onderdelen.flatMap((onderdeel, k) =>
    kies(onderdeel) ? [{ ...plaats, groep: plaats.pijler.groepen[k], onderdeel }] : [],
  );
}

/** Tabel 6/9/13: an onderdeel over all its gebieden (overzicht.ts `landelijk`); undefined when the pijler has no such onderdeel. */
export function landelijkTabel(invoer: Invoer, plaats: PijlerPlaats, onderdeel: string): Uitgelegd<OnderdeelVeld> | undefined {
  const l = landelijk(plaats.pijlerResultaat, plaats.resultaat.jaren).find(
    (x) => onderdeelKey(x.totaal.onderdeel) === onderdeelKey(onderdeel),
  );
  if (!l) return undefined;
  const gebieden = onderdelen(plaats, (o) => l.gebieden.includes(o));
  const naam = (o: OnderdeelPlaats) => gebiedNaam(o.onderdeel.gebied);
  const t = (veld: OnderdeelVeld) => alsTerm(TERM[veld], f[veld]());
  const f: Tabel<OnderdeelVeld> = {
    ...somTabel(
      invoer,
      gebieden.map((g) => ({ plaats: g, label: naam(g) })),
      l.totaal,
      { delen: 'de gebieden', per: 'gebied' },
    ),
    verdeelsleutel: () => {
      const sleutels = gebieden.map((g) => ({
        label: naam(g),
        term: alsTerm(TERM.verdeelsleutel, onderdeelTabel(invoer, g).verdeelsleutel()),
      }));
      return sleutelFiguur(sleutels, l.totaal.verdeelsleutel, t, 'gebieden');
    },
    jaarlijkseRestopgave: () => gedeeld(t('restopgave'), jarenTerm(invoer, plaats.periode.def), l.totaal.jaarlijkseRestopgave),
  };
  return { naam: `${l.totaal.onderdeel} (landelijk) ${plaats.periode.def.periode}`, tabel: f };
}

/**
 * A gebied in a periode, over all pijlers or one (overzicht.ts `perGebied`): Σ over its
 * onderdelen, restopgave per onderdeel; dekking at pillar level lies in no gebied. Undefined
 * when the gebied has no onderdeel there.
 */
export function gebiedTabel(
  invoer: Invoer,
  plaats: PeriodePlaats,
  gebied: string,
  pijler?: PijlerPlaats,
): Uitgelegd<GebiedVeld> | undefined {
  const cijfers = perGebied(plaats.resultaat, pijler?.pijlerResultaat.pijler).find((g) => normalize(g.gebied) === normalize(gebied));
  if (!cijfers) return undefined;
  const pijlers = pijler
    ? [pijler]
    : plaats.periode.pijlers.map((p, j) => ({ ...plaats, pijler: p, pijlerResultaat: plaats.resultaat.pijlers[j] }));
  const delen = pijlers.flatMap((p) => onderdelen(p, (o) => normalize(o.gebied) === normalize(gebied)));
  const jaren = jarenTerm(invoer, plaats.periode.def);
  const t = (veld: GebiedVeld) => alsTerm(TERM[veld], f[veld]());
  const f: Tabel<GebiedVeld> = {
    ...somTabel(
      invoer,
      delen.map((d) => ({ plaats: d, label: d.onderdeel.onderdeel })),
      cijfers,
      {
        delen: 'de onderdelen van het gebied',
        per: 'onderdeel',
        dekking: 'dekking op pijlerniveau ligt in geen gebied en telt hier niet mee',
      },
    ),
    jaarlijkseRestopgave: () => gedeeld(t('restopgave'), jaren, cijfers.jaarlijkseRestopgave),
    jaarlijkseRestRijksopgave: () => gedeeld(t('restRijksopgave'), jaren, cijfers.jaarlijkseRestRijksopgave),
  };
  const waar = pijler ? `, ${pijler.pijlerResultaat.pijler}` : '';
  return { naam: `gebied ${gebiedNaam(cijfers.gebied)}${waar} ${plaats.periode.def.periode}`, tabel: f };
}
