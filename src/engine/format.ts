import type { Dec } from './decimal';

/**
 * Dutch notation: `1358.75` → `1.358,75`, `-5` → `-5`. Exact up to 6 decimals, trailing zeros
 * dropped (the Uitleg, exact amounts); messages round as the sheet shows (`toon`, getoond.ts).
 * This is for reading, never for computing.
 */
export function formatBedrag(value: Dec): string {
  const fixed = value.toDecimalPlaces(6).toFixed();
  const [whole, fraction] = fixed.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = whole.replace('-', '');
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return sign + grouped + (fraction ? ',' + fraction.replace(/0+$/, '') : '');
}

/** `0.75` → `75%`, `0.125` → `12,5%` */
export function formatPercentage(value: Dec): string {
  return formatBedrag(value.times(100)) + '%';
}
