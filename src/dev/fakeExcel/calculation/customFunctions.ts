import type { FakeSheet } from '../book';
import { passArguments, type EmptyCellArgument, type FakeFunctionParameter } from './customArguments';
import type { CustomCall } from './customCall';
import { NO_VALUE, type Lookup } from './formula';
import { EXCEL_ERRORS, type CellValue } from '../../../sheet';

export type { EmptyCellArgument, FakeFunctionParameter } from './customArguments';

/** A custom function as `CustomFunctions.associate(id, fn)` registers it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any function, whatever its parameters
export type FakeCustomFunction = (...args: any[]) => unknown;

/** A function of functions.json: its id and parameters. */
export interface FakeFunctionMetadata {
  id: string;
  parameters: FakeFunctionParameter[];
}

/** The add-in's custom functions, for the in-memory Excel to evaluate in formulas. */
export interface FakeCustomFunctions {
  /** Id (upper case, `RIJKSDEEL`) → function, looked up at each evaluation: a map filled later serves. */
  functions: ReadonlyMap<string, FakeCustomFunction>;
  /** functions.json (or its `functions`): how Excel passes each argument. Without it, by the argument's shape. */
  metadata?: { functions: readonly FakeFunctionMetadata[] } | readonly FakeFunctionMetadata[];
  /**
   * What an empty cell of a referenced block is passed as; `''` unless given. Reports on
   * Excel differ (office-js issues 1951 and 5262: 0 in a matrix, on the web and on Windows;
   * 4702: a single empty cell null on the web, 0 on Windows): give 0 or null to test those.
   */
  emptyCell?: EmptyCellArgument;
}

/** A formula's result as a block of values (one value: 1×1), and the message of an error thrown. */
export interface CustomResult {
  values: CellValue[][];
  message?: string;
}

type Entry = CustomResult & { signature: string };

const fout = (error: string, message?: string): CustomResult => ({ values: [[{ error }]], ...(message !== undefined && { message }) });

// One value of a result: a number (not NaN or ∞: #NUM!), text, a boolean, null as 0 (as Excel), a CustomFunctions.Error's code.
function cellValue(v: unknown): CellValue {
  if (typeof v === 'number') return Number.isFinite(v) ? v : { error: '#NUM!' };
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v === null || v === undefined) return 0;
  const code = (v as { code?: unknown }).code;
  return typeof code === 'string' && EXCEL_ERRORS.has(code) ? { error: code } : { error: '#VALUE!' };
}

/** What a function returned, as a block: a 2-D array (rectangular, not empty) or one value. */
export function resultOf(value: unknown): CustomResult {
  if (!Array.isArray(value)) return { values: [[cellValue(value)]] };
  const rectangular = value.length > 0 && value.every((row) => Array.isArray(row) && row.length > 0 && row.length === value[0].length);
  return rectangular ? { values: value.map((row: unknown[]) => row.map(cellValue)) } : fout('#VALUE!');
}

/** A thrown error as the cell shows it: a `CustomFunctions.Error`'s code and message, anything else #VALUE!. */
export function thrown(e: unknown): CustomResult {
  const { code, message } = (e ?? {}) as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' && message !== '' && message !== code ? message : undefined;
  return typeof code === 'string' && EXCEL_ERRORS.has(code) ? fout(code, text) : fout('#VALUE!', text);
}

/**
 * Calls the custom functions of formulas the way Excel does: once per formula and inputs (an
 * entry per formula cell keeps the result while its arguments stay the same), a function
 * that is not registered `#NAME?`, a returned Promise `#BUSY!` until it settles; then its
 * value is kept and `settled` is told, for the cell to show it.
 */
export class CustomFunctionHost {
  config: FakeCustomFunctions | undefined;
  private readonly entries = new WeakMap<FakeSheet, Map<string, Entry>>();

  constructor(private readonly settled: (sheet: FakeSheet, row: number, column: number) => void) {}

  /** The result of the call in a formula cell; undefined when the fake has no value for it (an input without one). */
  result(sheet: FakeSheet, row: number, column: number, call: CustomCall, lookup: Lookup): CustomResult | undefined {
    const fn = this.config?.functions.get(call.id);
    if (!fn) return fout('#NAME?');
    const passed = passArguments(call.args, this.parameters(call.id), lookup, this.config?.emptyCell ?? '');
    if (passed === NO_VALUE) return undefined;
    if (!('args' in passed)) return { values: [[passed]] };
    const signature = JSON.stringify([call.id, passed.args]);
    const entries = this.entries.get(sheet) ?? this.entries.set(sheet, new Map()).get(sheet)!;
    const at = `${row}:${column}`;
    const known = entries.get(at);
    if (known?.signature === signature) return known;
    const entry: Entry = {
      signature,
      ...this.call(fn, passed.args, (done) => {
        if (entries.get(at) !== entry) return;
        Object.assign(entry, done);
        this.settled(sheet, row, column);
      }),
    };
    entries.set(at, entry);
    return entry;
  }

  /** The message of the error a formula cell's function threw, if it did. */
  message(sheet: FakeSheet, row: number, column: number): string | undefined {
    return this.entries.get(sheet)?.get(`${row}:${column}`)?.message;
  }

  private call(fn: FakeCustomFunction, args: unknown[], later: (done: CustomResult) => void): CustomResult {
    try {
      const value = fn(...args);
      if (!(value instanceof Promise || typeof (value as { then?: unknown })?.then === 'function')) return resultOf(value);
      void Promise.resolve(value).then(
        (v) => later(resultOf(v)),
        (e) => later(thrown(e)),
      );
      return fout('#BUSY!');
    } catch (e) {
      return thrown(e);
    }
  }

  private parameters(id: string): FakeFunctionParameter[] | undefined {
    const meta = this.config?.metadata;
    const list = meta === undefined ? [] : 'functions' in meta ? meta.functions : meta;
    return list.find((f) => f.id.toUpperCase() === id)?.parameters;
  }
}
