import type { RenderEdit } from './cellXml';
import { Pieces, rewriteRow, rowContent, type RowContext } from './patchRow';
import { readColumns, rowOutline, rowStyle } from './scanSheet';
import { NO_SHEET_LEVEL, patchedCols, rowTagOutlined, sheetFormatPrOutlined, sheetPrAbove, type SheetLevel } from './sheetLevel';
import { openSheet, rowNumber } from './sheetCells';
import type { SheetEdits } from './sheetEdits';
import { attrPlace, setAttr } from './xml/escape';
import { parseRef, refText, unionBox, type RefBox } from '../../../sheet';

/**
 * A worksheet part with cells written (and the widths and row outline of `level`): every row without a written cell is copied as it is,
 * a row with one gets its cells merged in column order (new rows go in row order), the
 * dimension grows to hold them. Cells are rendered by `render` over their own cell format.
 * Places come from the XML reader, so a write never lands in a comment or a CDATA section.
 */
export function patchSheet(xml: string, edits: SheetEdits, render: RenderEdit, part: string, level: SheetLevel = NO_SHEET_LEVEL): string {
  return [...patchedSheet(xml, edits, render, part, PIECE, level)].join('');
}

// The text of the patched part is given in pieces of about this many characters.
const PIECE = 2 ** 16;

/** patchSheet's text in pieces, made as they are asked for: the part is never whole in memory. */
export function* patchedSheet(
  xml: string,
  edits: SheetEdits,
  render: RenderEdit,
  part: string,
  piece = PIECE,
  level: SheetLevel = NO_SHEET_LEVEL,
): Generator<string> {
  const { reader, t } = openSheet(xml, part);
  const p = t.prefix;
  const layout = { widths: [], columnStyles: [] };
  const cx: RowContext = { xml, t, render, columnStyles: layout.columnStyles, orphans: new Map() };
  const outline = level.outline;
  const editedRows = outline ? [...new Set([...edits.rows(), ...outline.keys()])].sort((a, b) => a - b) : edits.rows();
  const out = new Pieces();
  let [next, copied] = [0, 0];
  // Elements before the sheet data replaced (or, start = end, inserted): in order of place, each taken when the original is copied past it.
  const head: Replacement[] = [];
  const found: Partial<Record<'sheetPr' | 'sheetFormatPr' | 'cols', { start: number; end: number }>> = {};
  let first: number | undefined;
  const push = (...texts: string[]) => texts.forEach((text) => out.add(text));
  const original = (from: number, to?: number) => {
    let at = from;
    while (
      head.length > 0 &&
      head[0].start >= at &&
      (to === undefined || head[0].start < to || (head[0].start === to && head[0].end === to))
    ) {
      const r = head.shift()!;
      push(xml.slice(at, r.start), r.text);
      at = r.end;
    }
    push(xml.slice(at, to));
  };
  const newRow = (row: number) => {
    const cells = new Pieces();
    rewriteRow([], [], row, edits.written(row), undefined, cx, cells);
    const open = `<${t.row} r="${row}">`;
    return `${outline ? rowTagOutlined(open, outline.get(row)) : open}${cells.take()}</${t.row}>`;
  };
  while (reader.nextChild(1)) {
    first ??= reader.start;
    if (reader.isName(t.cols)) {
      const start = reader.start;
      readColumns(reader, t, layout);
      found.cols = { start, end: reader.end };
    } else if (reader.isName(p + 'sheetPr') || reader.isName(p + 'sheetFormatPr')) {
      const [start, key] = [reader.start, reader.isName(p + 'sheetPr') ? 'sheetPr' : 'sheetFormatPr'] as const;
      reader.skipElement();
      found[key] = { start, end: reader.end };
    } else if (reader.isName(p + 'dimension') && copied === 0)
      head.push({
        start: reader.start,
        end: reader.end,
        text: grownDimension(xml.slice(reader.start, reader.end), reader.attr('ref') ?? '', edits),
      });
    if (!reader.isName(t.sheetData) || copied > 0) continue;
    head.push(...headChanges(xml, p, part, level, found, first, reader.start));
    head.sort((a, b) => a.start - b.start);
    if (reader.selfClosing) {
      original(0, reader.start);
      push(`<${t.sheetData}>`, ...editedRows.map(newRow), `</${t.sheetData}>`);
      copied = reader.end;
      continue;
    }
    let row = 0;
    while (reader.nextChild(2)) {
      if (!reader.isName(t.row)) continue;
      const [lt, gt, selfClosed, spans, rPlace] = [
        reader.start,
        reader.end,
        reader.selfClosing,
        attrPlace(reader, 'spans'),
        attrPlace(reader, 'r'),
      ];
      const [hasR, r] = [rPlace !== undefined, rPlace && xml.slice(rPlace.valueStart, rPlace.valueEnd)];
      row = rowNumber(reader, row);
      const rowXf = rowStyle(reader);
      const outlined = outline !== undefined && (outline.has(row) || rowOutline(reader) !== undefined);
      const inserted: string[] = [];
      while (next < editedRows.length && editedRows[next] < row) inserted.push(newRow(editedRows[next++]));
      if (editedRows[next] === row) next++;
      const written = edits.written(row);
      if (inserted.length === 0 && !written && hasR && cx.orphans.size === 0 && !outlined) {
        reader.skipElement();
        continue;
      }
      const { cells, other } = rowContent(reader, t, row);
      const fix = cells.some((c) => c.f && c.f.shared && c.f.text === '' && cx.orphans.has(c.f.si));
      original(copied, lt);
      push(...inserted);
      copied = reader.end;
      const tag = (text: string) => (outlined ? rowTagOutlined(text, outline.get(row)) : text);
      if (!written && hasR && !fix) push(tag(xml.slice(lt, gt)), xml.slice(gt, reader.end));
      else {
        // Without `spans` (the row's cells change), with its number as `r`; each only when it is not so already.
        const tagEnd = selfClosed ? gt - 2 : gt;
        const zonderSpans =
          (spans ? xml.slice(lt, spans.start) + xml.slice(spans.valueEnd + 1, tagEnd) : xml.slice(lt, tagEnd)) + (selfClosed ? '>' : '');
        const open = r === String(row) ? zonderSpans : setAttr(zonderSpans, 'r', String(row));
        out.add(tag(open));
        rewriteRow(cells, other, row, written, rowXf, cx, out);
        out.add(`</${t.row}>`);
      }
      if (out.size >= piece) yield out.take();
    }
    original(copied, reader.start);
    push(...editedRows.slice(next).map(newRow));
    copied = reader.start;
  }
  reader.finish();
  original(copied);
  yield out.take();
}

interface Replacement {
  start: number;
  end: number;
  text: string;
}

// The sheet's elements before its data as the level changes them (CT_Worksheet's order: sheetPr first, then dimension, sheetViews, sheetFormatPr, cols, sheetData).
function headChanges(
  xml: string,
  p: string,
  part: string,
  level: SheetLevel,
  found: Partial<Record<'sheetPr' | 'sheetFormatPr' | 'cols', { start: number; end: number }>>,
  first: number,
  sheetData: number,
): Replacement[] {
  const at = (
    place: { start: number; end: number } | undefined,
    before: number,
    text: (element: string | undefined) => string,
  ): Replacement =>
    place ? { ...place, text: text(xml.slice(place.start, place.end)) } : { start: before, end: before, text: text(undefined) };
  const changes: Replacement[] = [];
  const colsOrData = found.cols?.start ?? sheetData;
  if (level.outline) {
    const outlined = level.outline.size > 0;
    if (outlined) changes.push(at(found.sheetPr, first, (e) => sheetPrAbove(e, p, part)));
    changes.push(at(found.sheetFormatPr, colsOrData, (e) => sheetFormatPrOutlined(e, p, outlined)));
  }
  if (level.widths.size > 0) changes.push(at(found.cols, sheetData, (e) => patchedCols(e, p, level.widths, part)));
  return changes;
}

// The `<dimension ref>` element grown to hold the written cells.
function grownDimension(element: string, ref: string, edits: SheetEdits): string {
  const old = parseRef(ref);
  const written = edits.box();
  const box: RefBox | undefined = written ? unionBox(old, written) : old;
  if (!box || (old && box.top === old.top && box.left === old.left && box.bottom === old.bottom && box.right === old.right)) return element;
  return setAttr(element, 'ref', refText(box));
}
