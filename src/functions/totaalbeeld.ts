import { bereken, periodeKey } from '../engine';
import { readInput } from '../workbook/readInput';
import { STANDAARD_GETALNOTATIE } from '../workbook/outputColumns';
import { summaryRows } from '../workbook/summaryRows';
import type { SheetGrid } from '../workbook/port';
import { plaatsVan } from '../workbook/meldingRows';
import { asMatrix, type Matrix } from './args';
import { nietBeschikbaar, ongeldig } from './fail';
import { tekst } from './messages';

/** A table argument as the sheet the workbook rules read: its first cell is A1. */
function grid(name: string, m: Matrix): SheetGrid {
  const width = Math.max(...m.map((r) => r.length));
  const values = m.map((r) => Array.from({ length: width }, (_, c) => (r[c] === '' ? null : (r[c] ?? null))));
  return { name, top: 1, left: 1, values, formulas: values.map((r) => r.map(() => null)), numberFormats: values.map((r) => r.map(() => 'General')) };
}

/**
 * NPLV.TOTAALBEELD: the two tables read by the same workbook rules as the pane and the
 * command line (so a formula and a click agree), and per periode the rows of Tabel 2/3 of the
 * report — as a matrix of equal-width rows, a blank row between perioden.
 */
export function totaalbeeldTabel(opgave: Matrix, dekking: Matrix, periode?: string | null): (string | number)[][] {
  const lezing = readInput([grid('Opgave', asMatrix(opgave)), grid('Dekking', asMatrix(dekking))]);
  const uitkomst = bereken(lezing.invoer);
  const fouten = [...lezing.meldingen, ...(uitkomst.ok ? [] : uitkomst.meldingen)];
  if (fouten.length > 0) throw ongeldig(tekst.tabelFouten(fouten.length, `${plaatsVan(fouten[0])}: ${fouten[0].bericht}`));
  if (!uitkomst.ok) throw ongeldig(tekst.intern('geen resultaat'));
  const perioden = uitkomst.resultaat.perioden;
  const gekozen = periode?.trim() ? perioden.filter((p) => periodeKey(p.periode) === periodeKey(periode)) : perioden;
  if (gekozen.length === 0) throw nietBeschikbaar(tekst.periodeNietInTabel(String(periode), perioden.map((p) => p.periode)));
  const rows = gekozen.flatMap((p, i) => [...(i > 0 ? [{ cells: [] }] : []), ...summaryRows(p, STANDAARD_GETALNOTATIE)]);
  const width = Math.max(...rows.map((r) => r.cells.length));
  return rows.map((r) => Array.from({ length: width }, (_, c) => r.cells[c] ?? ''));
}
