import { escapeXml, removeAttr, setAttr } from './xml/escape';
import { childNamed, childrenNamed, closeAt, readXml, startTag } from './xml/tree';

/** What a write changes of a worksheet besides its cells: column widths, and the row outline (row → hidden). */
export interface SheetLevel {
  widths: ReadonlyMap<number, number | null>;
  /** The new row outline, when it changes; undefined: as it is. */
  outline?: ReadonlyMap<number, boolean>;
}

export const NO_SHEET_LEVEL: SheetLevel = { widths: new Map() };

interface ColRange {
  min: number;
  max: number;
  attrs: [string, string][];
}

const colXml = (p: string, c: ColRange) =>
  `<${p}col min="${c.min}" max="${c.max}"${c.attrs.map(([n, v]) => ` ${n}="${escapeXml(v)}"`).join('')}/>`;

/**
 * The `<cols>` element with the widths changed (null: the standard width again): a `<col>`
 * covering a changed column is split around it, keeping its other attributes (style, hidden);
 * a column without one gets one. `cols` undefined: the sheet has none. Empty when no column is left.
 */
export function patchedCols(cols: string | undefined, p: string, widths: ReadonlyMap<number, number | null>, part: string): string {
  const root = cols === undefined ? undefined : readXml(cols, part);
  let ranges: ColRange[] = childrenNamed(root, p + 'col').map((e) => ({
    min: Number(e.attrs.get('min')),
    max: Number(e.attrs.get('max')),
    attrs: [...e.attrs].filter(([n]) => n !== 'min' && n !== 'max'),
  }));
  for (const [column, width] of widths) {
    const at = ranges.find((r) => r.min <= column && column <= r.max);
    const own: ColRange = { min: column, max: column, attrs: (at?.attrs ?? []).filter(([n]) => n !== 'width' && n !== 'customWidth') };
    if (width !== null) own.attrs.push(['width', String(width)], ['customWidth', '1']);
    const split = at
      ? [
          { ...at, max: column - 1 },
          { ...at, min: column + 1 },
        ].filter((r) => r.min <= r.max)
      : [];
    ranges = [...ranges.filter((r) => r !== at), ...split, ...(own.attrs.length > 0 ? [own] : [])];
  }
  ranges.sort((a, b) => a.min - b.min);
  if (ranges.length === 0) return '';
  const open = root ? startTag(cols!, root).replace(/\/>$/, '>') : `<${p}cols>`;
  return `${open}${ranges.map((r) => colXml(p, r)).join('')}</${p}cols>`;
}

/** `<sheetPr>` with `<outlinePr summaryBelow="0">` (the summary row above its group), in its place after `<tabColor>`. */
export function sheetPrAbove(sheetPr: string | undefined, p: string, part: string): string {
  const outlinePr = `<${p}outlinePr summaryBelow="0"/>`;
  if (sheetPr === undefined) return `<${p}sheetPr>${outlinePr}</${p}sheetPr>`;
  const root = readXml(sheetPr, part);
  const open = startTag(sheetPr, root);
  const found = childNamed(root, p + 'outlinePr');
  if (found) return sheetPr.slice(0, found.start) + setAttr(startTag(sheetPr, found), 'summaryBelow', '0') + sheetPr.slice(found.tagEnd);
  if (root.end === root.tagEnd) return `${open.slice(0, -2)}>${outlinePr}</${root.name}>`;
  const tabColor = childNamed(root, p + 'tabColor');
  const at = tabColor ? tabColor.end : root.tagEnd;
  return sheetPr.slice(0, at) + outlinePr + sheetPr.slice(at, closeAt(sheetPr, root)) + `</${root.name}>`;
}

/** `<sheetFormatPr>` with the outline's level (none: the attribute gone); a new one where the sheet has none. */
export function sheetFormatPrOutlined(sheetFormatPr: string | undefined, p: string, outlined: boolean): string {
  if (sheetFormatPr === undefined) return outlined ? `<${p}sheetFormatPr defaultRowHeight="15" outlineLevelRow="1"/>` : '';
  return outlined ? setAttr(sheetFormatPr, 'outlineLevelRow', '1') : removeAttr(sheetFormatPr, 'outlineLevelRow');
}

/** A `<row>` start tag in the new outline (`hidden`: collapsed) or, undefined, out of any outline. */
export function rowTagOutlined(tag: string, hidden: boolean | undefined): string {
  if (hidden === undefined) return ['outlineLevel', 'hidden', 'collapsed'].reduce(removeAttr, tag);
  const leveled = setAttr(tag, 'outlineLevel', '1');
  return hidden ? setAttr(leveled, 'hidden', '1') : removeAttr(leveled, 'hidden');
}
