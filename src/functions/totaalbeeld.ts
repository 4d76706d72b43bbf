import { bereken, scenarioKeuze, periodeKey, type PeriodeResultaat, type Resultaat } from '../engine';
import { asMatrix, type Matrix } from './args';
import { nietBeschikbaar, ongeldig } from './fail';
import { functionsTekst } from './messages';
import { readInput, STANDAARD_GETALNOTATIE, summaryRows, type SheetGrid, plaatsVan } from '../workbook';

/** A table argument as the sheet the workbook rules read: its first cell is A1. */
function grid(name: string, m: Matrix): SheetGrid {
  const width = Math.max(...m.map((r) => r.length));
  const values = m.map((r) => Array.from({ length: width }, (_, c) => (r[c] === '' ? null : (r[c] ?? null))));
  return { name, top: 1, left: 1, values, formulas: values.map((r) => r.map(() => null)), numberFormats: values.map((r) => r.map(() => 'General')) };
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
  const lezing = readInput([grid('Opgave', asMatrix(opgave)), grid('Dekking', asMatrix(dekking))]);
  const uitkomst = bereken(lezing.invoer, { scenarios });
  const fouten = [...lezing.meldingen, ...(uitkomst.ok ? [] : uitkomst.meldingen)];
  const onbekend = fouten.length === 0 ? [] : scenarioKeuze(lezing.invoer, scenarios).fouten;
  const tabelFouten = fouten.filter((m) => !onbekend.some((o) => o.bericht === m.bericht));
  if (tabelFouten.length > 0) throw ongeldig(functionsTekst.tabelFouten(tabelFouten.length, `${plaatsVan(tabelFouten[0])}: ${tabelFouten[0].bericht}`));
  if (onbekend.length > 0) throw nietBeschikbaar(onbekend.map((m) => m.bericht).join('; '));
  if (!uitkomst.ok) throw ongeldig(functionsTekst.intern('geen resultaat'));
  return uitkomst.resultaat;
}

/** The perioden named (as the analyst types them), or all of them when `periode` is empty. */
export function kiesPerioden(perioden: readonly PeriodeResultaat[], periode?: string | null): PeriodeResultaat[] {
  if (!periode?.trim()) return [...perioden];
  const gekozen = perioden.filter((p) => periodeKey(p.periode) === periodeKey(periode));
  if (gekozen.length === 0) throw nietBeschikbaar(functionsTekst.periodeNietInTabel(String(periode), perioden.map((p) => p.periode)));
  return gekozen;
}

/**
 * NPLV.TOTAALBEELD: per periode the rows of Tabel 2/3 of the report — as a matrix of
 * equal-width rows, a blank row between perioden. The same shape with or without scenarios, so
 * that a formula pointing into the spilled range reads the same figure in both.
 */
export function totaalbeeldTabel(opgave: Matrix, dekking: Matrix, periode?: string | null, scenarios: readonly string[] = []): (string | number)[][] {
  const gekozen = kiesPerioden(berekenTabellen(opgave, dekking, scenarios).perioden, periode);
  const rows = gekozen.flatMap((p, i) => [...(i > 0 ? [{ cells: [] }] : []), ...summaryRows(p, STANDAARD_GETALNOTATIE)]);
  const width = Math.max(...rows.map((r) => r.cells.length));
  return rows.map((r) => Array.from({ length: width }, (_, c) => r.cells[c] ?? ''));
}
