import { bereken, scenarioKeuze, periodeKey, type Invoer, type PeriodeResultaat, type Resultaat } from '../engine';
import { asMatrix, type Matrix } from './args';
import { nietBeschikbaar, ongeldig } from './fail';
import { functionsTekst } from './messages';
import { readInput, STANDAARD_GETALNOTATIE, summaryRows, type SheetGrid, plaatsVan, type Schaal } from '../workbook';
import { inEenheid, kiesEenheid, kiesDecimalen } from './eenheid';

/** A table argument as the sheet the workbook rules read: its first cell is A1. */
function grid(name: string, m: Matrix): SheetGrid {
  const width = Math.max(...m.map((r) => r.length));
  const values = m.map((r) => Array.from({ length: width }, (_, c) => (r[c] === '' ? null : (r[c] ?? null))));
  return {
    name,
    top: 1,
    left: 1,
    values,
    formulas: values.map((r) => r.map(() => null)),
    numberFormats: values.map((r) => r.map(() => 'General')),
  };
}

/**
 * The two tables read by the same workbook rules as the pane and the command line (so a
 * formula and a click agree), computed with these scenarios on. Errors in the tables are
 * #VALUE!; a scenario that no row names is #N/A with the engine's message (it lists the known
 * ones), from the engine's own choice of scenarios (`scenarioKeuze`). That choice is asked only
 * when there are errors: `bereken` reports an unknown scenario as an error, so without errors
 * there is none.
 */
export function berekenTabellen(opgave: Matrix, dekking: Matrix, scenarios: readonly string[] = []): Resultaat {
  return rekenTabellen(opgave, dekking, scenarios).resultaat;
}

/** berekenTabellen, with the unit the tables state and the input read from them. */
export function rekenTabellen(
  opgave: Matrix,
  dekking: Matrix,
  scenarios: readonly string[],
): { resultaat: Resultaat; eenheid: Schaal; invoer: Invoer } {
  const lezing = readInput([grid('Opgave', asMatrix(opgave)), grid('Dekking', asMatrix(dekking))]);
  const uitkomst = bereken(lezing.invoer, { scenarios });
  const fouten = [...lezing.meldingen, ...(uitkomst.ok ? [] : uitkomst.meldingen)];
  const onbekend = fouten.length === 0 ? [] : scenarioKeuze(lezing.invoer, scenarios).fouten;
  const tabelFouten = fouten.filter((m) => !onbekend.some((o) => o.bericht === m.bericht));
  if (tabelFouten.length > 0)
    throw ongeldig(functionsTekst.tabelFouten(tabelFouten.length, `${plaatsVan(tabelFouten[0])}: ${tabelFouten[0].bericht}`));
  if (onbekend.length > 0) throw nietBeschikbaar(onbekend.map((m) => m.bericht).join('; '));
  if (!uitkomst.ok) throw ongeldig(functionsTekst.intern('geen resultaat'));
  return { resultaat: uitkomst.resultaat, eenheid: lezing.eenheid.schaal, invoer: lezing.invoer };
}

/** The perioden named (as the analyst types them), or all of them when `periode` is empty. */
export function kiesPerioden(perioden: readonly PeriodeResultaat[], periode?: string | null): PeriodeResultaat[] {
  return kiesOpNaam(perioden, (p) => p.periode, periode);
}

/** Of a list per periode (named by `naam`), those of the periode typed, or all when it is empty; none is #N/A naming the perioden there are. */
export function kiesOpNaam<T>(perioden: readonly T[], naam: (p: T) => string, periode?: string | null): T[] {
  if (!periode?.trim()) return [...perioden];
  const gekozen = perioden.filter((p) => periodeKey(naam(p)) === periodeKey(periode));
  if (gekozen.length === 0) throw nietBeschikbaar(functionsTekst.periodeNietInTabel(String(periode), perioden.map(naam)));
  return gekozen;
}

/**
 * NPLV.TOTAALBEELD: per periode the rows of Tabel 2/3 of the report — as a matrix of
 * equal-width rows, a blank row between perioden. The same shape with or without scenarios, so
 * that a formula pointing into the spilled range reads the same figure in both. With an
 * `eenheid` (issue 16) the figures are in that unit (the exact figure divided by 1000 per
 * step, in decimals) and the first cell names it; with `decimalen` they are rounded to that
 * many, half away from zero. A function cannot set a number format, so this is the figure itself.
 */
export function totaalbeeldTabel(
  opgave: Matrix,
  dekking: Matrix,
  periode?: string | null,
  scenarios: readonly string[] = [],
  eenheid?: string | null,
  decimalen?: number | null,
): (string | number)[][] {
  const [gevraagd, afronden] = [kiesEenheid('eenheid', eenheid), kiesDecimalen('decimalen', decimalen)];
  const tabellen = rekenTabellen(opgave, dekking, scenarios);
  const gekozen = kiesPerioden(tabellen.resultaat.perioden, periode);
  const naar = inEenheid(tabellen.eenheid, gevraagd, afronden);
  const rows = gekozen.flatMap((p, i) => [
    ...(i > 0 ? [{ cells: [] }] : []),
    ...summaryRows(p, STANDAARD_GETALNOTATIE).map((r) => naar.rij(p, r)),
  ]);
  const width = Math.max(...rows.map((r) => r.cells.length));
  const matrix = rows.map((r) => Array.from({ length: width }, (_, c) => r.cells[c] ?? ''));
  if (gevraagd) matrix[0][0] = `${matrix[0][0]}; ${naar.tekst}`;
  return matrix;
}
