import type { Cijfers, PeriodeResultaat } from '../engine';
import type { LayoutRij } from './layoutTypes';
import { pijlerLabel } from './pijlerLabels';

export const SUMMARY_KOPPEN = ['Opgave', 'Dekking', 'Restopgave', 'Restopgave per jaar', 'Restopgave per onderdeel'];

const opgaveCijfers = (c: Cijfers) => [c.opgave, c.dekking, c.restopgave, c.jaarlijkseRestopgave, c.restopgavePerOnderdeel];
const rijksCijfers = (c: Cijfers) => [c.rijksdeel, c.rijksdekking, c.restRijksopgave, c.jaarlijkseRestRijksopgave, c.restRijksopgavePerOnderdeel];

export function periodeKop(p: PeriodeResultaat): string {
  const jaren = p.eersteJaar === p.laatsteJaar ? `${p.eersteJaar}` : `${p.eersteJaar}–${p.laatsteJaar}`;
  return `${p.periode} (${jaren}, ${p.jaren} jaar)`;
}

/**
 * Tabel 2 and 3 of the seed for one periode: opgave per pijler and in total, then the same
 * for the Rijk; both methods (saldering, and per onderdeel in the last column).
 */
export function summaryRows(p: PeriodeResultaat, getalnotatie: string): LayoutRij[] {
  const formats = [null, ...SUMMARY_KOPPEN.map(() => getalnotatie)];
  const row = (label: string, values: { toNumber(): number }[], bold = false): LayoutRij => ({
    cells: [label, ...values.map((v) => v.toNumber())],
    formats,
    ...(bold && { bold }),
  });
  return [
    { cells: [periodeKop(p), ...SUMMARY_KOPPEN], bold: true },
    ...p.pijlers.map((pijler) => row(pijlerLabel(pijler.pijler).opgave, opgaveCijfers(pijler))),
    row('Totale opgave', opgaveCijfers(p.totaal), true),
    ...p.pijlers.map((pijler) => row(pijlerLabel(pijler.pijler).rijk, rijksCijfers(pijler))),
    row('Totale Rijksopgave', rijksCijfers(p.totaal), true),
  ];
}
