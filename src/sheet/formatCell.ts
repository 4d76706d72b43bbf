import { foutwaardeNl } from './errors';
import type { CellValue } from './cell';

/**
 * A cell value as Excel (Dutch) shows it with the simple formats the add-in writes:
 * `#,##0.0` → `1.358,8`; `0%` → `75%`; `0.0%` → `12,5%`; `General` (or none) → up to 2
 * decimals. Text passes through; TRUE/FALSE show as `WAAR`/`ONWAAR`; an error value as Dutch
 * Excel names it (`#NAME?` → `#NAAM?`).
 * Used by the command line's tables and the demo's sheet view.
 */
export function formatCell(value: CellValue, format?: string | null): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'WAAR' : 'ONWAAR';
  if (typeof value === 'object') return foutwaardeNl(value.error);
  const general = !format || format === 'General';
  const percent = !general && format.endsWith('%');
  const decimals = general ? 2 : (/\.(0+)/.exec(format)?.[1].length ?? 0);
  const shown = percent ? value * 100 : value;
  const grouping = general || format.includes(',') || percent;
  const text = new Intl.NumberFormat('nl-NL', {
    minimumFractionDigits: general ? 0 : decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouping,
  }).format(shown);
  return percent ? text + '%' : text;
}
