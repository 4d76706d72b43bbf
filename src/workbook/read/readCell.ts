import { Dec, type Melding } from '../../engine';
import { datumSoort, datumTekst } from './dateFormat';
import type { UncachedValue } from './formula/cells';
import { formuleCitaat, workbookTekst } from '../messages';
import { decimalenVanNotatie } from './notatieDecimalen';
import { parseBedrag, parseFractie, parseJaar, parseTekst, type Parsed } from './parseCell';
import type { CellValue, SheetGrid } from '../port';
import type { Soort } from '../sheetDefs';
import { a1, isBlank } from '../../sheet';

export type Veldwaarde = string | Dec | number | undefined;

/** One cell of a column that is read: where it is and what it holds. */
export interface GelezenCel {
  veld: string;
  soort: Soort;
  rij: number;
  kolom: number;
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  bold: boolean;
}

/** The cell's A1 address, for a message. */
export const celVan = (c: GelezenCel) => a1(c.rij, c.kolom);

/** A formula without a computed value (what a file written by a program other than a spreadsheet holds). */
export const zonderWaarde = (c: GelezenCel) => c.formula !== null && c.value === null;

/** Empty: no value and no formula (a formula without a value is not empty: it is read, or reported). */
export const leeg = (c: GelezenCel) => isBlank(c.value) && c.formula === null;

// `decimalen`: those the cell's number format shows, for an amount in a message (issue 12).
const PARSERS: Record<Soort, (v: CellValue | Dec, veld: string, decimalen?: number) => Parsed<Veldwaarde>> = {
  tekst: (v) => (v instanceof Dec ? { ok: true, value: v.toString() } : parseTekst(v)),
  bedrag: parseBedrag,
  fractie: parseFractie,
  jaar: parseJaar,
};

/**
 * A cell read as its column's kind (WORKBOOK.md "Cell values", tightened by issue 12): a
 * formula without a computed value is computed here when it is simple — with a warning that
 * says so — and an error otherwise, never 0; a number shown as a date or time in an amount or
 * key column is an error, never its serial number.
 */
export function readCell(grid: SheetGrid, c: GelezenCel, uncached: UncachedValue): { parsed: Parsed<Veldwaarde>; waarschuwing?: Melding } {
  const decimalen = decimalenVanNotatie(c.numberFormat);
  if (zonderWaarde(c)) {
    const value = c.soort === 'tekst' ? undefined : uncached(grid, c.rij, c.kolom);
    if (value === undefined) return { parsed: { ok: false, bericht: workbookTekst.formuleZonderWaarde(formuleCitaat(c.formula!)) } };
    const datum = alsDatum(c, value.toNumber());
    if (datum) return { parsed: datum };
    const parsed = PARSERS[c.soort](value, c.veld, decimalen);
    const bericht = workbookTekst.formuleUitgerekend(formuleCitaat(c.formula!), value);
    return { parsed, ...(parsed.ok && { waarschuwing: { ernst: 'waarschuwing', blad: grid.name, cel: celVan(c), bericht } }) };
  }
  const datum = typeof c.value === 'number' ? alsDatum(c, c.value) : undefined;
  return { parsed: datum ?? PARSERS[c.soort](c.value, c.veld, decimalen) };
}

// A number (typed, or computed from a formula without a value) in an amount or key cell shown as a date or time: the error.
function alsDatum(c: GelezenCel, serial: number): Parsed<Veldwaarde> | undefined {
  const datum = c.soort === 'bedrag' || c.soort === 'fractie' ? datumSoort(c.numberFormat) : undefined;
  return datum && { ok: false, bericht: workbookTekst.datum(datum, datumTekst(serial, datum), c.soort) };
}
