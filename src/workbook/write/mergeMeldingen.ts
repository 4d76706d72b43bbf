import type { Melding } from '../../engine';
import { parseA1 } from '../../sheet';

/**
 * The errors of reading and of the engine as one list: at most one per cell (the reading
 * error wins: the engine saw the cell as empty), sorted by sheet (in tab order), row, column.
 */
export function mergeFouten(sheetNames: readonly string[], lezen: readonly Melding[], engine: readonly Melding[]): Melding[] {
  const taken = new Set(lezen.filter((m) => m.cel).map((m) => `${m.blad}!${m.cel}`));
  return inSheetOrder(sheetNames, [...lezen, ...engine.filter((m) => !m.cel || !taken.has(`${m.blad}!${m.cel}`))]);
}

/**
 * The warnings of reading before the engine's messages of a good result; the engine's keep
 * their order (per periode, as the Totaalbeeld lists them) when reading warned of nothing.
 */
export function mergeMeldingen(sheetNames: readonly string[], lezen: readonly Melding[], engine: readonly Melding[]): Melding[] {
  return lezen.length === 0 ? [...engine] : [...inSheetOrder(sheetNames, lezen), ...engine];
}

function inSheetOrder(sheetNames: readonly string[], all: readonly Melding[]): Melding[] {
  const sheet = (m: Melding) => {
    const i = sheetNames.indexOf(m.blad);
    return i < 0 ? sheetNames.length + (m.blad ? 0 : 1) : i;
  };
  const place = (m: Melding) => parseA1(m.cel) ?? { row: 0, column: 0 };
  return all
    .map((m, i) => ({ m, i }))
    .sort((a, b) => sheet(a.m) - sheet(b.m) || place(a.m).row - place(b.m).row || place(a.m).column - place(b.m).column || a.i - b.i)
    .map(({ m }) => m);
}
