import { overPerioden, type Doel, type OverPeriodenVeld, type PeriodeResultaat } from '../../engine';
import type { LayoutRij } from './types';

/** Tabel 1's heading: its first cell names the table. */
export const TABEL1_KOP = 'Restopgave per periode';

/**
 * Tabel 1 of the report: per periode, and over all of them together (`t/m 2035`), the
 * restopgave and the restopgave per jaar, for the total and the Rijk. Without perioden, none.
 */
export function tabel1Rows(perioden: readonly PeriodeResultaat[], getalnotatie: string): LayoutRij[] {
  const samen = overPerioden(perioden);
  if (!samen) return [];
  const kolommen = [...perioden.map((p) => p.periode), ...(perioden.length > 1 ? [samen.label] : [])];
  const kop = kolommen.flatMap((k) => [`Restopgave ${k}`, `Per jaar ${k}`]);
  const formats = [null, ...kop.map(() => getalnotatie)];
  const row = (
    label: string,
    rest: 'restopgave' | 'restRijksopgave',
    perJaar: 'jaarlijkseRestopgave' | 'jaarlijkseRestRijksopgave',
    bold: boolean,
  ): LayoutRij => {
    const velden = [rest, perJaar] as const;
    const perPeriode = perioden.flatMap((p) =>
      velden.map((veld) => ({ waarde: p.totaal[veld], doel: { soort: 'totaal', periode: p.periode, veld } as Doel })),
    );
    const over =
      perioden.length > 1
        ? velden.map((veld: OverPeriodenVeld) => ({ waarde: samen[veld], doel: { soort: 'overPerioden', veld } as Doel }))
        : [];
    const cellen = [...perPeriode, ...over];
    return {
      cells: [label, ...cellen.map((c) => c.waarde.toNumber())],
      formats,
      doelen: [null, ...cellen.map((c) => c.doel)],
      ...(bold && { bold }),
    };
  };
  return [
    { cells: [TABEL1_KOP, ...kop], bold: true },
    row('Totale opgave', 'restopgave', 'jaarlijkseRestopgave', true),
    row('Totale Rijksopgave', 'restRijksopgave', 'jaarlijkseRestRijksopgave', false),
  ];
}
