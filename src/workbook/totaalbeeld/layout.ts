import { gebiedenIn, type Melding, type Resultaat } from '../../engine';
import { STANDAARD_EENHEID } from '../read/eenheid';
import { LEGE_RIJ, type LayoutChart, type LayoutRij, type TotaalbeeldLayout, type TotaalbeeldMeta } from './types';
import { gebiedRows } from './gebiedRows';
import { meldingRows, plaatsVan } from './meldingRows';
import { onderdeelRows } from './onderdeelRows';
import { STANDAARD_GETALNOTATIE } from '../outputColumns';
import { TOTAALBEELD } from '../sheetDefs';
import { summaryKoppen, summaryRows } from './summaryRows';
import { tabel1Rows } from './tabel1Rows';

/** A chart's size in cells (when a layout chart gives none); charts stand one above the other, right of the tables they show. */
export const CHART_SIZE = { rows: 16, columns: 8 };

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
  const namen = (aan: boolean) =>
    scenarios
      .filter((s) => s.aan === aan)
      .map((s) => s.naam)
      .join(', ');
  const [aan, uit] = [namen(true), namen(false)];
  if (!aan) return `Scenario's: geen aan (basis); in de werkmap: ${uit}`;
  return `Scenario's aan: ${aan}` + (uit ? `; uit: ${uit}` : '');
}

/** The title, the scenarios (when the workbook has any), `extra` lines, and the unit line. */
export function kopRows(meta: TotaalbeeldMeta, extra: readonly LayoutRij[] = []): LayoutRij[] {
  const scenarios = scenarioRegel(meta.scenarios);
  return [
    { cells: [titel(meta)], bold: true },
    ...(scenarios ? [{ cells: [scenarios] }] : []),
    ...extra,
    { cells: [`Bedragen in ${meta.eenheid ?? STANDAARD_EENHEID.tekst}`] },
  ];
}

/**
 * Under Tabel 1, always one line (so that the rows below keep their place from run to run): where
 * the workbook's typed totals differ from what its rows give (the report's own rounding, as in
 * the example), so a pasted table carries the mark; or that they agree, or that there are none.
 */
function controleRegel(resultaat: Resultaat): LayoutRij {
  const controles = resultaat.meldingen.filter((m: Melding) => m.ernst === 'controle');
  if (controles.length === 0)
    return {
      cells: [
        resultaat.controles.length > 0
          ? 'Controle: de getypte totalen in de werkmap komen overeen met de regels.'
          : 'Controle: de werkmap heeft geen getypte totalen (Totaal-, Subtotaal- of Waarvan-rijen).',
      ],
    };
  const plaatsen = controles.map(plaatsVan).join(', ');
  const wat = controles.length === 1 ? 'wijkt 1 getypt totaal af' : `wijken ${controles.length} getypte totalen af`;
  return { cells: [`Controle: in de werkmap ${wat} van wat de regels geven (${plaatsen}); zie Meldingen.`] };
}

/** Runs of folded rows (LayoutRij.ingeklapt): Excel's row groups. */
export function rowGroups(rows: readonly LayoutRij<unknown>[]): { first: number; count: number }[] {
  const groups: { first: number; count: number }[] = [];
  rows.forEach((r, i) => {
    if (!r.ingeklapt) return;
    const last = groups[groups.length - 1];
    if (last && last.first + last.count === i) last.count++;
    else groups.push({ first: i, count: 1 });
  });
  return groups;
}

/**
 * The charts, one per periode (opgave → dekking → restopgave per pijler: the Opgave or
 * Subtotaal column and the two after it), one above the other from the first table's heading,
 * one empty column right of the widest row beside them, so they cover no cell of the layout.
 */
function charts(
  rows: readonly LayoutRij[],
  blokken: { kop: number; resultaat: Resultaat['perioden'][number] }[],
  top: number,
  meta: TotaalbeeldMeta,
  notatie: string,
): LayoutChart[] {
  const met = blokken.filter((b) => b.resultaat.pijlers.length > 0);
  const hoogte = met.length * (CHART_SIZE.rows + 1);
  const column = 1 + Math.max(0, ...rows.slice(top, top + hoogte).map((r) => r.cells.length));
  const eenheid = meta.eenheid ?? STANDAARD_EENHEID.tekst;
  return met.map(({ kop, resultaat: p }, k) => {
    const opgave = summaryKoppen(p).length - 4;
    return {
      title: `Opgave, dekking en restopgave per pijler, ${p.periode} (${eenheid})`,
      headerRow: kop,
      firstRow: kop + 1,
      rows: p.pijlers.length,
      labelColumn: 0,
      seriesColumns: [opgave, opgave + 1, opgave + 2],
      anchor: { row: top + k * (CHART_SIZE.rows + 1), column },
      size: CHART_SIZE,
      valueFormat: notatie,
    };
  });
}

/**
 * The Totaalbeeld (PANE.md "Totaalbeeld sheet"; issue 16) as rows: the title, the scenarios
 * (when the workbook has any), the unit; Tabel 1 (restopgave per periode and over all of them);
 * per periode the summary of Tabel 2/3 (both methods; with the sources of the estimate when the
 * workbook names them); with gebieden, per periode the table per gebied; per periode the
 * per-onderdeel table (with gebieden: each onderdeel's national total, its gebieden folded
 * under it); the result's messages; and a chart per periode beside the tables.
 * Pure: time and places come in through `meta`.
 */
export function totaalbeeldLayout(resultaat: Resultaat, meta: TotaalbeeldMeta): TotaalbeeldLayout {
  const notatie = meta.getalnotatie ?? STANDAARD_GETALNOTATIE;
  const metGebieden = gebiedenIn(resultaat.perioden).length > 0;
  const kop = kopRows(meta);
  const tabel1 = tabel1Rows(resultaat.perioden, notatie);
  const sections: LayoutRij[][] = [
    kop,
    ...(tabel1.length > 0 ? [[...tabel1, controleRegel(resultaat)]] : []),
    ...resultaat.perioden.map((p) => summaryRows(p, notatie)),
    ...(metGebieden ? resultaat.perioden.map((p) => gebiedRows(p, notatie)) : []),
    ...resultaat.perioden.map((p) => onderdeelRows(p, notatie, metGebieden)),
    meldingRows(resultaat.meldingen),
  ];
  const rows: LayoutRij[] = [];
  const begin: number[] = [];
  sections.forEach((section, i) => {
    if (i > 0) rows.push(LEGE_RIJ);
    begin.push(rows.length);
    rows.push(...section);
  });
  const eersteBlok = tabel1.length > 0 ? 2 : 1;
  const blokken = resultaat.perioden.map((p, i) => ({ kop: begin[eersteBlok + i], resultaat: p }));
  const top = begin[1] ?? 0;
  const groups = rowGroups(rows);
  return { rows, charts: charts(rows, blokken, top, meta, notatie), ...(groups.length > 0 && { rowGroups: groups }) };
}
