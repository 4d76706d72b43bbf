import { FakeExcel, type FakeRequest } from '../../src/dev/fakeExcel';
import { consecutiveRuns } from '../../src/sheet/blockRuns';
import { largest, smallest } from '../../src/sheet/extremes';
import { OfficeWorkbook } from '../../src/workbook/adapters/office/officeWorkbook';
import { herberekenWerkmap, type HerberekenUitkomst } from '../../src/workbook/herbereken';
import { LEGE_CEL, type Cel } from '../../src/sheet/usedRange';
import { benchSheets } from './sheets';

/**
 * The Office adapter's goal of syncs per recalculation, checked on the in-memory Excel with the
 * bench workbook of n opgave rows: test/unit/workbook/officeWorkbook.test.ts runs it at 10 and
 * 10,000 rows, test/perf/officeSyncs.test.ts at 100,000.
 */

export const MB = 1024 * 1024;
export const NU = new Date(2026, 10, 22, 14, 32);

export function ok(u: HerberekenUitkomst) {
  if (!u.ok) throw new Error(JSON.stringify(u.meldingen.slice(0, 3)));
  return u;
}

export const writing = (requests: FakeRequest[]) => requests.filter((r) => r.writes > 0);

/**
 * A block: what one request or response may carry. Excel on the web refuses either over
 * 5 MB; a block is filled to 4.8 MB, the rest is margin for the request's own overhead (and
 * for a "5 MB" that might mean 5,000,000 bytes).
 */
const BLOCK = 4_800_000;

/** The goal: 3 syncs, plus one per further block of what is read and of what is written. */
const goal = (read: number, written: number) => 3 + (Math.ceil(read / BLOCK) - 1) + (Math.ceil(written / BLOCK) - 1);

type Columns = (column: number) => boolean;
const all: Columns = () => true;
type Parts = { values: Columns; formulas?: Columns; formats?: Columns; bold?: Columns };

/** UTF-8 bytes of a value's JSON (text remembered: the same few strings come back a million times). */
const texts = new Map<string, number>();
function utf8(value: unknown): number {
  if (typeof value === 'number') return String(value).length;
  const json = JSON.stringify(value);
  const known = texts.get(json) ?? Buffer.byteLength(json);
  if (texts.size < 10_000) texts.set(json, known);
  return known;
}

/**
 * What cells of a sheet's used range weigh in Office's JSON (a 2D array per run of columns a
 * part picks), counted by the test itself; bold as Office's cell properties. For each `Parts`.
 */
function cellBytes(fake: FakeExcel, sheet: string, ...weighings: Parts[]): number[] {
  const cells = fake.cellEntries(sheet);
  const used = cells.filter(([, , cel]) => cel.value !== null || cel.formula !== null);
  const [top, bottom] = [
    smallest(
      used.map(([r]) => r),
      Infinity,
    ),
    largest(
      used.map(([r]) => r),
      0,
    ),
  ];
  const [left, right] = [
    smallest(
      used.map(([, c]) => c),
      Infinity,
    ),
    largest(
      used.map(([, c]) => c),
      0,
    ),
  ];
  const inside = cells.filter(([r, c]) => r >= top && r <= bottom && c >= left && c <= right);
  const value = (cel: Cel) => (cel.value === null ? '' : typeof cel.value === 'object' ? cel.value.error : cel.value);
  const picks: [keyof Parts, (cel: Cel) => unknown][] = [
    ['values', value],
    ['formulas', (cel) => (cel.formula === null ? value(cel) : `=${cel.formula}`)],
    ['formats', (cel) => cel.numberFormat],
    ['bold', (cel) => ({ format: { font: { bold: cel.bold } } })],
  ];
  const rows = bottom - top + 1;
  const weigh = (picked: Columns, pick: (cel: Cel) => unknown) => {
    const runs = consecutiveRuns(Array.from({ length: right - left + 1 }, (_, i) => left + i).filter(picked));
    // Every cell as if empty (`[[…],…]` per run), then the difference the cells that hold something make.
    const empty = utf8(pick(LEGE_CEL));
    const shape = runs.reduce((n, run) => n + 2 + rows * (2 + run.length * empty + run.length - 1) + rows - 1, 0);
    return inside.reduce((n, [, c, cel]) => (picked(c) ? n + utf8(pick(cel)) - empty : n), shape);
  };
  return weighings.map((parts) => picks.reduce((sum, [part, pick]) => sum + (parts[part] ? weigh(parts[part], pick) : 0), 0));
}

// benchSheets: Opgave's input in A–E (E the amounts), so its owned columns are F–L; Dekking's in A–G (F–G the amounts), so H.
const BENCH_OWNED: Record<string, Columns> = { Opgave: (column) => column >= 6, Dekking: (column) => column >= 8 };
const BENCH_AMOUNTS_ON: Record<string, Columns> = { Opgave: (column) => column >= 5, Dekking: (column) => column >= 6 };

/**
 * The bench workbook weighed: what a recalculation of it must read (all values; formulas and
 * formats of the amount columns and the owned columns; the Totaalbeeld whole, with bold), and
 * what the last one wrote (the owned columns' values and formats, and the Totaalbeeld's).
 */
function weigh(fake: FakeExcel): { read: number; written: number } {
  const [opgave, dekking] = ['Opgave', 'Dekking'].map((sheet) =>
    cellBytes(
      fake,
      sheet,
      { values: all, formulas: BENCH_AMOUNTS_ON[sheet], formats: BENCH_AMOUNTS_ON[sheet] },
      { values: BENCH_OWNED[sheet], formats: BENCH_OWNED[sheet] },
    ),
  );
  const [totaalbeeld, totaalbeeldWritten] = fake.sheetNames().includes('NPLV Totaalbeeld')
    ? cellBytes(fake, 'NPLV Totaalbeeld', { values: all, formulas: all, formats: all, bold: all }, { values: all, formats: all })
    : [0, 0];
  return { read: opgave[0] + dekking[0] + totaalbeeld, written: opgave[1] + dekking[1] + totaalbeeldWritten };
}

/** A recalculation run twice on the bench workbook of `n` opgave rows meets the goal exactly, with no request refused. */
export async function meetsSyncGoal(n: number): Promise<void> {
  const fake = new FakeExcel(benchSheets(n));
  let { read } = weigh(fake);
  for (const run of ['first', 'second']) {
    const from = fake.syncs;
    ok(await herberekenWerkmap(new OfficeWorkbook(fake.run), { nu: NU }));
    const requests = fake.requests.slice(from);
    const after = weigh(fake);
    // The names with the first rows of Opgave and Dekking, a sync per block read, a sync per block written.
    expect([run, requests.length]).toEqual([run, goal(read, after.written)]);
    expect([run, requests.filter((r) => r.writes === 0).length, writing(requests).length]).toEqual([
      run,
      Math.ceil(read / BLOCK) + 1,
      Math.ceil(after.written / BLOCK),
    ]);
    expect(requests.every((r) => r.error === undefined && r.payloadBytes <= 5 * MB && r.responseBytes <= 5 * MB)).toBe(true);
    // What crossed the wire is what had to: the test's own count of it, give or take the requests' wrapping.
    const received = requests.reduce((sum, r) => sum + r.responseBytes, 0);
    expect(Math.abs(received - read)).toBeLessThan(read * 0.02 + 20_000);
    read = after.read;
  }
  if (n <= 10_000) expect(fake.syncs).toBe(6); // 3 and 3: everything fits one block each way
}
