import type { RenderEdit } from './cellXml';
import { Pieces, rewriteRow, rowContent, type RowContext } from './patchRow';
import { readColumns, rowStyle } from './scanSheet';
import { openSheet, rowNumber } from './sheetCells';
import type { SheetEdits } from './sheetEdits';
import { attrPlace, setAttr } from './xml/escape';
import { parseRef, refText, unionBox, type RefBox } from '../../../sheet';

/**
 * A worksheet part with cells written: every row without a written cell is copied as it is,
 * a row with one gets its cells merged in column order (new rows go in row order), the
 * dimension grows to hold them. Cells are rendered by `render` over their own cell format.
 * Places come from the XML reader, so a write never lands in a comment or a CDATA section.
 */
export function patchSheet(xml: string, edits: SheetEdits, render: RenderEdit, part: string): string {
  return [...patchedSheet(xml, edits, render, part)].join('');
}

// The text of the patched part is given in pieces of about this many characters.
const PIECE = 2 ** 16;

/** patchSheet's text in pieces, made as they are asked for: the part is never whole in memory. */
export function* patchedSheet(xml: string, edits: SheetEdits, render: RenderEdit, part: string, piece = PIECE): Generator<string> {
  const { reader, t } = openSheet(xml, part);
  const p = t.prefix;
  const layout = { widths: [], columnStyles: [] };
  const cx: RowContext = { xml, t, render, columnStyles: layout.columnStyles, orphans: new Map() };
  const editedRows = edits.rows();
  const out = new Pieces();
  let [next, copied] = [0, 0];
  let dimension: { start: number; end: number; ref: string } | undefined;
  // The original from `from` to `to`, the dimension (which stands before the sheet data) grown.
  const push = (...texts: string[]) => texts.forEach((text) => out.add(text));
  const original = (from: number, to?: number) => {
    if (!dimension || from > dimension.start) return push(xml.slice(from, to));
    push(xml.slice(from, dimension.start), grownDimension(xml.slice(dimension.start, dimension.end), dimension.ref, edits), xml.slice(dimension.end, to));
    dimension = undefined;
  };
  const newRow = (row: number) => {
    const cells = new Pieces();
    rewriteRow([], [], row, edits.written(row), undefined, cx, cells);
    return `<${t.row} r="${row}">${cells.take()}</${t.row}>`;
  };
  while (reader.nextChild(1)) {
    if (reader.isName(t.cols)) readColumns(reader, t, layout);
    else if (reader.isName(p + 'dimension') && copied === 0) dimension = { start: reader.start, end: reader.end, ref: reader.attr('ref') ?? '' };
    if (!reader.isName(t.sheetData) || copied > 0) continue;
    if (reader.selfClosing) {
      original(0, reader.start);
      push(`<${t.sheetData}>`, ...editedRows.map(newRow), `</${t.sheetData}>`);
      copied = reader.end;
      continue;
    }
    let row = 0;
    while (reader.nextChild(2)) {
      if (!reader.isName(t.row)) continue;
      const [lt, gt, selfClosed, spans, rPlace] = [reader.start, reader.end, reader.selfClosing, attrPlace(reader, 'spans'), attrPlace(reader, 'r')];
      const [hasR, r] = [rPlace !== undefined, rPlace && xml.slice(rPlace.valueStart, rPlace.valueEnd)];
      row = rowNumber(reader, row);
      const rowXf = rowStyle(reader);
      const inserted: string[] = [];
      while (next < editedRows.length && editedRows[next] < row) inserted.push(newRow(editedRows[next++]));
      const written = editedRows[next] === row ? edits.written(editedRows[next++]) : undefined;
      if (inserted.length === 0 && !written && hasR && cx.orphans.size === 0) {
        reader.skipElement();
        continue;
      }
      const { cells, other } = rowContent(reader, t, row);
      const fix = cells.some((c) => c.f && c.f.shared && c.f.text === '' && cx.orphans.has(c.f.si));
      original(copied, lt);
      push(...inserted);
      copied = reader.end;
      if (!written && hasR && !fix) push(xml.slice(lt, reader.end));
      else {
        // Without `spans` (the row's cells change), with its number as `r`; each only when it is not so already.
        const tagEnd = selfClosed ? gt - 2 : gt;
        const zonderSpans = (spans ? xml.slice(lt, spans.start) + xml.slice(spans.valueEnd + 1, tagEnd) : xml.slice(lt, tagEnd)) + (selfClosed ? '>' : '');
        const open = r === String(row) ? zonderSpans : setAttr(zonderSpans, 'r', String(row));
        out.add(open);
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

// The `<dimension ref>` element grown to hold the written cells.
function grownDimension(element: string, ref: string, edits: SheetEdits): string {
  const old = parseRef(ref);
  const written = edits.box();
  const box: RefBox | undefined = written ? unionBox(old, written) : old;
  if (!box || (old && box.top === old.top && box.left === old.left && box.bottom === old.bottom && box.right === old.right)) return element;
  return setAttr(element, 'ref', refText(box));
}
