import { Dec, sum } from '../decimal';
import type { BlokLigging } from './blokLigging';
import { inCel, melding, engineTekst, VELDNAAM } from '../messages';
import type { ScenarioKeuze } from '../invoer/scenarios';
import type { Cijfers, Columns, ControleCijfers, ControleInvoer, Invoer, Melding, RegelCijfers } from '../types';

type Telt = ScenarioKeuze['telt'];

/** On a Waarvan row of the Opgave sheet the amounts are the Rijks part (seed 002, Tabel 6). */
const WAARVAN: Record<string, keyof ControleCijfers> = {
  opgave: 'rijksdeel',
  dekking: 'rijksdekking',
  restopgave: 'restRijksopgave',
};

/** The figures a control row adds up per onderdeel whose other method (saldering) the Totaalbeeld shows. */
const SALDERING: Partial<Record<keyof ControleCijfers, keyof Cijfers>> = {
  restopgave: 'restopgave',
  restRijksopgave: 'restRijksopgave',
};

export interface ControleOpties {
  tolerantie: Dec;
  /** The rows that count (scenarios). */
  telt?: Telt;
  /** Where a block's opgave rows lie (`blokLigging`); without it, in one periode. */
  ligging?: (rows: readonly number[]) => BlokLigging;
  /** The decimals of computed figures in messages (`Opties.uitvoerDecimalen`). */
  decimalen?: number;
}

/**
 * The recomputed totals of a control row's block: Σ of the rows' own columns. So its restopgave
 * is the per-onderdeel method (Σ max(0, opgave_g − dekking_g), as the rows above show it), not
 * the saldering of the Totaalbeeld's Restopgave column: saldering is defined per pijler, counts
 * pillar-level dekking that no row holds, and would make the column not add up to its total.
 * For a block that is exactly a pijler (or a periode) it is the Totaalbeeld's "Restopgave per
 * onderdeel"; a message about a typed restopgave names both methods where they differ.
 * A block over more than one periode has no yearly figure (null).
 */
function blockTotals(c: ControleInvoer, invoer: Invoer, regels: Columns<RegelCijfers>, telt: Telt, ligging?: BlokLigging): ControleCijfers {
  const opgaveRows = c.blad === 'opgave' ? c.regels.filter((i) => telt(invoer.opgave[i])) : [];
  const dekkingRows = c.blad === 'dekking' ? c.regels.filter((i) => telt(invoer.dekking[i])) : [];
  const r = (f: keyof RegelCijfers) => sum(opgaveRows.map((i) => regels.at(i)[f]));
  const d = (f: 'cofinanciering' | 'rijksfinanciering') => sum(dekkingRows.map((i) => invoer.dekking[i][f]));
  return {
    opgave: sum(opgaveRows.map((i) => invoer.opgave[i].opgave)),
    rijksdeel: r('rijksdeel'),
    dekking: r('dekking'),
    rijksdekking: r('rijksdekking'),
    restopgave: r('restopgave'),
    restRijksopgave: r('restRijksopgave'),
    jaarlijkseRestopgave: (ligging?.perioden ?? 1) > 1 ? null : r('jaarlijkseRestopgave'),
    overschot: r('overschot'),
    cofinanciering: d('cofinanciering'),
    rijksfinanciering: d('rijksfinanciering'),
    totaleDekking: d('cofinanciering').plus(d('rijksfinanciering')),
  };
}

/**
 * MODEL.md "Control totals in a workbook": every amount typed in a control row is checked
 * against what the rows of its block add up to (the rows that count: `telt`); a difference beyond the tolerance is a
 * control message naming both figures, each as the sheet shows it (issue 12).
 */
export function checkControls(
  invoer: Invoer,
  regels: Columns<RegelCijfers>,
  opties: ControleOpties,
): { controles: ControleCijfers[]; meldingen: Melding[] } {
  const { tolerantie, telt = () => true, decimalen } = opties;
  const meldingen: Melding[] = [];
  const controles = (invoer.controles ?? []).map((c) => {
    const ligging = c.blad === 'opgave' ? opties.ligging?.(c.regels.filter((i) => telt(invoer.opgave[i]))) : undefined;
    const totals = blockTotals(c, invoer, regels, telt, ligging);
    for (const [veld, getypt] of Object.entries(c.bedragen)) {
      const target = (c.blad === 'opgave' && c.soort === 'waarvan' ? WAARVAN[veld] : undefined) ?? veld;
      if (!(target in totals)) continue;
      const berekend = totals[target as keyof ControleCijfers];
      if (!berekend || getypt.minus(berekend).abs().lte(tolerantie)) continue;
      const ander = SALDERING[target as keyof ControleCijfers];
      const saldering = ander && ligging?.zelfdeRegels?.[ander];
      const methode = saldering && !saldering.eq(berekend) ? { waarde: saldering, decimalen } : undefined;
      const bericht = engineTekst.controle(
        c.label,
        VELDNAAM[target] ?? target,
        inCel(getypt, c.herkomst, veld),
        { waarde: berekend, decimalen },
        methode,
      );
      meldingen.push(melding('controle', c.herkomst, veld, bericht));
    }
    return totals;
  });
  return { controles, meldingen };
}

export const STANDAARD_TOLERANTIE = new Dec('0.5');
