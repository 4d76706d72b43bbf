import type { Invoer } from '../../../src/engine';
import { MemoryWorkbook, readInput, sheetsToRead } from '../../../src/workbook';
import { voorbeeldWerkmap } from '../../../src/voorbeeld/werkmap';

/** The example workbook (the report's inputs, with its scenario rows off) as the workbook layer reads it: rows with their cells. */
export async function voorbeeldInvoer(): Promise<Invoer> {
  const wb = new MemoryWorkbook(Object.fromEntries(Object.entries(voorbeeldWerkmap()).map(([name, values]) => [name, { values }])));
  const lezing = readInput(await wb.readSheets(sheetsToRead(await wb.sheetNames())));
  if (lezing.meldingen.length > 0) throw new Error(JSON.stringify(lezing.meldingen));
  return lezing.invoer;
}
