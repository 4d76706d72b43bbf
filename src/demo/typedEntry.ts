/**
 * What an analyst types into a cell, as Dutch Excel takes it, made into an entry for
 * `Range.values` (which reads text the way en-US Excel does): `1.735` and `1.234,5` become
 * numbers (dots group thousands, the comma is the decimal sign), `75%` and `12,5%` fractions.
 * Everything else goes as typed: `=…` a formula, `#N/A` an error value, `n.b.` text.
 *
 * | typed     | entry      |
 * |-----------|------------|
 * | `445`     | 445        |
 * | `1.735`   | 1735       |
 * | `1.234,5` | 1234.5     |
 * | `-12,5`   | -12.5      |
 * | `75%`     | 0.75       |
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
  if (text === '' || text.startsWith('=') || text.startsWith('#')) return text;
  return typed.startsWith("'") ? typed : `'${typed}`;
}
