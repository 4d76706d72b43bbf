import type { RenderEdit } from './cellXml';
import type { SheetEdits } from './sheetEdits';
import { refText } from '../../../sheet';
import { rowTagOutlined, sheetFormatPrOutlined, sheetPrAbove } from './sheetLevel';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

// Runs of equal widths as `<col>` elements (a null width is the default: no element).
function colsXml(widths: readonly (number | null)[]): string {
  const cols: string[] = [];
  for (let i = 0; i < widths.length;) {
    const w = widths[i];
    let j = i + 1;
    while (j < widths.length && widths[j] === w) j++;
    if (w !== null && w !== undefined) cols.push(`<col min="${i + 1}" max="${j}" width="${w}" customWidth="1"/>`);
    i = j;
  }
  return cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '';
}

/** A whole worksheet part holding the written cells (over the default format), column widths, row outline (row → hidden) and, when given its relationship, a drawing. */
export function newSheetXml(
  edits: SheetEdits,
  widths: readonly (number | null)[],
  render: RenderEdit,
  outline: ReadonlyMap<number, boolean> = new Map(),
  drawing?: string,
): string {
  const rows: string[] = [];
  for (const row of [...new Set([...edits.rows(), ...outline.keys()])].sort((a, b) => a - b)) {
    const written = edits.written(row);
    let content = '';
    for (let k = 0; k < (written?.count ?? 0); k++) content += written!.render(k, row, 0, render);
    const tag = outline.has(row) ? rowTagOutlined(`<row r="${row}">`, outline.get(row)) : `<row r="${row}">`;
    if (content !== '' || outline.has(row)) rows.push(`${tag}${content}</row>`);
  }
  const outlined = outline.size > 0;
  const box = edits.box();
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    (outlined ? sheetPrAbove(undefined, '', 'xl/worksheets/sheet.xml') : '') +
    `<dimension ref="${box ? refText(box) : 'A1'}"/>` +
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
    sheetFormatPrOutlined('<sheetFormatPr defaultRowHeight="15"/>', '', outlined) +
    colsXml(widths) +
    `<sheetData>${rows.join('')}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    (drawing === undefined ? '' : `<drawing r:id="${drawing}"/>`) +
    '</worksheet>'
  );
}
