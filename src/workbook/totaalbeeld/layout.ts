import type { Resultaat } from '../../engine';
import { STANDAARD_EENHEID } from '../read/eenheid';
import { LEGE_RIJ, type LayoutRij, type TotaalbeeldLayout, type TotaalbeeldMeta } from './types';
import { meldingRows } from './meldingRows';
import { onderdeelRows } from './onderdeelRows';
import { STANDAARD_GETALNOTATIE } from '../outputColumns';
import { TOTAALBEELD } from '../sheetDefs';
import { summaryRows } from './summaryRows';

// Label, Opgave, Dekking, Restopgave: the first columns of a summary block (summaryRows).
const CHART_COLUMNS = 4;

export function titel(meta: TotaalbeeldMeta): string {
  const bronnen = meta.bronnen.map((b) => `${b.blad} (${b.bereik})`).join(' en ');
  return `${TOTAALBEELD} — berekend ${meta.berekendOm} uit ${bronnen}; verdeelsleutels: ${meta.verdeelsleutels}`;
}

/**
 * Which of the workbook's scenarios were on (issue 7): `Scenario's aan: Wbi naar rato, AZWA;
 * uit: …`, or `Scenario's: geen aan (basis); in de werkmap: …`. No line for a workbook without.
 */
export function scenarioRegel(scenarios: TotaalbeeldMeta['scenarios'] = []): string | undefined {
  if (scenarios.length === 0) return undefined;
  const namen = (aan: boolean) => scenarios.filter((s) => s.aan === aan).map((s) => s.naam).join(', ');
  const [aan, uit] = [namen(true), namen(false)];
  if (!aan) return `Scenario's: geen aan (basis); in de werkmap: ${uit}`;
  return `Scenario's aan: ${aan}` + (uit ? `; uit: ${uit}` : '');
}

/**
 * The Totaalbeeld (PANE.md "Totaalbeeld sheet") as rows: the title, the scenarios (when the
 * workbook has any), the unit, per periode
 * the summary of Tabel 1–3 (both methods), then per periode the per-onderdeel table, then
 * the result's messages, and the block of the first periode's summary a chart shows.
 * Pure: time and places come in through `meta`.
 */
export function totaalbeeldLayout(resultaat: Resultaat, meta: TotaalbeeldMeta): TotaalbeeldLayout {
  const notatie = meta.getalnotatie ?? STANDAARD_GETALNOTATIE;
  const scenarios = scenarioRegel(meta.scenarios);
  const kop: LayoutRij[] = [
    { cells: [titel(meta)], bold: true },
    ...(scenarios ? [{ cells: [scenarios] }] : []),
    { cells: [`Bedragen in ${meta.eenheid ?? STANDAARD_EENHEID.tekst}`] },
  ];
  const sections: LayoutRij[][] = [
    kop,
    ...resultaat.perioden.map((p) => summaryRows(p, notatie)),
    ...resultaat.perioden.map((p) => onderdeelRows(p, notatie)),
    meldingRows(resultaat.meldingen),
  ];
  const rows = sections.flatMap((section, i) => (i === 0 ? section : [LEGE_RIJ, ...section]));
  const eerste = resultaat.perioden[0];
  if (!eerste || eerste.pijlers.length === 0) return { rows };
  // The first periode's heading row and its pijler rows: opgave → dekking → restopgave per pijler.
  const title = `Opgave, dekking en restopgave per pijler, ${eerste.periode}`;
  return { rows, chart: { title, row: kop.length + 1, rows: 1 + eerste.pijlers.length, columns: CHART_COLUMNS } };
}
