import { elements, firstElement, removeAttr, rootPrefix, setAttr } from './xml';

/**
 * A worksheet part whose first view is selected with `cell` active (or, `cell` undefined,
 * not selected): so the file opens on that sheet and cell. A view with panes keeps its
 * selections (they belong to the panes).
 */
export function selectInSheet(xml: string, cell: string | undefined): string {
  const p = rootPrefix(xml, 'worksheet');
  const view = firstElement(xml, p + 'sheetView');
  if (!view) return xml;
  const tag = cell === undefined ? removeAttr(view.tag, 'tabSelected') : setAttr(view.tag, 'tabSelected', '1');
  let body = view.tag.endsWith('/>') ? '' : xml.slice(view.start + view.tag.length, view.end - `</${p}sheetView>`.length);
  if (cell !== undefined && !body.includes(`<${p}pane`)) {
    for (const s of elements(body, p + 'selection').reverse()) body = body.slice(0, s.start) + body.slice(s.end);
    body = `<${p}selection activeCell="${cell}" sqref="${cell}"/>` + body;
  }
  const open = tag.endsWith('/>') ? tag.slice(0, -2) + '>' : tag;
  const element = body === '' && tag.endsWith('/>') ? tag : `${open}${body}</${p}sheetView>`;
  return xml.slice(0, view.start) + element + xml.slice(view.end);
}
