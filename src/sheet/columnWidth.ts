import { largest } from './extremes';
import { formatCell } from './formatCell';
import type { CellValue } from './cell';

/** Excel's standard column width, in characters (a column without a width of its own). */
export const STANDARD_WIDTH = 8.43;

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** How many characters a cell shows with its number format, as `formatCell` shows it. */
export const shownLength = (value: CellValue, format: string | null | undefined): number => formatCell(value, format).length;

/**
 * The width (in characters) of a column that shows texts of these lengths: the longest and a
 * margin of 2, at least 8 and at most 60 (a longer text wraps or overflows); null for none.
 */
export function fitWidth(lengths: readonly number[]): number | null {
  const longest = largest(lengths, 0);
  return longest === 0 ? null : Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}
