import { foutwaardeCode } from '../../sheet';

/**
 * What an analyst types into a cell, as Dutch Excel takes it, made into an entry for
 * `Range.values` (which reads text the way en-US Excel does): `1.735` and `1.234,5` become
 * numbers (dots group thousands, the comma is the decimal sign), `75%` and `12,5%` fractions.
 * An error value goes as its code (`#N/B` or `#N/A` → `#N/A`, as the grid shows `#N/B`).
 * Everything else goes as typed: `=…` a formula, `n.b.` text.
 *
 * | typed     | entry      |
 * |-----------|------------|
 * | `445`     | 445        |
 * | `1.735`   | 1735       |
 * | `1.234,5` | 1234.5     |
 * | `-12,5`   | -12.5      |
 * | `75%`     | 0.75       |
 * | `#N/B`    | `#N/A`     |
 * | `n.b.`    | `'n.b.`    |
 * | ``        | `''`       |
 */
export function typedEntry(typed: string): string | number {
  const text = typed.trim();
  const m = /^([-+]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(%?)$/.exec(text);
  if (m) {
    const [, sign, whole, fraction, percent] = m;
    const n = Number(`${sign}${whole.replace(/\./g, '')}${fraction ? '.' + fraction : ''}`);
    return percent ? n / 100 : n;
  }
  if (text.startsWith('#')) return foutwaardeCode(text);
  if (text === '' || text.startsWith('=')) return text;
  return typed.startsWith("'") ? typed : `'${typed}`;
}
