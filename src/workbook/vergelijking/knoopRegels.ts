import type { Knoop, PeriodeVergelijking, VergelijkDoel, VergelijkVeld } from '../../engine';
import { ZONDER_GEBIED } from '../totaalbeeld/onderdeelRows';
import { pijlerLabel } from '../totaalbeeld/pijlerLabels';

/** A node of one periode as a row of the sheet: its label, its figures, and the difference each of its cells shows. */
export interface KnoopRegel {
  label: string;
  knoop: Knoop;
  doel: (veld: VergelijkVeld) => VergelijkDoel;
  bold?: boolean;
  /** A gebied, folded under its onderdeel. */
  ingeklapt?: boolean;
}

const INSPRINGING = '    ';

/**
 * The nodes of a periode top down: its total, then per pijler the pijler and its onderdelen,
 * each onderdeel's gebieden (indented) folded under it, as the Totaalbeeld folds them.
 */
export function knoopRegels(p: PeriodeVergelijking): KnoopRegel[] {
  const periode = p.naam;
  return [
    { label: `Totaal ${periode}`, knoop: p, doel: (veld) => ({ periode, veld }), bold: true },
    ...p.pijlers.flatMap((pijler): KnoopRegel[] => [
      { label: pijlerLabel(pijler.naam).opgave, knoop: pijler, doel: (veld) => ({ periode, pijler: pijler.naam, veld }), bold: true },
      ...pijler.onderdelen.flatMap((o): KnoopRegel[] => [
        { label: o.naam, knoop: o, doel: (veld) => ({ periode, pijler: pijler.naam, onderdeel: o.naam, veld }) },
        ...o.gebieden.map((g) => ({
          label: INSPRINGING + (g.naam || ZONDER_GEBIED),
          knoop: g,
          doel: (veld: VergelijkVeld) => ({ periode, pijler: pijler.naam, onderdeel: o.naam, gebied: g.naam, veld }),
          ingeklapt: true,
        })),
      ]),
    ]),
  ];
}
