import type { RenderEdit } from './cellXml';
import { readCellBody, readColumns, readCellTag, sheetTags, type SheetTags } from './scanSheet';
import { SheetEdits, type Edit } from './sheetEdits';
import { shiftFormula } from './shiftFormula';
import { attr, escapeXml, firstElement, removeAttr, setAttr, startsElement, tagEnd } from './xml';
import { columnLetter, parseRef, refText, unionBox, type RefBox } from '../address';

type Orphans = Map<string, { text: string; row: number; column: number }>;

interface RowContext {
  t: SheetTags;
  edits: SheetEdits;
  render: RenderEdit;
  columnStyles: number[];
  orphans: Orphans;
}

// A cell not written, as it was — with `r` added if it had none, and a shared formula whose
// master cell was overwritten written out in full.
function keptCell(xml: string, raw: string, row: number, column: number, body: ReturnType<typeof readCellBody>, hasR: boolean, cx: RowContext): string {
  let cell = raw;
  const f = body.f;
  if (f && f.text === '' && attr(f.tag, 't') === 'shared') {
    const master = cx.orphans.get(attr(f.tag, 'si') ?? '');
    if (master) {
      const p = cx.t.prefix;
      const at = cell.indexOf(f.tag);
      const fEnd = f.tag.endsWith('/>') ? at + f.tag.length : cell.indexOf(`</${p}f>`, at) + `</${p}f>`.length;
      const full = shiftFormula(master.text, row - master.row, column - master.column);
      cell = `${cell.slice(0, at)}<${p}f>${escapeXml(full)}</${p}f>${cell.slice(fEnd)}`;
    }
  }
  if (!hasR) cell = cell.replace(/^<[\w:.-]+/, (name) => `${name} r="${columnLetter(column)}${row}"`);
  return cell;
}

// A row's cells merged with the cells written to it, in column order.
function rewriteRow(xml: string, from: number, to: number, row: number, written: ReadonlyMap<number, Edit> | undefined, rowXf: number | undefined, cx: RowContext): string {
  const { t, render } = cx;
  const columns = written ? SheetEdits.columns(written) : [];
  const out: string[] = [];
  const other: string[] = [];
  let k = 0;
  let column = 0;
  const writeUpTo = (limit: number) => {
    for (; k < columns.length && columns[k] < limit; k++) out.push(render(row, columns[k], written!.get(columns[k])!, rowXf ?? cx.columnStyles[columns[k] - 1] ?? 0));
  };
  for (let lt = xml.indexOf('<', from); lt >= 0 && lt < to; ) {
    if (!startsElement(xml, lt, t.c)) {
      // After the cells a row may hold only its extLst: kept, after the cells.
      if (xml[lt + 1] !== '/') other.push(xml.slice(lt, to));
      break;
    }
    const tag = readCellTag(xml, lt);
    column = tag.row > 0 ? tag.column : column + 1;
    const body = readCellBody(xml, t, tag.gt);
    writeUpTo(column);
    const edit = written?.get(column);
    if (edit) {
      k++;
      const f = body.f;
      if (f && f.text !== '' && attr(f.tag, 't') === 'shared') cx.orphans.set(attr(f.tag, 'si') ?? '', { text: f.text, row, column });
      out.push(render(row, column, edit, tag.xf));
    } else out.push(keptCell(xml, xml.slice(lt, body.end), row, column, body, tag.row > 0, cx));
    lt = xml.indexOf('<', body.end);
  }
  writeUpTo(Infinity);
  return out.join('') + other.join('');
}

/**
 * A worksheet part with cells written: every row without a written cell is copied as it is,
 * a row with one gets its cells merged in column order (new rows go in row order), the
 * dimension grows to hold them. Cells are rendered by `render` over their own cell format.
 */
export function patchSheet(xml: string, edits: SheetEdits, render: RenderEdit): string {
  const t = sheetTags(xml);
  const p = t.prefix;
  const cx: RowContext = { t, edits, render, columnStyles: readColumns(xml, p).styles, orphans: new Map() };
  const data = firstElement(xml, p + 'sheetData');
  if (!data) throw new Error('worksheet without sheetData');
  const editedRows = edits.rows();
  const out: string[] = [];
  let next = 0;
  const newRow = (row: number) => `<${p}row r="${row}">${rewriteRow('', 0, 0, row, edits.row(row), undefined, cx)}</${p}row>`;
  const rowEnd = `</${p}row>`;
  let copied: number;
  if (data.tag.endsWith('/>')) {
    out.push(xml.slice(0, data.start), `<${p}sheetData>`, ...editedRows.map(newRow), `</${p}sheetData>`);
    copied = data.end;
  } else {
    const innerEnd = data.end - `</${p}sheetData>`.length;
    copied = 0;
    let row = 0;
    for (let lt = xml.indexOf(t.row, data.start + data.tag.length); lt >= 0 && lt < innerEnd; ) {
      if (!startsElement(xml, lt, t.row)) {
        lt = xml.indexOf(t.row, lt + 1);
        continue;
      }
      const gt = tagEnd(xml, lt);
      const selfClosed = xml[gt - 1] === '/';
      const end = selfClosed ? gt + 1 : xml.indexOf(rowEnd, gt) + rowEnd.length;
      const rowTag = xml.slice(lt, gt + 1);
      const r = attr(rowTag, 'r');
      row = r === undefined ? row + 1 : Number(r);
      const inserted: string[] = [];
      while (next < editedRows.length && editedRows[next] < row) inserted.push(newRow(editedRows[next++]));
      const written = editedRows[next] === row ? edits.row(editedRows[next++]) : undefined;
      const fix = cx.orphans.size > 0 && xml.slice(gt, end).includes('shared');
      if (inserted.length > 0 || written || r === undefined || fix) {
        out.push(xml.slice(copied, lt), ...inserted);
        if (written || r === undefined || fix) {
          const custom = attr(rowTag, 'customFormat');
          const rowXf = custom === '1' || custom === 'true' ? Number(attr(rowTag, 's') ?? 0) : undefined;
          const open = setAttr(removeAttr(selfClosed ? rowTag.slice(0, -2) + '>' : rowTag, 'spans'), 'r', String(row));
          out.push(open, rewriteRow(xml, gt + 1, selfClosed ? gt + 1 : end - rowEnd.length, row, written, rowXf, cx), rowEnd);
        } else out.push(xml.slice(lt, end));
        copied = end;
      }
      lt = xml.indexOf(t.row, end);
    }
    out.push(xml.slice(copied, innerEnd), ...editedRows.slice(next).map(newRow));
    copied = innerEnd;
  }
  out.push(xml.slice(copied));
  return withDimension(out.join(''), p, edits);
}

// The `<dimension ref>` grown to hold the written cells.
function withDimension(xml: string, p: string, edits: SheetEdits): string {
  const dim = firstElement(xml, p + 'dimension');
  if (!dim) return xml;
  const old = parseRef(attr(dim.tag, 'ref') ?? '');
  let box: RefBox | undefined = old;
  for (const [row, column, edit] of edits.entries()) if (edit.value !== null || edit.formula !== null) box = unionBox(box, { top: row, left: column, bottom: row, right: column });
  if (!box || (old && box.top === old.top && box.left === old.left && box.bottom === old.bottom && box.right === old.right)) return xml;
  return xml.slice(0, dim.start) + setAttr(dim.tag, 'ref', refText(box)) + xml.slice(dim.end);
}
