import { findHeader } from './findHeader';
import { findSheet } from './findSheet';
import { eigenKoppen } from '../outputColumns';
import { locateColumns } from '../write/planColumns';
import { headerCells } from '../write/planLook';
import type { ReadDetail, SheetGrid } from '../port';
import { INPUT_SHEETS, KOPREGEL_ZOEKDIEPTE, TOTAALBEELD } from '../sheetDefs';
import { rightColumn } from '../../sheet';

/**
 * What a recalculation needs of the sheets it reads (`sheetsToRead`) besides their values:
 * - the formulas and number formats of the cells it may overwrite, for undo — the whole NPLV
 *   Totaalbeeld sheet, and in Opgave and Dekking the owned columns already in the header row
 *   (a previous run's, or the analyst's own `Rijksdeel`). Owned columns not there yet lie
 *   right of the used range: empty, but perhaps formatted by the analyst — their number
 *   formats are read too (`columnsRight`), so undo puts them back; and the whole formats of
 *   their header cells, which take the header row's format (`styledCells`);
 * - the formulas and number formats of the input columns of amounts, keys and years (kinds
 *   `bedrag`, `fractie`, `jaar`): a date-formatted cell or a formula without a value there is
 *   an error the reading reports.
 * Found by the same rules the run itself uses (`findHeader`, `locateColumns`), from the
 * sheet's first rows only.
 */
export function readDetail(sheetNames: readonly string[]): ReadDetail {
  const totaalbeeld = findSheet(sheetNames, [TOTAALBEELD]);
  const bladen = INPUT_SHEETS.map((def) => ({ def, naam: findSheet(sheetNames, def.namen) }));
  return {
    wholeSheets: totaalbeeld === undefined ? [] : [totaalbeeld],
    headRows: KOPREGEL_ZOEKDIEPTE,
    detailColumns: (head) => {
      const { input, owned } = columns(head);
      return [...new Set([...input, ...owned])].filter((c) => c <= rightColumn(head)).sort((a, b) => a - b);
    },
    columnsRight: (head) => columns(head).owned.filter((c) => c > rightColumn(head)).length,
    mostColumnsRight: Math.max(...INPUT_SHEETS.map((def) => eigenKoppen(def.sleutel).length)),
    styledCells: (head) => {
      const { owned, kopRij } = columns(head);
      return kopRij === undefined ? undefined : headerCells(kopRij, owned);
    },
  };

  /** Of this sheet (by the rules the run itself uses): its input columns of numbers, and where a run writes its owned columns; none for other sheets. */
  function columns(head: SheetGrid): { input: number[]; owned: number[]; kopRij?: number } {
    const def = bladen.find((b) => b.naam === head.name)?.def;
    const header = def && findHeader(head, def);
    if (!def || !header?.ok) return { input: [], owned: [] };
    const { kolommen } = header.kop;
    const input = def.kolommen.filter((k) => k.soort !== 'tekst' && kolommen[k.veld] !== undefined).map((k) => kolommen[k.veld]);
    return { input, owned: locateColumns({ grid: head, kop: header.kop }, eigenKoppen(def.sleutel)), kopRij: header.kop.rij };
  }
}

/**
 * The sheets a recalculation cannot do without (Opgave and Dekking), as a workbook with
 * these sheets spelled them, or by their first names when the sheets are not known yet: an
 * adapter may look at their used ranges and first rows ahead, while it lists the sheets.
 */
export function requiredSheets(sheetNames?: readonly string[]): string[] {
  const required = INPUT_SHEETS.filter((def) => def.verplicht);
  if (!sheetNames) return required.map((def) => def.namen[0]);
  return required.map((def) => findSheet(sheetNames, def.namen)).filter((n): n is string => n !== undefined);
}
