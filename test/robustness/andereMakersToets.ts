import { copyFileSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { meldingLine } from '../../src/cli/report';
import { parseA1 } from '../../src/sheet/address';
import type { WorkbookPort } from '../../src/workbook/port';
import { herberekenWerkmap } from '../../src/workbook/herbereken';
import { openXlsxPackage } from '../../src/workbook/adapters/xlsx';
import { openXlsx } from '../../src/workbook/adapters/exceljs/xlsxWorkbook';
import { changedCells, snapshot } from '../contract/snapshot';
import { totaleOpgave, values } from './cellen';
import { NIEUWBOUW_CIJFERS, ONDERWIJS_CIJFERS, OPGAVE_KOPPEN, TOTALE_OPGAVE } from './werkmap';

/**
 * Issue 12: how a workbook another program made is checked (andereMakers.*.test.ts): opened
 * by both file adapters (ExcelJS, and the package adapter `nplv` uses), recalculated, saved
 * and opened again; the outcome must be exactly the one worked out by hand.
 */

export const NU = new Date(2026, 10, 22, 14, 32);
export const DATUM_HINT = 'geef de cel de getalnotatie Getal of Percentage';

export interface Verwacht {
  /** Every message as `nplv` prints it. */
  meldingen: string[];
  /** With a result: Opgave's first owned column and row → its seven figures; Dekking's owned column and row → Totale dekking; the Totaalbeeld's Totale opgave row. */
  resultaat?: {
    opgaveKolom: string;
    opgave: Record<number, readonly (number | null)[]>;
    dekkingKolom: string;
    dekking: Record<number, number>;
    totaleOpgave: number[];
  };
}

export const BASIS: Verwacht['resultaat'] = {
  opgaveKolom: 'F',
  opgave: { 2: NIEUWBOUW_CIJFERS, 3: ONDERWIJS_CIJFERS },
  dekkingKolom: 'G',
  dekking: { 2: 160, 3: 60 }, // 100 + 60, 20 + 40
  totaleOpgave: TOTALE_OPGAVE,
};

export const ADAPTERS: { naam: string; open: (path: string) => Promise<{ port: WorkbookPort; save(path: string): Promise<void> }> }[] = [
  { naam: 'ExcelJS', open: openXlsx },
  { naam: 'package', open: openXlsxPackage },
];

let map: string | undefined;
let n = 0;
afterAll(() => map && rmSync(map, { recursive: true, force: true }));
/** A folder of this test file's own, removed after it. */
export const werkmapMap = () => (map ??= mkdtempSync(join(tmpdir(), 'nplv-andere-makers-')));
export const nieuwPad = () => join(werkmapMap(), `stap-${++n}.xlsx`);

/** Opens a copy of the file, runs herbereken, saves, opens again: the outcome must be exactly `v`, and nothing but the owned cells may change. */
export async function toets(adapter: (typeof ADAPTERS)[number], bestand: string, v: Verwacht): Promise<void> {
  const pad = nieuwPad();
  copyFileSync(bestand, pad);
  const werkmap = await adapter.open(pad);
  const voor = await snapshot(werkmap.port);
  const apply = jest.spyOn(werkmap.port, 'apply');
  const uitkomst = await herberekenWerkmap(werkmap.port, { nu: NU });
  const opgeslagen = nieuwPad();
  await werkmap.save(opgeslagen);
  const na = await snapshot((await adapter.open(opgeslagen)).port);
  expect({ ok: uitkomst.ok, meldingen: uitkomst.meldingen.map(meldingLine).sort() }).toEqual({
    ok: v.resultaat !== undefined,
    meldingen: [...v.meldingen].sort(),
  });
  const r = v.resultaat;
  if (!r) {
    expect(apply).not.toHaveBeenCalled();
    return expect(changedCells(voor.cells, na.cells)).toEqual([]);
  }
  expect(apply).toHaveBeenCalledTimes(1);
  const rijen = (rs: object) => Object.keys(rs).map(Number);
  expect(Object.fromEntries(rijen(r.opgave).map((rij) => [rij, values(na, 'Opgave', r.opgaveKolom, rij, OPGAVE_KOPPEN.length)]))).toEqual(
    r.opgave,
  );
  expect(Object.fromEntries(rijen(r.dekking).map((rij) => [rij, values(na, 'Dekking', r.dekkingKolom, rij, 1)[0]]))).toEqual(r.dekking);
  expect(totaleOpgave(na, 'NPLV Totaalbeeld')).toEqual(r.totaleOpgave);
  const eigen = (cel: string) => {
    const [blad, adres] = cel.split('!');
    const at = parseA1(adres)!;
    const van = parseA1(`${blad === 'Opgave' ? r.opgaveKolom : r.dekkingKolom}1`)!.column;
    return blad === 'NPLV Totaalbeeld' || (at.column >= van && at.column < van + (blad === 'Opgave' ? OPGAVE_KOPPEN.length : 1));
  };
  expect(changedCells(voor.cells, na.cells).filter((c) => !eigen(c))).toEqual([]);
}
