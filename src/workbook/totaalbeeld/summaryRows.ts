import type { CijferVeld, Doel, PeriodeResultaat, PijlerResultaat } from '../../engine';
import type { LayoutRij } from './types';
import { pijlerLabel } from './pijlerLabels';

export const SUMMARY_KOPPEN = ['Opgave', 'Dekking', 'Restopgave', 'Restopgave per jaar', 'Restopgave per onderdeel'];

// The fields under SUMMARY_KOPPEN: for the opgave, and for the Rijk.
const OPGAVE_VELDEN: readonly CijferVeld[] = ['opgave', 'dekking', 'restopgave', 'jaarlijkseRestopgave', 'restopgavePerOnderdeel'];
const RIJKS_VELDEN: readonly CijferVeld[] = ['rijksdeel', 'rijksdekking', 'restRijksopgave', 'jaarlijkseRestRijksopgave', 'restRijksopgavePerOnderdeel'];

export function periodeKop(p: PeriodeResultaat): string {
  const jaren = p.eersteJaar === p.laatsteJaar ? `${p.eersteJaar}` : `${p.eersteJaar}–${p.laatsteJaar}`;
  return `${p.periode} (${jaren}, ${p.jaren} jaar)`;
}

/**
 * Tabel 2 and 3 of the seed for one periode: opgave per pijler and in total, then the same
 * for the Rijk; both methods (saldering, and per onderdeel in the last column).
 */
export function summaryRows(p: PeriodeResultaat, getalnotatie: string): LayoutRij[] {
  const { periode } = p;
  const formats = [null, ...SUMMARY_KOPPEN.map(() => getalnotatie)];
  // A pijler's row, or without one the periode's total.
  const row = (label: string, velden: readonly CijferVeld[], pijler?: PijlerResultaat): LayoutRij => {
    const cijfers = pijler ?? p.totaal;
    const doel = (veld: CijferVeld): Doel => (pijler ? { soort: 'pijler', periode, pijler: pijler.pijler, veld } : { soort: 'totaal', periode, veld });
    return {
      cells: [label, ...velden.map((v) => cijfers[v].toNumber())],
      formats,
      doelen: [null, ...velden.map(doel)],
      ...(!pijler && { bold: true }),
    };
  };
  return [
    { cells: [periodeKop(p), ...SUMMARY_KOPPEN], bold: true },
    ...p.pijlers.map((x) => row(pijlerLabel(x.pijler).opgave, OPGAVE_VELDEN, x)),
    row('Totale opgave', OPGAVE_VELDEN),
    ...p.pijlers.map((x) => row(pijlerLabel(x.pijler).rijk, RIJKS_VELDEN, x)),
    row('Totale Rijksopgave', RIJKS_VELDEN),
  ];
}
