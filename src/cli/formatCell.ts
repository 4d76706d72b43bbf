/**
 * A number as Excel would show it with the simple formats the add-in writes, in Dutch notation:
 * `#,##0.0` → `1.358,8`; `0%` → `75%`; `0.0%` → `12,5%`. Text passes through.
 */
export function formatCell(value: string | number | null, format?: string | null): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  const percent = !!format && format.endsWith('%');
  const decimals = format ? (/\.(0+)/.exec(format)?.[1].length ?? 0) : 2;
  const shown = percent ? value * 100 : value;
  const grouping = !format || format.includes(',') || percent;
  const text = new Intl.NumberFormat('nl-NL', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouping,
  }).format(shown);
  return percent ? text + '%' : text;
}
