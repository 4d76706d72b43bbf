import { Dec, sum } from './decimal';
import { melding, tekst, VELDNAAM } from './messages';
import type { ScenarioKeuze } from './scenarios';
import type { ControleCijfers, ControleInvoer, Invoer, Melding, RegelCijfers } from './types';

type Telt = ScenarioKeuze['telt'];

/** On a Waarvan row of the Opgave sheet the amounts are the Rijks part (seed 002, Tabel 6). */
const WAARVAN: Record<string, keyof ControleCijfers> = {
  opgave: 'rijksdeel',
  dekking: 'rijksdekking',
  restopgave: 'restRijksopgave',
};

/** The recomputed totals of a control row's block. */
function blockTotals(c: ControleInvoer, invoer: Invoer, regels: readonly RegelCijfers[], telt: Telt): ControleCijfers {
  const opgaveRows = c.blad === 'opgave' ? c.regels.filter((i) => telt(invoer.opgave[i])) : [];
  const dekkingRows = c.blad === 'dekking' ? c.regels.filter((i) => telt(invoer.dekking[i])) : [];
  const r = (f: keyof RegelCijfers) => sum(opgaveRows.map((i) => regels[i][f]));
  const d = (f: 'cofinanciering' | 'rijksfinanciering') => sum(dekkingRows.map((i) => invoer.dekking[i][f]));
  return {
    opgave: sum(opgaveRows.map((i) => invoer.opgave[i].opgave)),
    rijksdeel: r('rijksdeel'),
    dekking: r('dekking'),
    rijksdekking: r('rijksdekking'),
    restopgave: r('restopgave'),
    restRijksopgave: r('restRijksopgave'),
    jaarlijkseRestopgave: r('jaarlijkseRestopgave'),
    overschot: r('overschot'),
    cofinanciering: d('cofinanciering'),
    rijksfinanciering: d('rijksfinanciering'),
    totaleDekking: d('cofinanciering').plus(d('rijksfinanciering')),
  };
}

/**
 * MODEL.md "Control totals in a workbook": every amount typed in a control row is checked
 * against what the rows of its block add up to (the rows that count: `telt`); a difference beyond the tolerance is a
 * control message naming both figures.
 */
export function checkControls(
  invoer: Invoer,
  regels: readonly RegelCijfers[],
  tolerantie: Dec,
  telt: Telt = () => true,
): { controles: ControleCijfers[]; meldingen: Melding[] } {
  const meldingen: Melding[] = [];
  const controles = (invoer.controles ?? []).map((c) => {
    const totals = blockTotals(c, invoer, regels, telt);
    for (const [veld, getypt] of Object.entries(c.bedragen)) {
      const target = (c.blad === 'opgave' && c.soort === 'waarvan' ? WAARVAN[veld] : undefined) ?? veld;
      if (!(target in totals)) continue;
      const berekend = totals[target as keyof ControleCijfers];
      if (getypt.minus(berekend).abs().gt(tolerantie))
        meldingen.push(melding('controle', c.herkomst, veld, tekst.controle(c.label, VELDNAAM[target] ?? target, getypt, berekend)));
    }
    return totals;
  });
  return { controles, meldingen };
}

export const STANDAARD_TOLERANTIE = new Dec('0.5');
