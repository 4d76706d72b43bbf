import { type Dec, ZERO } from '../decimal';
import type { ScenarioKeuze } from '../invoer/scenarios';
import type { ControleCijfers, ControleInvoer, Invoer, PeriodeInGebruik, RegelCijfers, Resultaat } from '../types';
import { type Figuur, plus, som, somFiguur, term } from './figuur';
import { TERM } from './onderdeel';
import { plekken, rijPlek } from './plek';
import type { UitlegDeel } from './types';

type Veld = keyof ControleCijfers;

/** The dekking fields a control row of the Dekking sheet adds up, and their input cells. */
const DEKKING: Record<string, string[]> = {
  cofinanciering: ['cofinanciering'],
  rijksfinanciering: ['rijksfinanciering'],
  totaleDekking: ['cofinanciering', 'rijksfinanciering'],
};

/** One row of a control row's block, with the amounts of `veld` it adds. */
function deel(invoer: Invoer, resultaat: Resultaat, c: ControleInvoer, i: number, veld: Veld): UitlegDeel | undefined {
  if (c.blad === 'dekking') {
    const row = invoer.dekking[i];
    const velden = DEKKING[veld];
    if (!velden) return undefined;
    const bedragen = velden.map((v) => row[v as 'cofinanciering' | 'rijksfinanciering']);
    return { label: row.bron, bedragen, plekken: plekken(row.herkomst, ...velden) };
  }
  const row = invoer.opgave[i];
  if (veld === 'opgave') return { label: row.onderdeel, bedragen: [row.opgave], plekken: plekken(row.herkomst, 'opgave') };
  if (veld in DEKKING) return undefined;
  return { label: row.onderdeel, bedragen: [resultaat.regels.at(i)[veld as keyof RegelCijfers]], plekken: rijPlek(row.herkomst) };
}

/** The yearly figure of a control row whose rows lie in these perioden (more than one): none, and why. */
export function geenJaarcijfer(perioden: readonly PeriodeInGebruik[]): Figuur {
  const namen = perioden.map((p) => `${p.periode}: ${p.jaren} jaar`).join('; ');
  const formule =
    `geen cijfer: de regels van het blok liggen in ${perioden.length} perioden (${namen}); ` +
    `een som van jaarlijkse cijfers van verschillende perioden is geen jaarlijks cijfer`;
  return { formule, ingevuld: '', waarde: ZERO, termen: [], geenCijfer: true };
}

/** MODEL.md "Control totals": Σ of the rows of the block that count. */
export function controleFiguur(invoer: Invoer, resultaat: Resultaat, telt: ScenarioKeuze['telt'], i: number, veld: Veld): Figuur {
  const c = invoer.controles![i];
  const rijen = c.blad === 'opgave' ? invoer.opgave : invoer.dekking;
  const tellen = c.regels.filter((r) => telt(rijen[r]));
  const delen = tellen.flatMap((r) => deel(invoer, resultaat, c, r, veld) ?? []);
  const s = som(TERM[veld], resultaat.controles[i][veld] ?? ZERO, delen);
  const uit = c.regels.length - tellen.length;
  if (uit > 0)
    s.term.bron = `${uit} ${uit === 1 ? 'regel' : 'regels'} van het blok ${uit === 1 ? 'telt' : 'tellen'} niet mee: scenario uit`;
  return somFiguur(`Σ ${TERM[veld]} van de regels van het blok`, s);
}

/** Totale dekking of a Dekking row: cofinanciering + Rijksfinanciering. */
export function totaleDekkingFiguur(invoer: Invoer, i: number, waarde: Dec): Figuur {
  const row = invoer.dekking[i];
  const cofin = term('cofinanciering', row.cofinanciering, { plekken: plekken(row.herkomst, 'cofinanciering') });
  const rijks = term('Rijksfinanciering', row.rijksfinanciering, { plekken: plekken(row.herkomst, 'rijksfinanciering') });
  return plus(cofin, rijks, waarde);
}
