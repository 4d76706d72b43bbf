import { a1, parseA1 } from '../../../src/sheet/address';
import type { CellValue } from '../../../src/workbook/port';
import type { Plaats } from './eigen';

/** What a cell holds: value, formula, number format and bold. */
export interface CelStaat {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  bold: boolean;
}

/**
 * The whole of a workbook as the adapter keeps it: sheets in tab order, every cell that is
 * not in its default state (empty, no formula, General, not bold) by `Blad!A1`, every column
 * width of its own by `Blad!C`, and each sheet's charts.
 */
export interface Snapshot {
  bladen: string[];
  cellen: Map<string, CelStaat>;
  breedtes: Map<string, number>;
  grafieken: Map<string, string>;
}

/** One sheet as an adapter gives it, for `maakSnapshot`. */
export interface BladStaat {
  naam: string;
  cellen: Iterable<readonly [number, number, CelStaat]>;
  /** Width per column from A; null or undefined = the standard width. */
  breedtes: readonly (number | null | undefined)[];
  grafieken?: unknown;
}

const isLeeg = (c: CelStaat) =>
  c.value === null && c.formula === null && (c.numberFormat === 'General' || c.numberFormat === '') && !c.bold;

export function maakSnapshot(bladen: BladStaat[]): Snapshot {
  const s: Snapshot = { bladen: bladen.map((b) => b.naam), cellen: new Map(), breedtes: new Map(), grafieken: new Map() };
  for (const b of bladen) {
    for (const [rij, kolom, cel] of b.cellen)
      if (!isLeeg(cel)) s.cellen.set(`${b.naam}!${a1(rij, kolom)}`, { ...cel, numberFormat: cel.numberFormat || 'General' });
    b.breedtes.forEach((w, i) => w !== null && w !== undefined && s.breedtes.set(`${b.naam}!${a1(1, i + 1).replace(/\d+$/, '')}`, w));
    const grafieken = JSON.stringify(b.grafieken ?? null);
    if (grafieken !== 'null' && grafieken !== '[]') s.grafieken.set(b.naam, grafieken);
  }
  return s;
}

// `Blad!A1` → sheet, row, column; `Blad!C` (a width) → sheet, column.
function plaatsVan(key: string): [string, number | undefined, number | undefined] {
  const i = key.lastIndexOf('!');
  const [blad, adres] = [key.slice(0, i), key.slice(i + 1)];
  const at = parseA1(/\d$/.test(adres) ? adres : `${adres}1`);
  return /\d$/.test(adres) ? [blad, at?.row, at?.column] : [blad, undefined, at?.column];
}

// JSON that tells NaN, Infinity and -0 from null and 0.
const json = (v: unknown) =>
  JSON.stringify(v, (_, x) => (typeof x === 'number' && (!Number.isFinite(x) || Object.is(x, -0)) ? `number:${x === 0 ? '-0' : x}` : x));

function verschil<T>(voor: Map<string, T>, na: Map<string, T>, negeer: (key: string) => boolean): string[] {
  return [...new Set([...voor.keys(), ...na.keys()])]
    .filter((k) => !negeer(k) && json(voor.get(k)) !== json(na.get(k)))
    .sort()
    .map((k) => `${k}: ${json(voor.get(k)) ?? 'leeg'} → ${json(na.get(k)) ?? 'leeg'}`);
}

/**
 * How two snapshots differ, each difference as one line; `eigen` leaves out what the add-in
 * owns (its sheet whole, its cells, the widths of its columns): those may change. Charts of its input sheets are not its own.
 */
export function verschillen(voor: Snapshot, na: Snapshot, eigen: Plaats = () => false): string[] {
  const bladen = (s: Snapshot) => s.bladen.filter((b) => !eigen(b));
  const uit: string[] = [];
  if (json(bladen(voor)) !== json(bladen(na))) uit.push(`bladen: ${json(voor.bladen)} → ${json(na.bladen)}`);
  uit.push(...verschil(voor.cellen, na.cellen, (k) => eigen(...plaatsVan(k))));
  uit.push(...verschil(voor.breedtes, na.breedtes, (k) => eigen(plaatsVan(k)[0], undefined, plaatsVan(k)[2])));
  uit.push(...verschil(voor.grafieken, na.grafieken, (k) => eigen(k)));
  return uit;
}
