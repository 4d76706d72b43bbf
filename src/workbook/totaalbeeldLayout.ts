import type { Resultaat } from '../engine';
import { LEGE_RIJ, type LayoutRij, type TotaalbeeldLayout, type TotaalbeeldMeta } from './layoutTypes';
import { meldingRows } from './meldingRows';
import { onderdeelRows } from './onderdeelRows';
import { STANDAARD_GETALNOTATIE } from './outputColumns';
import { TOTAALBEELD } from './sheetDefs';
import { summaryRows } from './summaryRows';

export function titel(meta: TotaalbeeldMeta): string {
  const bronnen = meta.bronnen.map((b) => `${b.blad} (${b.bereik})`).join(' en ');
  return `${TOTAALBEELD} — berekend ${meta.berekendOm} uit ${bronnen}; verdeelsleutels: ${meta.verdeelsleutels}`;
}

/**
 * The Totaalbeeld (PANE.md "Totaalbeeld sheet") as rows: the title, the unit, per periode
 * the summary of Tabel 1–3 (both methods), then per periode the per-onderdeel table, then
 * the result's messages. Pure: time and places come in through `meta`.
 */
export function totaalbeeldLayout(resultaat: Resultaat, meta: TotaalbeeldMeta): TotaalbeeldLayout {
  const notatie = meta.getalnotatie ?? STANDAARD_GETALNOTATIE;
  const sections: LayoutRij[][] = [
    [{ cells: [titel(meta)], bold: true }, { cells: [`Bedragen in ${meta.eenheid ?? 'mln euro'}`] }],
    ...resultaat.perioden.map((p) => summaryRows(p, notatie)),
    ...resultaat.perioden.map((p) => onderdeelRows(p, notatie)),
    meldingRows(resultaat.meldingen),
  ];
  return { rows: sections.flatMap((rows, i) => (i === 0 ? rows : [LEGE_RIJ, ...rows])) };
}
