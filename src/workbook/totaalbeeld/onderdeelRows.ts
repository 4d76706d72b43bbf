import { landelijk, normalize, type Doel, type OnderdeelCijfers, type OnderdeelVeld, type PeriodeResultaat } from '../../engine';
import type { LayoutRij } from './types';
import { PERCENTAGE_NOTATIE } from '../outputColumns';
import { pijlerLabel } from './pijlerLabels';

/** The columns of the per-onderdeel table and the field each shows. */
const KOLOMMEN: readonly [string, OnderdeelVeld][] = [
  ['Opgave', 'opgave'],
  ['Verdeelsleutel', 'verdeelsleutel'],
  ['Rijksdeel', 'rijksdeel'],
  ['Dekking', 'dekking'],
  ['Rijksdekking', 'rijksdekking'],
  ['Restopgave', 'restopgave'],
  ['Rest. Rijksopgave', 'restRijksopgave'],
  ['Overschot', 'overschot'],
];

export const ONDERDEEL_KOPPEN = KOLOMMEN.map(([kop]) => kop);

/** How a gebied without a name is shown under its onderdeel. */
export const ZONDER_GEBIED = '(geen gebied)';
/** A gebied's row under its onderdeel is indented by these spaces. */
const INSPRINGING = '    ';

const naam = (o: OnderdeelCijfers) => (o.gebied ? `${o.onderdeel} (${o.gebied})` : o.onderdeel);

/**
 * The per-onderdeel table of one periode: a heading row per pijler, then its onderdelen. With
 * gebieden (`metGebieden`), each onderdeel's national total (Tabel 6/9/13: summed over its
 * gebieden, restopgave per gebied) with its gebieden under it, folded (`ingeklapt`). With
 * `gebied` (`nplv totaalbeeld --gebied`), only that gebied's onderdelen (names matched as the
 * engine matches them; '' the onderdelen without one), under pijlers that have any.
 */
export function onderdeelRows(p: PeriodeResultaat, getalnotatie: string, metGebieden = false, gebied?: string): LayoutRij[] {
  const formats = [null, getalnotatie, PERCENTAGE_NOTATIE, ...ONDERDEEL_KOPPEN.slice(2).map(() => getalnotatie)];
  const row = (label: string, o: OnderdeelCijfers, doel: (veld: OnderdeelVeld) => Doel): LayoutRij => ({
    cells: [label, ...KOLOMMEN.map(([, veld]) => o[veld].toNumber())],
    formats,
    doelen: [null, ...KOLOMMEN.map(([, veld]) => doel(veld))],
  });
  const inGebied = (o: OnderdeelCijfers) => gebied === undefined || normalize(o.gebied) === normalize(gebied);
  const kop = gebied === undefined ? `${p.periode}: per onderdeel` : `${p.periode}: per onderdeel, ${gebied || ZONDER_GEBIED}`;
  return [
    { cells: [kop, ...ONDERDEEL_KOPPEN], bold: true },
    ...p.pijlers.flatMap((pijler) => {
      const eigen =
        (o: OnderdeelCijfers) =>
        (veld: OnderdeelVeld): Doel => ({
          soort: 'onderdeel',
          periode: p.periode,
          pijler: pijler.pijler,
          onderdeel: o.onderdeel,
          gebied: o.gebied,
          veld,
        });
      const onderdelen = metGebieden
        ? landelijk(pijler, p.jaren).flatMap(({ totaal, gebieden }) => [
            row(totaal.onderdeel, totaal, (veld) => ({
              soort: 'landelijk',
              periode: p.periode,
              pijler: pijler.pijler,
              onderdeel: totaal.onderdeel,
              veld,
            })),
            ...gebieden.map((g) => ({ ...row(INSPRINGING + (g.gebied || ZONDER_GEBIED), g, eigen(g)), ingeklapt: true })),
          ])
        : pijler.onderdelen.filter(inGebied).map((o) => row(gebied === undefined ? naam(o) : o.onderdeel, o, eigen(o)));
      return onderdelen.length > 0 || gebied === undefined
        ? [{ cells: [pijlerLabel(pijler.pijler).opgave], bold: true }, ...onderdelen]
        : [];
    }),
  ];
}
