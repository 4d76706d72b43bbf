import ExcelJS from 'exceljs';
import type { CellValue, WorkbookPort } from '../../../src/workbook/port';
import { readXlsxPackage } from '../../../src/workbook/adapters/xlsx';
import { readXlsx } from '../../../src/workbook/adapters/exceljs/xlsxWorkbook';
import type { Adapter } from './adapter';
import type { Kenmerken } from './celwaarden';
import { maakSnapshot, type CelStaat } from './snapshot';
import type { Werkmap } from './werkmap';

const excel = (v: CellValue) => v as ExcelJS.CellValue;

/** The workbook written with ExcelJS itself (not through the adapter), as the bytes of a file. */
async function schrijf(w: Werkmap): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const b of w.bladen) {
    const ws = wb.addWorksheet(b.name);
    b.rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = excel(v))));
    for (const [adres, { formula, result }] of Object.entries(b.formulas))
      ws.getCell(adres).value = { formula, result: excel(result) ?? undefined } as ExcelJS.CellValue;
    for (const [adres, formaat] of Object.entries(b.numberFormats)) ws.getCell(adres).numFmt = formaat;
    for (const adres of b.bold) ws.getCell(adres).font = { bold: true };
    b.columnWidths.forEach((breedte, i) => breedte !== null && (ws.getColumn(i + 1).width = breedte));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

// A cell's value as the port has it: dates (number formats of dates) as serial numbers, a formula's cached result.
function waarde(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86400000;
  if (typeof v !== 'object') return v;
  if ('error' in v) return { error: String(v.error) };
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return waarde((v as { result?: ExcelJS.CellValue }).result ?? null);
  return JSON.stringify(v);
}

function celStaat(cell: ExcelJS.Cell): CelStaat {
  const formule = cell.type === ExcelJS.ValueType.Formula;
  return {
    // A formula's cached result from the model: `cell.value` drops a falsy one (0, false, ''; exceljs#2943).
    value: formule ? waarde((cell.model as { result?: ExcelJS.CellValue }).result ?? null) : waarde(cell.value),
    formula: cell.type === ExcelJS.ValueType.Formula ? cell.formula : null,
    numberFormat: cell.numFmt || 'General',
    bold: cell.font?.bold === true,
  };
}

/** An .xlsx adapter's workbook: the port, and the bytes of the file it saves. */
interface Geopend {
  port: WorkbookPort;
  toBuffer(): Promise<Buffer>;
}

/** Columns a snapshot looks at for widths of their own, beyond the last cell. */
const MARGE = 30;

/**
 * An .xlsx adapter: every step through a saved file (`lees` opens its bytes), the snapshot
 * read from the saved file with ExcelJS itself, empty styled cells too.
 */
function xlsxAdapter(naam: string, lees: (bytes: Buffer) => Promise<Geopend>, kenmerken: Kenmerken): Adapter {
  const werkmappen = new WeakMap<WorkbookPort, Geopend>();
  const open = async (bytes: Buffer) => {
    const werkmap = await lees(bytes);
    werkmappen.set(werkmap.port, werkmap);
    return werkmap.port;
  };
  return {
    naam,
    kenmerken,
    maak: async (w) => open(await schrijf(w)),
    heropen: async (port) => open(await werkmappen.get(port)!.toBuffer()),
    snapshot: async (port) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await werkmappen.get(port)!.toBuffer()) as unknown as ArrayBuffer);
      return maakSnapshot(
        wb.worksheets.map((ws) => {
          const cellen: [number, number, CelStaat][] = [];
          ws.eachRow({ includeEmpty: true }, (row, r) =>
            row.eachCell({ includeEmpty: true }, (cell, c) => void cellen.push([r, c, celStaat(cell)])),
          );
          const breed = Math.max(0, ...cellen.map(([, c]) => c)) + MARGE;
          return { naam: ws.name, cellen, breedtes: Array.from({ length: breed }, (_, i) => ws.getColumn(i + 1).width ?? null) };
        }),
      );
    },
  };
}

/** The ExcelJS adapter (src/workbook/xlsxWorkbook.ts). */
export const xlsx = xlsxAdapter('.xlsx (ExcelJS)', readXlsx, {
  nietEindig: false,
  legeTekst: true,
  fouttekstInEigen: true,
  elkeFormuleInEigen: true,
  formuleZonderWaarde: true,
});

/** The package adapter (src/workbook/xlsxPackage), the one `nplv herbereken` uses; it reads text '' as an empty cell, as Excel does. */
export const xlsxPakket = xlsxAdapter('.xlsx (package)', readXlsxPackage, {
  nietEindig: false,
  legeTekst: false,
  fouttekstInEigen: true,
  elkeFormuleInEigen: true,
  formuleZonderWaarde: true,
});
