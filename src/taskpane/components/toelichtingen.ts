import { normalize, perGebied, type Cijfers, type Dec, type GebiedCijfers, type PeriodeResultaat, type RamingDeel } from '../../engine';
import { OVERIG } from '../../workbook';
import { toonBedrag, type Bedragweergave } from '../state/bedragen';

/** The figures a row of the result table shows: a pijler's, a periode's total, or a gebied's. */
export type Rijcijfers = Pick<
  Cijfers,
  | 'opgave'
  | 'dekking'
  | 'restopgave'
  | 'jaarlijkseRestopgave'
  | 'rijksdeel'
  | 'rijksdekking'
  | 'restRijksopgave'
  | 'jaarlijkseRestRijksopgave'
>;

/** The rows of a periode's table: per pijler and the total, of the whole result or (`gebied`) of one gebied; undefined when the gebied has nothing in the periode. */
export function tabelCijfers(
  periode: PeriodeResultaat,
  gebied?: string,
): { pijlers: [string, Rijcijfers][]; totaal: Rijcijfers } | undefined {
  if (gebied === undefined) return { pijlers: periode.pijlers.map((p) => [p.pijler, p]), totaal: periode.totaal };
  const van = (g: GebiedCijfers) => normalize(g.gebied) === normalize(gebied);
  const totaal = perGebied(periode).find(van);
  if (!totaal) return undefined;
  const pijlers = periode.pijlers.flatMap((p): [string, Rijcijfers][] =>
    perGebied(periode, p.pijler)
      .filter(van)
      .map((g) => [p.pijler, g]),
  );
  return { pijlers, totaal };
}

/** Under a gebied's table: how its figures are made, and the dekking they leave out. */
export function gebiedRegel(totaal: Cijfers, eenheid: Bedragweergave): string {
  const pijlerniveau = totaal.pijlerDekking.isZero() ? '' : ` (${toonBedrag(totaal.pijlerDekking, eenheid)})`;
  return `Restopgave per onderdeel, zonder verrekening tussen onderdelen; dekking op pijlerniveau${pijlerniveau} hoort bij geen gebied en telt hier niet mee.`;
}

/**
 * `Opgave per bron: Synthese 2024 1.565,0 · overig 2.785,0; Rijksdeel: Synthese 2024 … · overig …`
 * — the periode's opgave and Rijksdeel per source of the estimate (Tabel 2); undefined when the
 * workbook names no source.
 */
export function bronRegel(periode: PeriodeResultaat, eenheid: Bedragweergave): string | undefined {
  if (!periode.perRaming) return undefined;
  const delen = (veld: (r: RamingDeel) => Dec) =>
    periode.perRaming!.map((r) => `${r.raming || OVERIG} ${toonBedrag(veld(r), eenheid)}`).join(' · ');
  return `Opgave per bron: ${delen((r) => r.opgave)}; Rijksdeel: ${delen((r) => r.rijksdeel)}`;
}
