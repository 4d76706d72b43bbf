import type ExcelJS from 'exceljs';
import type { CellLook } from '../../src/sheet';

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
const hex = (color: Partial<ExcelJS.Color> | undefined) => (color?.argb ? `#${color.argb.slice(-6).toUpperCase()}` : undefined);
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };

/** A look (and bold) as ExcelJS styles a cell. */
export function excelStyle({ bold, fill, border, italic, fontColor }: CellLook & { bold?: boolean }): Partial<ExcelJS.Style> {
  const font = { ...(bold && { bold: true }), ...(italic && { italic: true }), ...(fontColor && { color: { argb: argb(fontColor) } }) };
  return {
    ...(Object.keys(font).length > 0 && { font }),
    ...(fill && { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(fill) } } }),
    ...(border && { border: { top: THIN, left: THIN, bottom: THIN, right: THIN } }),
  };
}

/** A cell's look and bold as ExcelJS reads them from a file. */
export function lookOf(cell: ExcelJS.Cell): CellLook & { bold: boolean } {
  const { font, fill, border } = cell.style;
  const solid = fill?.type === 'pattern' && fill.pattern === 'solid' ? hex(fill.fgColor) : undefined;
  const sides = [border?.top, border?.left, border?.bottom, border?.right];
  return {
    bold: font?.bold === true,
    ...(font?.italic && { italic: true }),
    ...(hex(font?.color) && { fontColor: hex(font?.color) }),
    ...(solid && { fill: solid }),
    ...(sides.every((b) => b?.style === 'thin') && { border: true }),
  };
}

/** A cell's look and bold in the file `bytes`, as ExcelJS reads it. */
export async function lookInFile(
  ExcelJSLib: typeof ExcelJS,
  bytes: Buffer,
  sheet: string,
  address: string,
): Promise<CellLook & { bold: boolean }> {
  const wb = new ExcelJSLib.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return lookOf(wb.getWorksheet(sheet)!.getCell(address));
}
