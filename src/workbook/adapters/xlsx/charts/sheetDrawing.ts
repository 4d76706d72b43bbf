import { escapeXml } from '../xml/escape';
import { openRoot } from '../xml/tree';
import { localName } from './drawingPart';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

// What follows `<drawing>` among a worksheet's children (ECMA-376 CT_Worksheet): it goes before the first of them.
const AFTER_DRAWING = new Set([
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
]);

/**
 * The worksheet's `<drawing r:id>`: the relationship id of its drawing, if it has one, and
 * where a new one would go (before the first child that follows it, else before the root's end tag).
 */
export function sheetDrawing(xml: string, part: string): { relId: string | undefined; insertAt: number; prefix: string } {
  const { reader, prefix } = openRoot(xml, part, 'worksheet');
  let insertAt: number | undefined;
  let relId: string | undefined;
  while (reader.nextChild(1)) {
    const name = localName(reader.name());
    if (name === 'drawing' && relId === undefined) {
      for (let k = 0; k < reader.attrCount; k++) {
        const attr = xml.slice(reader.attrs.nameStart[k], reader.attrs.nameEnd[k]);
        if (attr.includes(':') && localName(attr) === 'id') relId = reader.attr(attr);
      }
    }
    if (AFTER_DRAWING.has(name)) insertAt ??= reader.start;
  }
  const end = reader.start; // the root's end tag
  reader.finish();
  return { relId, insertAt: insertAt ?? end, prefix };
}

/** The worksheet with a `<drawing r:id>` of relationship `relId` in its place (it had none). */
export function withDrawing(xml: string, part: string, relId: string): string {
  const { insertAt, prefix } = sheetDrawing(xml, part);
  return `${xml.slice(0, insertAt)}<${prefix}drawing xmlns:r="${REL_NS}" r:id="${escapeXml(relId)}"/>${xml.slice(insertAt)}`;
}
