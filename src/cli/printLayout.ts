import type { TotaalbeeldLayout } from '../workbook';
import { blokken } from './blokken';

/**
 * The Totaalbeeld (the very rows of the sheet) as a text table: labels left, amounts right,
 * columns as wide as their content. Each table (rows between blank lines) gets its own column
 * widths; a row with one cell (a title, a group label) is not aligned and does not count.
 */
export function printLayout(layout: TotaalbeeldLayout<unknown>): string {
  return blokken(layout)
    .map(({ rijen, getallen }) => {
      const widths: number[] = [];
      rijen.forEach(({ teksten }) => teksten.length > 1 && teksten.forEach((t, i) => (widths[i] = Math.max(widths[i] ?? 0, t.length))));
      return rijen
        .map(({ teksten }) =>
          teksten.length <= 1
            ? (teksten[0] ?? '')
            : teksten
                .map((t, i) => (getallen.has(i) ? t.padStart(widths[i]) : t.padEnd(widths[i])))
                .join('  ')
                .trimEnd(),
        )
        .join('\n');
    })
    .join('\n\n');
}
