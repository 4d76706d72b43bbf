import { findHeader } from './findHeader';
import { findSheet } from './findSheet';
import { rightColumn } from './grid';
import { eigenKoppen } from './outputColumns';
import { locateColumns } from './planColumns';
import type { ReadDetail, SheetGrid } from './port';
import { BLADEN, KOPREGEL_ZOEKDIEPTE, TOTAALBEELD } from './sheetDefs';

/**
 * What a recalculation needs of the sheets it reads (`sheetsToRead`) besides their values:
 * the formulas and number formats of the cells it may overwrite, for undo — the whole NPLV
 * Totaalbeeld sheet, and in Opgave and Dekking the owned columns already in the header row
 * (a previous run's, or the analyst's own `Rijksdeel`). Found by the same rules the run
 * itself uses (`findHeader`, `locateColumns`), from the sheet's first rows only. Owned
 * columns not there yet lie right of the used range: empty, but perhaps formatted by the
 * analyst — their number formats are read too (`columnsRight`), so undo puts them back.
 */
export function readDetail(sheetNames: readonly string[]): ReadDetail {
  const totaalbeeld = findSheet(sheetNames, [TOTAALBEELD]);
  const bladen = BLADEN.map((def) => ({ def, naam: findSheet(sheetNames, def.namen) }));
  return {
    wholeSheets: totaalbeeld === undefined ? [] : [totaalbeeld],
    headRows: KOPREGEL_ZOEKDIEPTE,
    ownedColumns: (head) => located(head).filter((c) => c <= rightColumn(head)),
    columnsRight: (head) => located(head).filter((c) => c > rightColumn(head)).length,
    mostColumnsRight: Math.max(...BLADEN.map((def) => eigenKoppen(def.sleutel).length)),
  };

  /** Where a run writes the owned columns of this sheet (by the rules the run itself uses); none for other sheets. */
  function located(head: SheetGrid): number[] {
    const def = bladen.find((b) => b.naam === head.name)?.def;
    const header = def && findHeader(head, def);
    if (!def || !header?.ok) return [];
    return locateColumns({ grid: head, kop: header.kop }, eigenKoppen(def.sleutel));
  }
}

/**
 * The sheets a recalculation cannot do without (Opgave and Dekking), as a workbook with
 * these sheets spells them, or by their first names when the sheets are not known yet: an
 * adapter may look at their used ranges and first rows ahead, while it lists the sheets.
 */
export function requiredSheets(sheetNames?: readonly string[]): string[] {
  const required = BLADEN.filter((def) => def.verplicht);
  if (!sheetNames) return required.map((def) => def.namen[0]);
  return required.map((def) => findSheet(sheetNames, def.namen)).filter((n): n is string => n !== undefined);
}
