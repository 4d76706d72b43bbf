import { a1, parseA1 } from '../../../src/sheet/address';
import type { SheetInit } from '../../../src/sheet';
import { rightColumn } from '../../../src/sheet/grid';
import { MemoryWorkbook } from '../../../src/workbook/adapters/memory/memoryWorkbook';
import type { CellValue, WorkbookPort } from '../../../src/workbook/port';
import type { Adapter } from './adapter';
import { maakSnapshot } from './snapshot';
import { omvang, type Blad } from './werkmap';

/** A sheet as 2D blocks from A1 covering all it holds (formats and bold on empty cells too); widths through `breedte`. */
export function sheetInit(b: Blad, breedte: (tekens: number) => number = (w) => w): SheetInit {
  const { rows, columns } = omvang(b);
  const tabel = <T>(leeg: T) => Array.from({ length: rows }, () => new Array<T>(columns).fill(leeg));
  const [values, formulas, numberFormats, bold] = [
    tabel<CellValue>(null),
    tabel<string | null>(null),
    tabel<string | null>(null),
    tabel(false),
  ];
  b.rows.forEach((row, r) => row.forEach((v, c) => (values[r][c] = v)));
  const put = <T>(t: T[][], adres: string, v: T) => {
    const at = parseA1(adres)!;
    t[at.row - 1][at.column - 1] = v;
  };
  for (const [adres, f] of Object.entries(b.formulas)) put(formulas, adres, f.formula);
  for (const [adres, f] of Object.entries(b.numberFormats)) put(numberFormats, adres, f);
  for (const adres of b.bold) put(bold, adres, true);
  return { values, formulas, numberFormats, bold, columnWidths: b.columnWidths.map((w) => (w === null ? null : breedte(w))) };
}

/** How far beyond the used range and what the workbook was made with a snapshot looks for cells with only a format or bold. */
const MARGE = { rows: 3, columns: 10 };

const gemaakt = new WeakMap<WorkbookPort, Map<string, { rows: number; columns: number }>>();

/** The in-memory workbook (tests, the browser demo's model): every cell value, formulas of any kind. */
export const geheugen: Adapter = {
  naam: 'memory',
  kenmerken: { nietEindig: true, legeTekst: true, fouttekstInEigen: true, elkeFormuleInEigen: true, formuleZonderWaarde: true },
  maak: async (w) => {
    const wb = new MemoryWorkbook(Object.fromEntries(w.bladen.map((b) => [b.name, sheetInit(b)])));
    gemaakt.set(wb, new Map(w.bladen.map((b) => [b.name, omvang(b)])));
    return wb;
  },
  heropen: async (port) => port,
  snapshot: async (port: WorkbookPort) => {
    const wb = port as MemoryWorkbook;
    const namen = await wb.sheetNames();
    const grids = await wb.readSheets(namen);
    return maakSnapshot(
      grids.map((g) => {
        const begin = gemaakt.get(wb)?.get(g.name) ?? { rows: 0, columns: 0 };
        const rows = Math.max(g.top + g.values.length - 1, begin.rows) + MARGE.rows;
        const columns = Math.max(rightColumn(g), begin.columns, wb.columnWidths(g.name).length) + MARGE.columns;
        const cellen = Array.from({ length: rows * columns }, (_, i) => {
          const [rij, kolom] = [Math.floor(i / columns) + 1, (i % columns) + 1];
          return [rij, kolom, wb.cell(g.name, a1(rij, kolom))] as const;
        });
        return { naam: g.name, cellen, breedtes: wb.columnWidths(g.name), grafieken: g.charts };
      }),
    );
  },
};
