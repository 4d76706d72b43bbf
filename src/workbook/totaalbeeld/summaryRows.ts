import type { CijferVeld, Doel, PeriodeResultaat, PijlerResultaat, RamingDeel } from '../../engine';
import type { LayoutRij } from './types';
import { pijlerLabel } from './pijlerLabels';

export const SUMMARY_KOPPEN = ['Opgave', 'Dekking', 'Restopgave', 'Restopgave per jaar', 'Restopgave per onderdeel'];

// The fields under SUMMARY_KOPPEN: for the opgave, and for the Rijk.
const OPGAVE_VELDEN: readonly CijferVeld[] = ['opgave', 'dekking', 'restopgave', 'jaarlijkseRestopgave', 'restopgavePerOnderdeel'];
const RIJKS_VELDEN: readonly CijferVeld[] = [
  'rijksdeel',
  'rijksdekking',
  'restRijksopgave',
  'jaarlijkseRestRijksopgave',
  'restRijksopgavePerOnderdeel',
];

/** The column of rows that name no source of the estimate (Tabel 2). */
export const OVERIG = 'overig';
/** With sources, the opgave column is their sum: Tabel 2's *Subtotaal*. */
export const SUBTOTAAL = 'Subtotaal';

export function periodeKop(p: PeriodeResultaat): string {
  const jaren = p.eersteJaar === p.laatsteJaar ? `${p.eersteJaar}` : `${p.eersteJaar}–${p.laatsteJaar}`;
  return `${p.periode} (${jaren}, ${p.jaren} jaar)`;
}

/** The headers of a periode's block: with sources of the estimate, one column each before the *Subtotaal* (Tabel 2). */
export function summaryKoppen(p: PeriodeResultaat): string[] {
  if (!p.ramingen) return SUMMARY_KOPPEN;
  return [...p.ramingen.map((r) => r || OVERIG), SUBTOTAAL, ...SUMMARY_KOPPEN.slice(1)];
}

/**
 * Tabel 2 and 3 of the seed for one periode: opgave per pijler and in total, then the same
 * for the Rijk; both methods (saldering, and per onderdeel in the last column). When the
 * workbook names sources of the estimate, the opgave (Rijksdeel) is split over them first.
 */
export function summaryRows(p: PeriodeResultaat, getalnotatie: string): LayoutRij[] {
  const { periode } = p;
  const koppen = summaryKoppen(p);
  const formats = [null, ...koppen.map(() => getalnotatie)];
  // A pijler's row, or without one the periode's total.
  const row = (label: string, velden: readonly CijferVeld[], pijler?: PijlerResultaat): LayoutRij => {
    const cijfers = pijler ?? p.totaal;
    const doel = (veld: CijferVeld): Doel =>
      pijler ? { soort: 'pijler', periode, pijler: pijler.pijler, veld } : { soort: 'totaal', periode, veld };
    const rijks = velden === RIJKS_VELDEN;
    const ramingen = (pijler ? pijler.perRaming : p.perRaming) ?? [];
    const ramingDoel = (r: RamingDeel): Doel => ({
      soort: 'raming',
      periode,
      raming: r.raming,
      ...(pijler && { pijler: pijler.pijler }),
      veld: rijks ? 'rijksdeel' : 'opgave',
    });
    return {
      cells: [label, ...ramingen.map((r) => (rijks ? r.rijksdeel : r.opgave).toNumber()), ...velden.map((v) => cijfers[v].toNumber())],
      formats,
      doelen: [null, ...ramingen.map(ramingDoel), ...velden.map(doel)],
      ...(!pijler && { bold: true }),
    };
  };
  return [
    { cells: [periodeKop(p), ...koppen], bold: true },
    ...p.pijlers.map((x) => row(pijlerLabel(x.pijler).opgave, OPGAVE_VELDEN, x)),
    row('Totale opgave', OPGAVE_VELDEN),
    ...p.pijlers.map((x) => row(pijlerLabel(x.pijler).rijk, RIJKS_VELDEN, x)),
    row('Totale Rijksopgave', RIJKS_VELDEN),
  ];
}
