import {
  OORZAKEN,
  ZERO,
  type Dec,
  type Knoop,
  type Oorzaak,
  type PeriodeVergelijking,
  type RestVeld,
  type Status,
  type VergelijkVeld,
} from '../../engine';
import { knoopRegels, type KnoopRegel } from './knoopRegels';
import type { VergelijkingRij } from './types';

/** The figures compared on the sheet, with their headers (as the Totaalbeeld names them). */
const VELDEN: readonly [string, VergelijkVeld][] = [
  ['Opgave', 'opgave'],
  ['Dekking', 'dekking'],
  ['Rijksdeel', 'rijksdeel'],
  ['Rijksdekking', 'rijksdekking'],
  ['Restopgave', 'restopgave'],
  ['Rest. Rijksopgave', 'restRijksopgave'],
];

/** The columns of the parts, in the order of substitution. */
export const OORZAAK_KOPPEN: Record<Oorzaak, string> = {
  opgave: 'Opgave',
  dekking: 'Dekking',
  sleutels: 'Sleutels',
  structuur: 'Structuur',
  scenarios: "Scenario's",
};

// In both versions: an empty cell.
const STATUS: Record<Status, string | null> = { beide: null, toegevoegd: 'toegevoegd', vervallen: 'vervallen' };

const regel = (
  r: KnoopRegel,
  cells: VergelijkingRij['cells'],
  formats: VergelijkingRij['formats'],
  doelen: VergelijkingRij['doelen'],
): VergelijkingRij => ({
  cells,
  formats,
  doelen,
  ...(r.bold && { bold: true }),
  ...(r.ingeklapt && { ingeklapt: true }),
});

/** A periode's table of figures: per node its status, then old, new and Δ of each field (the Δ cells explain themselves). */
export function cijferRows(p: PeriodeVergelijking, notatie: string): VergelijkingRij[] {
  const kop = [`${p.naam}: oud, nieuw en verschil`, 'Status', ...VELDEN.flatMap(([k]) => [`${k} oud`, `${k} nieuw`, `Δ ${k}`])];
  const formats = [null, null, ...VELDEN.flatMap(() => [notatie, notatie, notatie])];
  return [
    { cells: kop, bold: true },
    ...knoopRegels(p).map((r) => {
      const cijfers = VELDEN.flatMap(([, veld]) => [
        r.knoop.cijfers[veld].oud,
        r.knoop.cijfers[veld].nieuw,
        r.knoop.cijfers[veld].verschil,
      ]);
      const doelen = [null, null, ...VELDEN.flatMap(([, veld]) => [null, null, r.doel(veld)])];
      return regel(r, [r.label, STATUS[r.knoop.status], ...cijfers.map((d) => d.toNumber())], formats, doelen);
    }),
  ];
}

/** The part of each cause in the difference of a rest field of a node (dekking: all its bronnen together); zero for a cause that changed nothing. */
export function delenPerOorzaak(knoop: Knoop, veld: RestVeld): Record<Oorzaak, Dec> {
  const som = Object.fromEntries(OORZAKEN.map((o) => [o, ZERO])) as Record<Oorzaak, Dec>;
  for (const d of knoop.delen) som[d.oorzaak] = som[d.oorzaak].plus(d.bedragen[veld]);
  return som;
}

const REST: readonly [string, RestVeld][] = [
  ['Restopgave', 'restopgave'],
  ['Rest. Rijksopgave', 'restRijksopgave'],
];

/**
 * A periode's table of causes: per node the Δ restopgave and the part of each cause in it, then
 * the same for the rest. Rijksopgave; every cell explains the Δ it belongs to. The parts add up
 * exactly to the Δ: a line under the table says so.
 */
export function oorzaakRows(p: PeriodeVergelijking, notatie: string): VergelijkingRij[] {
  const kop = [
    `${p.naam}: verschil naar oorzaak`,
    ...REST.flatMap(([k]) => [`Δ ${k}`, ...OORZAKEN.map((o) => `waarvan ${OORZAAK_KOPPEN[o]}`)]),
  ];
  const formats = [null, ...REST.flatMap(() => [notatie, ...OORZAKEN.map(() => notatie)])];
  return [
    { cells: kop, bold: true },
    ...knoopRegels(p).map((r) => {
      const cellen = REST.flatMap(([, veld]) => {
        const delen = delenPerOorzaak(r.knoop, veld);
        return [r.knoop.cijfers[veld].verschil, ...OORZAKEN.map((o) => delen[o])].map((d) => ({ d, doel: r.doel(veld) }));
      });
      return regel(r, [r.label, ...cellen.map((c) => c.d.toNumber())], formats, [null, ...cellen.map((c) => c.doel)]);
    }),
    {
      cells: [
        'De delen (waarvan …) tellen per regel exact op tot Δ Restopgave en Δ Rest. Rijksopgave; de Uitleg van een cel geeft de dekking per bron en de cellen die het verschil maken.',
      ],
    },
  ];
}
