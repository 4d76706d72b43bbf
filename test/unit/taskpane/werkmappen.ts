import type { CellValue, SheetGrid, WorkbookChanges, WorkbookPort } from '../../../src/workbook/port';
import type { SheetInit } from '../../../src/sheet';
import type { FakeExcel } from '../../../src/dev/fakeExcel';
import { MemoryWorkbook } from '../../../src/workbook/adapters/memory/memoryWorkbook';
import { voorbeeldWerkmap } from '../../../src/voorbeeld/werkmap';

/** The moment every test's run happens: the status line says "14:32". */
export const NU = new Date(2026, 10, 22, 14, 32);
export const klok = () => NU;

type Rows = CellValue[][];

/** The example's Opgave and Dekking sheets, each changed by `wijzig` first when given. */
export function voorbeeld(
  wijzig: (bladen: { Opgave: Rows; Dekking: Rows }) => void = () => {},
  extra: Record<string, SheetInit> = {},
): MemoryWorkbook {
  const { Opgave, Dekking } = voorbeeldWerkmap();
  const bladen = { Opgave: Opgave.map((r) => [...r]) as Rows, Dekking: Dekking.map((r) => [...r]) as Rows };
  wijzig(bladen);
  return new MemoryWorkbook({ Opgave: { values: bladen.Opgave }, Dekking: { values: bladen.Dekking }, ...extra });
}

/** Everything a workbook holds, sheet by sheet, to compare before and after. */
export async function inhoud(wb: WorkbookPort): Promise<SheetGrid[]> {
  return wb.readSheets(await wb.sheetNames());
}

/** A port that waits at `readSheets` until `verder()`: a run that is still going. */
export function traag(wb: WorkbookPort): { port: WorkbookPort; verder: () => void } {
  let verder = () => {};
  const wacht = new Promise<void>((resolve) => (verder = resolve));
  const port: WorkbookPort = {
    sheetNames: () => wb.sheetNames(),
    readSheets: async (names) => (await wacht, wb.readSheets(names)),
    apply: (changes: WorkbookChanges) => wb.apply(changes),
    select: (blad, cel) => wb.select(blad, cel),
  };
  return { port, verder: () => verder() };
}

/** A port whose writes fail the way Office.js can (e.g. a protected sheet). */
export function weigertSchrijven(wb: WorkbookPort): WorkbookPort {
  return {
    sheetNames: () => wb.sheetNames(),
    readSheets: (names) => wb.readSheets(names),
    apply: async () => {
      throw new Error('Het blad is beveiligd');
    },
    select: (blad, cel) => wb.select(blad, cel),
  };
}

/** A port whose reads fail once `weiger()` was called (a workbook busy or gone). */
export function leestNietMeer(wb: WorkbookPort): { port: WorkbookPort; weiger: () => void } {
  let leesbaar = true;
  const port: WorkbookPort = {
    sheetNames: () => wb.sheetNames(),
    readSheets: async (names) => {
      if (!leesbaar) throw new Error('De werkmap is bezet');
      return wb.readSheets(names);
    },
    apply: (changes) => wb.apply(changes),
    select: (blad, cel) => wb.select(blad, cel),
  };
  return { port, weiger: () => (leesbaar = false) };
}

/** A port that counts its `readSheets` calls (a read of the workbook's contents). */
export function telLezingen(wb: WorkbookPort): { port: WorkbookPort; lezingen: () => number } {
  let n = 0;
  const port: WorkbookPort = {
    sheetNames: () => wb.sheetNames(),
    readSheets: (names, detail) => (n++, wb.readSheets(names, detail)),
    apply: (changes) => wb.apply(changes),
    select: (blad, cel) => wb.select(blad, cel),
  };
  return { port, lezingen: () => n };
}

/** Every cell of every sheet but those named, to prove what an action did not touch. */
export const alles = (excel: FakeExcel, behalve: string[] = []) =>
  Object.fromEntries(
    excel
      .sheetNames()
      .filter((n) => !behalve.includes(n))
      .map((n) => [n, excel.cells(n)]),
  );
