import type { CellValue } from '../../port';
import type { Styles } from './parts/styles';
import { encodeOoxmlEscapes, escapeXml } from './xml/escape';
import { columnLetter } from '../../../sheet';

const letters: string[] = [];
const letter = (column: number) => (letters[column] ??= columnLetter(column));

const text = (s: string) => escapeXml(encodeOoxmlEscapes(s));

// A number as Excel stores it; what Excel cannot hold becomes #NUM! (callers check before).
const numberText = (n: number) => (Number.isFinite(n) ? String(n) : null);

/**
 * A `<c>` element (namespace prefix `p`): text as an inline string, a formula with its value
 * as the cached result. Empty (no element) for a cell with no value, formula or style.
 */
export function cellXml(p: string, row: number, column: number, xf: number, value: CellValue, formula: string | null): string {
  const r = `${letter(column)}${row}`;
  const s = xf === 0 ? '' : ` s="${xf}"`;
  const f = formula === null ? '' : `<${p}f>${escapeXml(formula)}</${p}f>`;
  if (value === null) return formula === null ? (xf === 0 ? '' : `<${p}c r="${r}"${s}/>`) : `<${p}c r="${r}"${s}>${f}</${p}c>`;
  if (typeof value === 'number') {
    const n = numberText(value);
    if (n === null) return `<${p}c r="${r}"${s} t="e">${f}<${p}v>#NUM!</${p}v></${p}c>`;
    return `<${p}c r="${r}"${s}>${f}<${p}v>${n}</${p}v></${p}c>`;
  }
  if (typeof value === 'boolean') return `<${p}c r="${r}"${s} t="b">${f}<${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  if (typeof value === 'object') return `<${p}c r="${r}"${s} t="e">${f}<${p}v>${escapeXml(value.error)}</${p}v></${p}c>`;
  if (formula !== null) return `<${p}c r="${r}"${s} t="str">${f}<${p}v>${text(value)}</${p}v></${p}c>`;
  return `<${p}c r="${r}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${text(value)}</${p}t></${p}is></${p}c>`;
}

/** A written cell's whole format, before its number format and bold: another cell's (`BlockWrite.formatFrom`), or one read (`BlockWrite.styles`). */
export interface EditLook {
  /** The cell format of the cell whose format it takes. */
  fromXf?: number;
  /** The cell format it gets back as it was. */
  styleXf?: number;
}

/** The cell format of a written cell over its base (its own, or its row's or column's). */
export function editXf(styles: Styles, baseXf: number, numberFormat: string | null, bold: boolean | undefined, look?: EditLook): number {
  let base = baseXf;
  if (look?.fromXf !== undefined) base = look.fromXf;
  if (look?.styleXf !== undefined) base = look.styleXf;
  return styles.derive(base, numberFormat, bold);
}

/**
 * Renders a written cell over a base cell format (the cell's own, or its row's or column's):
 * its value and formula, and the number format and bold it gets (null / undefined: the base's).
 */
export type RenderEdit = (
  row: number,
  column: number,
  baseXf: number,
  value: CellValue,
  formula: string | null,
  numberFormat: string | null,
  bold: boolean | undefined,
  look?: EditLook,
) => string;

export function editRenderer(styles: Styles, prefix: string): RenderEdit {
  return (row, column, baseXf, value, formula, numberFormat, bold, look) =>
    cellXml(prefix, row, column, editXf(styles, baseXf, numberFormat, bold, look), value, formula);
}
