import { a1, parseA1 } from '../address';

/** A rectangle by its 1-based edges. */
export interface RefBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `A1:F20` or `B3` as a box; undefined for anything else. */
export function parseRef(ref: string): RefBox | undefined {
  const [from, to = from] = ref.replace(/\$/g, '').toUpperCase().split(':');
  const [a, b] = [parseA1(from), parseA1(to)];
  return a && b ? { top: a.row, left: a.column, bottom: b.row, right: b.column } : undefined;
}

export function refText(box: RefBox): string {
  const [from, to] = [a1(box.top, box.left), a1(box.bottom, box.right)];
  return from === to ? from : `${from}:${to}`;
}

export function unionBox(a: RefBox | undefined, b: RefBox): RefBox {
  if (!a) return b;
  return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}
