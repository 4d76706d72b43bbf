import { a1 } from '../../../src/sheet/address';
import type { CellValue } from '../../../src/workbook/port';
import { isPmTekst, kolomMet, TELKOPPEN } from './scenarios';
import { kopie, type Blad, type Werkmap } from './werkmap';

export type Welke = 'opgave' | 'dekking';

/** An amount or key cell of a data row of Opgave or Dekking, as the workbook was built. */
export interface Telcel {
  tabel: Welke;
  blad: string;
  /** 1-based row, 0-based column (as in `Blad.rows`). */
  rij: number;
  kolom: number;
  adres: string;
  /** A verdeelsleutel (Opgave's key column) rather than an amount. */
  sleutel: boolean;
}

export const bladVan = (w: Werkmap, t: Welke): Blad => w.bladen.find((b) => b.name === w[t].blad)!;

const leeg = (v: CellValue | undefined) => v === null || v === undefined || v === '';

/** WORKBOOK.md: a row whose label starts with Totaal, Totale, Subtotaal or Waarvan is a control row; any text cell that does counts here. */
const isControlerij = (r: readonly CellValue[]) => r.some((v) => typeof v === 'string' && /^(sub)?tota(a|le)|^waarvan/i.test(v.trim()));

/**
 * The amount and key cells (WORKBOOK.md's headers, leftmost match) of the rows below each
 * header row that hold something else too and are no control rows; not a formula, not PM.
 */
export function telcellen(w: Werkmap): Telcel[] {
  return (['opgave', 'dekking'] as const).flatMap((t) => {
    const b = bladVan(w, t);
    const kop = b.rows[w[t].kopRij - 1] ?? [];
    const kolommen = TELKOPPEN[t].flatMap((namen, i) => {
      const k = kolomMet(kop, namen);
      return k === undefined ? [] : [{ kolom: k, sleutel: t === 'opgave' && i === 1 }];
    });
    return b.rows.flatMap((r, i) => {
      const rij = i + 1;
      if (rij <= w[t].kopRij || isControlerij(r)) return [];
      return kolommen
        .filter(
          ({ kolom }) => r.some((v, c) => c !== kolom && !leeg(v)) && !isPmTekst(r[kolom]) && b.formulas[a1(rij, kolom + 1)] === undefined,
        )
        .map(({ kolom, sleutel }) => ({ tabel: t, blad: b.name, rij, kolom, adres: a1(rij, kolom + 1), sleutel }));
    });
  });
}

/** Puts a value into a sheet's rows, growing them as needed. */
export function zetWaarde(b: Blad, rij: number, kolom: number, v: CellValue): void {
  while (b.rows.length < rij) b.rows.push([]);
  const r = b.rows[rij - 1];
  while (r.length <= kolom) r.push(null);
  r[kolom] = v;
}

/** Some of the cells, each once: picks by index (modulo what is left). */
export function kiesCellen<T>(cellen: readonly T[], keuzes: readonly number[]): T[] {
  const over = [...cellen];
  return keuzes.flatMap((k) => (over.length === 0 ? [] : over.splice(k % over.length, 1)));
}

/**
 * The workbook without the random formulas that refer to other cells (`SUM(E2:E4)`, `E3*2`),
 * each keeping its value as a constant: a property that changes an amount cell in one
 * workbook and not in the other must not see a formula elsewhere follow it.
 */
export function zonderVerwijzingen(w: Werkmap): Werkmap {
  const uit = kopie(w);
  for (const b of uit.bladen)
    for (const [adres, f] of Object.entries(b.formulas)) if (/^SUM\(.*:|\*2$/.test(f.formula)) delete b.formulas[adres];
  return uit;
}
