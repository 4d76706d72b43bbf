import type { Argument } from './customCall';
import { NO_VALUE, type Lookup } from './formula';
import type { CellValue } from '../../../sheet';

/** What functions.json says of a parameter: what changes how Excel passes an argument. */
export interface FakeFunctionParameter {
  name?: string;
  /** `number`, `string`, `boolean` or `any` (the default). */
  type?: string;
  /** `matrix` (a 2-D array) or `scalar` (the default). */
  dimensionality?: string;
  optional?: boolean;
}

/** What an empty cell of a referenced block is passed as (see `FakeCustomFunctions.emptyCell`). */
export type EmptyCellArgument = '' | 0 | null;

type Fout = { error: string };
/** The arguments to call with, or the error the cell gets without a call, or NO_VALUE (a cell without a value). */
export type Passed = { args: unknown[] } | Fout | typeof NO_VALUE;

const isFout = (v: unknown): v is Fout => typeof v === 'object' && v !== null && !Array.isArray(v) && 'error' in v;
const VALUE: Fout = { error: '#VALUE!' };

// A scalar value converted to the parameter's type, as Excel converts it before the call.
function typed(v: CellValue, type: string | undefined): CellValue {
  if (v === null || v === '' || isFout(v)) return v;
  if (type === 'string') return typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
  if (type === 'number')
    return typeof v === 'boolean'
      ? Number(v)
      : typeof v === 'number' || /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(v)
        ? Number(v)
        : VALUE;
  if (type === 'boolean')
    return typeof v === 'number' ? v !== 0 : typeof v === 'boolean' ? v : /^(true|false)$/i.test(v) ? v.toUpperCase() === 'TRUE' : VALUE;
  return v;
}

/** A referenced block's values, row by row; NO_VALUE when a cell has none; #REF! for a sheet that is not there. */
function block(arg: Extract<Argument, { ref: unknown }>, lookup: Lookup, empty: EmptyCellArgument): CellValue[][] | Fout | typeof NO_VALUE {
  const { sheet, top, left, bottom, right } = arg.ref;
  const rows: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: CellValue[] = [];
    for (let c = left; c <= right; c++) {
      const v = lookup(sheet, r, c);
      if (v === NO_VALUE) return NO_VALUE;
      if (isFout(v) && v.error === '#REF!' && sheet !== undefined) return v;
      row.push(v === null ? empty : v);
    }
    rows.push(row);
  }
  return rows;
}

/** One argument as Excel passes it to a parameter (undefined: no metadata, passed by its shape). */
function pass(arg: Argument, p: FakeFunctionParameter | undefined, lookup: Lookup, empty: EmptyCellArgument): unknown {
  if ('omitted' in arg) return null;
  const values = 'value' in arg ? [[arg.value]] : block(arg, lookup, empty);
  if (values === NO_VALUE || isFout(values)) return values;
  const error = values.flat().find(isFout);
  if (error) return error; // Excel does not call the function with an error value: the cell gets it
  const matrix = p ? p.dimensionality === 'matrix' : 'ref' in arg && values.length * values[0].length > 1;
  if (matrix) return values;
  if (values.length * values[0].length > 1) return VALUE; // a block for one value: Excel would call once per cell; not modelled
  return typed(values[0][0], p?.type);
}

/**
 * The arguments of a call as Excel passes them: an omitted one as null; to a `matrix`
 * parameter a 2-D array (a single value as `[[value]]`, empty cells of a block as `empty`);
 * to a scalar one a value, of one cell for a reference, converted to the parameter's type (a
 * number to text for `string`). An error value in an argument is the cell's value, without a
 * call. Without metadata, a block of more than one cell is passed as a 2-D array, anything else as a value.
 */
export function passArguments(
  args: Argument[],
  parameters: FakeFunctionParameter[] | undefined,
  lookup: Lookup,
  empty: EmptyCellArgument,
): Passed {
  const count = Math.max(args.length, parameters?.length ?? 0);
  const passed = Array.from({ length: count }, (_, i) => (i < args.length ? pass(args[i], parameters?.[i], lookup, empty) : null));
  if (passed.includes(NO_VALUE)) return NO_VALUE;
  const error = passed.find(isFout);
  return error ?? { args: passed };
}
