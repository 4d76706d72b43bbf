import { removeAttr, setAttr } from './xml/escape';
import { childrenNamed, endTag, innerXml, openRoot, startTag, subtree, type XmlElement } from './xml/tree';

/**
 * A worksheet part whose first view is selected with `cell` active (or, `cell` undefined,
 * not selected): so the file opens on that sheet and cell. A view with panes keeps its
 * selections (they belong to the panes).
 */
export function selectInSheet(xml: string, cell: string | undefined, part: string): string {
  const { reader, prefix: p } = openRoot(xml, part, 'worksheet');
  let view: XmlElement | undefined;
  while (!view && reader.nextChild(1)) if (reader.isName(p + 'sheetViews')) view = childrenNamed(subtree(reader), p + 'sheetView')[0];
  if (!view) return xml;
  const tag = cell === undefined ? removeAttr(startTag(xml, view), 'tabSelected') : setAttr(startTag(xml, view), 'tabSelected', '1');
  let body = innerXml(xml, view);
  if (cell !== undefined && childrenNamed(view, p + 'pane').length === 0) {
    const selections = childrenNamed(view, p + 'selection').reverse();
    for (const s of selections) body = body.slice(0, s.start - view.tagEnd) + body.slice(s.end - view.tagEnd);
    body = `<${p}selection activeCell="${cell}" sqref="${cell}"/>` + body;
  }
  const selfClosed = view.end === view.tagEnd;
  const open = selfClosed ? tag.slice(0, -2) + '>' : tag;
  const element = body === '' && selfClosed ? tag : `${open}${body}${endTag(view)}`;
  return xml.slice(0, view.start) + element + xml.slice(view.end);
}
