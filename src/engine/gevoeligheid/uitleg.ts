import type { Dec } from '../decimal';
import { formatBedrag, formatPercentage } from '../format';
import type { Invoer, OnderdeelCijfers, Opties, Uitkomst } from '../types';
import type { Plek, Uitleg } from '../uitleg/types';
import { periodeKey } from '../invoer/perioden';
import { basisStand, som, type Niveau, type Stand } from './stand';
import { gevoeligheidTekst } from './tekst';
import type { SleutelGroep } from './sleutelGroepen';
import type { GevoeligheidDoel, UitlegRegel } from './types';
import { groepInvoer, variant, VariantFout, type RijIndex } from './variant';

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

/** What an Uitleg of a Δ needs of the run it explains: its input and options, its base, its keys, its rows by onderdeel. */
export interface UitlegBron {
  invoer: Invoer;
  opties: Opties;
  basis: Extract<Uitkomst, { ok: true }>;
  groepen: readonly SleutelGroep[];
  index: () => RijIndex;
}

/**
 * The Uitleg of a Δ cell (issue 19): the key before and after with its cells, the Rijksdeel
 * before and after with the opgave's cells, and each max(0; …) on the way to the figure — per
 * onderdeel (and gebied) and, for a pijler or the periode, by saldering — before and after,
 * saying which one clamped. Undefined when the key is not in use (no row of it counts). Only the
 * variant itself is computed again; the base, the keys and the rows come from the run.
 */
export function gevoeligheidUitleg(bron: UitlegBron, doel: GevoeligheidDoel): UitlegRegel[] | undefined {
  const { invoer, opties, basis } = bron;
  const { resultaat } = basis;
  const zelfde = (g: SleutelGroep) =>
    periodeKey(g.periode) === periodeKey(doel.periode) &&
    g.pijler === doel.pijler &&
    g.soort === doel.soort &&
    g.onderdeel === doel.onderdeel;
  const g = bron.groepen.find(zelfde);
  const voor = resultaat.perioden.find((p) => periodeKey(p.periode) === periodeKey(doel.periode));
  if (!g || !voor || g.regels.length === 0) return undefined;
  const voorStand = basisStand(voor, g);
  let na: Stand;
  try {
    na = variant(groepInvoer(invoer, bron.index(), g), voor, g, doel.stap, opties);
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
