import type { BlockWrite, CellValue, SheetChart, SheetContent, SheetGrid } from '../port';
import { rangeA1 } from '../../sheet';

/**
 * Where the Zelftest puts things on its temporary sheet: a copy of the example's Opgave from
 * A1 (so its cells have the addresses of the example's Opgave sheet), its Dekking from K1, the
 * formulas of the custom functions from row `FORMULE_RIJ` down in column A, the charts right of it.
 */
export const DEKKING_KOLOM = 11;
export const FORMULE_RIJ = 45;
/** A cell left empty, between the two tables: the functions' check of how Excel passes one. */
export const LEGE_CEL = 'J2';
/** An amount written as a formula (Nieuwbouw tot 2030, 445): Excel must calculate it on write. */
export const FORMULE_CEL = { row: 4, column: 4, formula: '400+45' } as const;
const BEDRAG = '#,##0.0';

/** A free name for the temporary sheet: `NPLV Zelftest`, else with a number. */
export function tijdelijkeNaam(namen: readonly string[]): string {
  const bezet = new Set(namen.map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const naam = i === 1 ? 'NPLV Zelftest' : `NPLV Zelftest ${i}`;
    if (!bezet.has(naam.toLowerCase())) return naam;
  }
}

/** A sheet of the example as one block on the temporary sheet: amounts in a number format, the header row bold. */
function blok(blad: string, bron: SheetContent, left: number, bedragKolommen: readonly number[]): BlockWrite {
  const breedte = Math.max(...bron.values.map((r) => r.length));
  const values: CellValue[][] = bron.values.map((r) => Array.from({ length: breedte }, (_, c) => r[c] ?? null));
  const kop = values.findIndex((r) => r[0] === 'Periode');
  return {
    sheet: blad,
    top: 1,
    left,
    values,
    formulas: values.map((r, i) =>
      r.map((_, c) => (left === 1 && i + 1 === FORMULE_CEL.row && c + 1 === FORMULE_CEL.column ? FORMULE_CEL.formula : null)),
    ),
    numberFormats: values.map((r, i) => r.map((v, c) => (i > kop && typeof v === 'number' && bedragKolommen.includes(c) ? BEDRAG : null))),
    bold: values.map((r, i) => r.map(() => i === kop)),
  };
}

/** The two tables of the example as blocks (Opgave's amounts in D, Dekking's in E and F). */
export function voorbeeldBlokken(blad: string, opgave: SheetContent, dekking: SheetContent): BlockWrite[] {
  return [blok(blad, opgave, 1, [3]), blok(blad, dekking, DEKKING_KOLOM, [4, 5])];
}

/** What the reader sees of a block: the sheet's read cut to it, as a sheet of its own from A1 named `naam`. */
export function knip(grid: SheetGrid, b: BlockWrite, naam: string): SheetGrid {
  const rijen = (t: number) => t - grid.top;
  const kol = (c: number) => c - grid.left;
  const cut = <T>(tabel: T[][], leeg: T) => b.values.map((r, i) => r.map((_, c) => tabel[rijen(b.top + i)]?.[kol(b.left + c)] ?? leeg));
  return {
    name: naam,
    top: 1,
    left: 1,
    values: cut(grid.values, null),
    formulas: cut(grid.formulas, null),
    numberFormats: cut(grid.numberFormats, 'General'),
  };
}

/** Two charts over the Opgave copy's first rows (its onderdelen and amounts): a column chart and a tornado's bars. */
export function proefGrafieken(b: BlockWrite): SheetChart[] {
  const kop = b.values.findIndex((r) => r[0] === 'Periode');
  const categories = { top: kop + 2, column: 3, rows: 5 };
  const series = [{ name: 'Opgave', column: 4 }];
  return [
    { title: 'Zelftest kolommen', type: 'columnClustered', categories, series, nameRow: kop + 1, anchor: 'T2', to: 'Z14' },
    { title: 'Zelftest balken', type: 'barClustered', categories, series, nameRow: kop + 1, anchor: 'T16', to: 'Z28', valueFormat: BEDRAG },
  ];
}

/** The cells the step reads back: `rangeA1` of a block. */
export const bereikVan = (b: BlockWrite) => rangeA1(b.top, b.left, b.values.length, b.values[0].length);
