import { resolveSleutels } from '../invoer/sleutels';
import { canonicalPijler } from '../names';
import type { DekkingInvoer, Invoer, OpgaveInvoer } from '../types';
import { bronSleutel, type Koppelingen } from './koppeling';
import type { Oorzaak, Wijziging } from './types';
import { ligging, rijWaarde, sleutelTekst, veldWaarde, plaats } from './waarde';

/** The changes of the rows of two versions: amounts of matched rows, rows that left or arrived. */

type Rij = OpgaveInvoer | DekkingInvoer;
const bronVan = (r: Rij) => ('bron' in r ? r.bron.trim() : '');

const gewijzigd = (oorzaak: Oorzaak, a: Rij, b: Rij, veld: 'opgave' | 'cofinanciering' | 'rijksfinanciering'): Wijziging => ({
  oorzaak,
  soort: 'gewijzigd',
  ...ligging(b),
  bron: bronVan(b),
  veld,
  oud: veldWaarde(a, veld),
  nieuw: veldWaarde(b, veld),
});

const vervallen = (oorzaak: Oorzaak, a: Rij): Wijziging => ({
  oorzaak,
  soort: 'vervallen',
  ...ligging(a),
  bron: bronVan(a),
  veld: '',
  oud: rijWaarde(a),
});
const toegevoegd = (oorzaak: Oorzaak, b: Rij): Wijziging => ({
  oorzaak,
  soort: 'toegevoegd',
  ...ligging(b),
  bron: bronVan(b),
  veld: '',
  nieuw: rijWaarde(b),
});

/** Matched Opgave rows whose amount changed. */
export function opgaveWijzigingen(o: Invoer, n: Invoer, k: Koppelingen): Wijziging[] {
  return k.opgave.paren
    .filter(([i, j]) => !o.opgave[i].opgave.eq(n.opgave[j].opgave))
    .map(([i, j]) => gewijzigd('opgave', o.opgave[i], n.opgave[j], 'opgave'));
}

/** Per bron, in the order `bronnen` gives: changed amounts of matched Dekking rows, rows that left, rows that arrived. */
export function dekkingWijzigingen(o: Invoer, n: Invoer, k: Koppelingen, bronnen: readonly string[]): Wijziging[] {
  return bronnen.flatMap((bron) => [
    ...k.dekking.paren
      .filter(([i]) => bronSleutel(o.dekking[i]) === bron)
      .flatMap(([i, j]) =>
        (['cofinanciering', 'rijksfinanciering'] as const)
          .filter((veld) => !o.dekking[i][veld].eq(n.dekking[j][veld]))
          .map((veld) => gewijzigd('dekking', o.dekking[i], n.dekking[j], veld)),
      ),
    ...k.dekking.vervallen.filter((i) => bronSleutel(o.dekking[i]) === bron).map((i) => vervallen('dekking', o.dekking[i])),
    ...k.dekking.toegevoegd.filter((j) => bronSleutel(n.dekking[j]) === bron).map((j) => toegevoegd('dekking', n.dekking[j])),
  ]);
}

/** Matched Opgave rows whose own key (the Verdeelsleutel column) changed; an empty one says which key counts instead. */
export function rijSleutelWijzigingen(o: Invoer, n: Invoer, k: Koppelingen): Wijziging[] {
  const geldend = (i: Invoer) => {
    const { sleutels } = resolveSleutels(i.verdeelsleutels);
    return (r: OpgaveInvoer) => sleutels.entry(canonicalPijler(r.pijler) ?? r.pijler, r.onderdeel);
  };
  const [go, gn] = [geldend(o), geldend(n)];
  return k.opgave.paren
    .filter(([i, j]) => {
      const [a, b] = [o.opgave[i].verdeelsleutel, n.opgave[j].verdeelsleutel];
      return a && b ? !a.eq(b) : a !== b;
    })
    .map(([i, j]) => {
      const [a, b] = [o.opgave[i], n.opgave[j]];
      const waarde = (r: OpgaveInvoer, g: typeof go) => ({
        plaats: plaats(r.herkomst, 'verdeelsleutel'),
        tekst: sleutelTekst(r.verdeelsleutel, g(r)),
      });
      return {
        oorzaak: 'sleutels',
        soort: 'gewijzigd',
        ...ligging(b),
        bron: '',
        veld: 'verdeelsleutel',
        oud: waarde(a, go),
        nieuw: waarde(b, gn),
      };
    });
}

/** Opgave rows that left or arrived. */
export function structuurWijzigingen(o: Invoer, n: Invoer, k: Koppelingen): Wijziging[] {
  return [
    ...k.opgave.vervallen.map((i) => vervallen('structuur', o.opgave[i])),
    ...k.opgave.toegevoegd.map((j) => toegevoegd('structuur', n.opgave[j])),
  ];
}
