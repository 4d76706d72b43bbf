import { bereken } from '../bereken/bereken';
import { sum, type Dec } from '../decimal';
import { formatBedrag, formatPercentage } from '../format';
import type { Invoer, OnderdeelCijfers, Opties } from '../types';
import type { Plek, Uitleg } from '../uitleg/types';
import { periodeKey } from '../invoer/perioden';
import { basisStand, type Niveau, type Stand } from './stand';
import { gevoeligheidTekst } from './tekst';
import { sleutelGroepen, type SleutelGroep } from './sleutelGroepen';
import type { GevoeligheidVeld } from './types';
import { groepInvoer, variant, VariantFout } from './variant';

/** A Δ cell of the gevoeligheid: one key, one step, one figure. */
export interface GevoeligheidDoel {
  periode: string;
  pijler: string;
  onderdeel: string;
  soort: 'onderdeel' | 'pijler';
  stap: number;
  veld: GevoeligheidVeld;
}

/** A line of the Uitleg with the cells it comes from (links in the pane). */
export interface UitlegRegel {
  tekst: string;
  plekken: Plek[];
}

const plekkenVan = (u: Uitleg | undefined): Plek[] =>
  (u?.termen ?? []).flatMap((t) => [...t.plekken, ...t.delen.flatMap((d) => d.plekken)]);
const uniek = (plekken: Plek[]) => [...new Map(plekken.map((p) => [`${p.blad}!${p.cel}`, p])).values()];
const rest = (a: Dec, b: Dec) => `max(0; ${formatBedrag(a)} − ${formatBedrag(b)})`;

// `max(0; 222,5 − 145) = 77,5 → max(0; 267 − 145) = 122`, with a word where the max holds it at 0.
function clamp(voorDeel: Dec, voorDek: Dec, voor: Dec, naDeel: Dec, naDek: Dec, na: Dec): string {
  const tekst = `${rest(voorDeel, voorDek)} = ${formatBedrag(voor)} → ${rest(naDeel, naDek)} = ${formatBedrag(na)}`;
  const [v, n] = [voorDeel.lt(voorDek), naDeel.lt(naDek)];
  return v || n ? `${tekst} ${gevoeligheidTekst.geklemd(v && n ? 'beide' : v ? 'voor' : 'na')}` : tekst;
}

/**
 * The Uitleg of a Δ cell (issue 19): the key before and after with its cells, the Rijksdeel
 * before and after with the opgave's cells, and each max(0; …) on the way to the figure — per
 * onderdeel (and gebied) and, for a pijler or the periode, by saldering — before and after,
 * saying which one clamped. Undefined when the input has errors or the key is not in use.
 */
export function gevoeligheidUitleg(invoer: Invoer, opties: Opties, doel: GevoeligheidDoel): UitlegRegel[] | undefined {
  const basis = bereken(invoer, opties);
  if (!basis.ok) return undefined;
  const { resultaat } = basis;
  const zelfde = (g: SleutelGroep) =>
    periodeKey(g.periode) === periodeKey(doel.periode) &&
    g.pijler === doel.pijler &&
    g.soort === doel.soort &&
    g.onderdeel === doel.onderdeel;
  const g = sleutelGroepen(invoer, resultaat).find(zelfde);
  const voor = resultaat.perioden.find((p) => periodeKey(p.periode) === periodeKey(doel.periode));
  if (!g || !voor || g.regels.length === 0) return undefined;
  const voorStand = basisStand(voor, g);
  let na: Stand;
  try {
    na = variant(groepInvoer(invoer, resultaat, g), voorStand, g, doel.stap, opties);
  } catch (e) {
    if (e instanceof VariantFout) return undefined;
    throw e;
  }
  const [ov, on] = [voorStand.onderdelen, na.onderdelen];
  const opgaveCellen = g.regels
    .map((r) => invoer.opgave[r.index].herkomst)
    .flatMap((h) => (h?.cellen.opgave ? [{ blad: h.blad, cel: h.cellen.opgave }] : []));
  const sleutelCellen = [
    ...(g.sleutelRij?.cellen.rijksaandeel ? [{ blad: g.sleutelRij.blad, cel: g.sleutelRij.cellen.rijksaandeel }] : []),
    ...g.regels.flatMap((r) => {
      const h = invoer.opgave[r.index].herkomst;
      return invoer.opgave[r.index].verdeelsleutel && h?.cellen.verdeelsleutel ? [{ blad: h.blad, cel: h.cellen.verdeelsleutel }] : [];
    }),
  ];
  const naam = g.soort === 'pijler' ? gevoeligheidTekst.pijlerSleutel(g.pijler) : g.onderdeel;
  const regels: UitlegRegel[] = [{ tekst: gevoeligheidTekst.kop(naam, doel, g.periode), plekken: [] }];
  const sleutels = (o: OnderdeelCijfers[]) => (o.length === 1 ? formatPercentage(o[0].verdeelsleutel) : '');
  regels.push({
    tekst: gevoeligheidTekst.sleutel(naam, sleutels(ov), sleutels(on), doel.stap, g.herkomst.includes('standaard')),
    plekken: uniek(sleutelCellen),
  });
  const som = (o: OnderdeelCijfers[], f: (x: OnderdeelCijfers) => Dec) => sum(o.map(f));
  // `445 × 50% = 222,5` for one onderdeel with one key; else the sum.
  const product = (o: OnderdeelCijfers[], waarde: Dec) =>
    o.length === 1 && !g.regels.some((r) => !r.sleutel.eq(g.regels[0].sleutel))
      ? `${formatBedrag(o[0].opgave)} × ${formatPercentage(o[0].verdeelsleutel)} = ${formatBedrag(waarde)}`
      : formatBedrag(waarde);
  regels.push({
    tekst: `${gevoeligheidTekst.rijksdeel(naam)}: ${product(
      ov,
      som(ov, (o) => o.rijksdeel),
    )} → ${product(
      on,
      som(on, (o) => o.rijksdeel),
    )}`,
    plekken: uniek(opgaveCellen),
  });
  ov.forEach((o, i) => {
    const n = on.find((x) => x.onderdeel === o.onderdeel && x.gebied === o.gebied) ?? on[i];
    const dekking = basis.uitleg({
      soort: 'onderdeel',
      periode: voor.periode,
      pijler: g.pijler,
      onderdeel: o.onderdeel,
      gebied: o.gebied,
      veld: 'rijksdekking',
    });
    const label = [o.onderdeel, o.gebied].filter((x) => x !== '').join(', ');
    regels.push({
      tekst: `${gevoeligheidTekst.restVan(label)}: ${clamp(o.rijksdeel, o.rijksdekking, o.restRijksopgave, n.rijksdeel, n.rijksdekking, n.restRijksopgave)}`,
      plekken: uniek(plekkenVan(dekking)),
    });
  });
  const niveau = (label: string, a: Niveau, b: Niveau) => {
    regels.push({
      tekst: `${gevoeligheidTekst.saldering(label)}: ${clamp(a.rijksdeel, a.rijksdekking, a.restRijksopgave, b.rijksdeel, b.rijksdekking, b.restRijksopgave)}`,
      plekken: [],
    });
    regels.push({
      tekst: `${gevoeligheidTekst.perOnderdeel(label)}: ${formatBedrag(a.restRijksopgavePerOnderdeel)} → ${formatBedrag(b.restRijksopgavePerOnderdeel)}`,
      plekken: [],
    });
  };
  niveau(g.pijler, voorStand.pijler, na.pijler);
  niveau(gevoeligheidTekst.totaal(g.periode), voorStand.totaal, na.totaal);
  return regels;
}
