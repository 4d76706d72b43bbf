import { escapeXml } from '../xml/escape';
import { readXml, replaceRanges, closeAt, type XmlElement } from '../xml/tree';
import { CHART_NS, DRAWINGML_NS } from './chartPart';
import { parseA1 } from '../../../../sheet';

export const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const XDR_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The add-in names the frame of its `n`th chart (1-based) so; every other frame or picture is the analyst's. */
export const ownFrameName = (n: number) => `NPLV grafiek ${n}`;
const OWN_FRAME = /^NPLV grafiek (\d+)$/;

/** One of the add-in's charts placed on the drawing: its frame's name, the relationship to its part, the cells it covers. */
export interface PlacedChart {
  name: string;
  relId: string;
  anchor: string;
  to: string;
}

/** An anchor of the add-in's found in a drawing: its text's place, its number, its chart's relationship, its corners (0-based col/row). */
export interface OwnAnchor {
  start: number;
  end: number;
  n: number;
  relId: string | undefined;
  from: Marker;
  to: Marker;
}

/** A corner of an anchor: 0-based column and row, and how far into them (EMU). */
export interface Marker {
  col: number;
  colOff: number;
  row: number;
  rowOff: number;
}

export const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** The elements below `e` (itself included) with this local name, in document order. */
export function descendants(e: XmlElement, local: string): XmlElement[] {
  return [...(localName(e.name) === local ? [e] : []), ...e.children.flatMap((c) => descendants(c, local))];
}

/** An attribute by its local name, whatever its prefix (`r:id`, `rel:id`). */
export const prefixedAttr = (e: XmlElement, local: string) =>
  [...e.attrs].find(([name]) => name.includes(':') && localName(name) === local)?.[1];

const ANCHORS = new Set(['twoCellAnchor', 'oneCellAnchor', 'absoluteAnchor']);

const marker = (e: XmlElement | undefined): Marker => {
  const n = (local: string) => Number(e?.children.find((c) => localName(c.name) === local)?.text.trim() ?? 0) || 0;
  return { col: n('col'), colOff: n('colOff'), row: n('row'), rowOff: n('rowOff') };
};

/** The add-in's anchors in a drawing part (recognised by their frame's name). */
export function ownAnchors(xml: string, part: string): OwnAnchor[] {
  const root = readXml(xml, part);
  return root.children.flatMap((anchor): OwnAnchor[] => {
    if (!ANCHORS.has(localName(anchor.name))) return [];
    const name = descendants(anchor, 'cNvPr')[0]?.attrs.get('name') ?? '';
    const own = OWN_FRAME.exec(name);
    if (!own) return [];
    const chart = descendants(anchor, 'chart').find((c) => prefixedAttr(c, 'id') !== undefined);
    const corner = (local: string) => marker(anchor.children.find((c) => localName(c.name) === local));
    return [
      {
        start: anchor.start,
        end: anchor.end,
        n: Number(own[1]),
        relId: chart && prefixedAttr(chart, 'id'),
        from: corner('from'),
        to: corner('to'),
      },
    ];
  });
}

// `K4` → its marker: 0-based column and row; `past` moves it to the next column and row (the corner after the cell).
function markerXml(tag: string, cell: string, past: boolean): string {
  const at = parseA1(cell)!;
  const [col, row] = past ? [at.column, at.row] : [at.column - 1, at.row - 1];
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

// One chart's anchor, with its own namespace declarations so that it fits any drawing's prefixes.
function anchorXml(chart: PlacedChart, id: number): string {
  return (
    `<xdr:twoCellAnchor xmlns:xdr="${XDR_NS}" xmlns:a="${DRAWINGML_NS}">${markerXml('from', chart.anchor, false)}${markerXml('to', chart.to, true)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${escapeXml(chart.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" xmlns:r="${REL_NS}" r:id="${escapeXml(chart.relId)}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

const EMPTY_DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${DRAWINGML_NS}"></xdr:wsDr>`;

/**
 * A drawing part with the add-in's anchors replaced by `charts` (after the analyst's, whose
 * text stays as it was), or a new part (`xml` undefined); and the relationship ids of the
 * charts it no longer shows.
 */
export function withOwnCharts(xml: string | undefined, part: string, charts: readonly PlacedChart[]): { xml: string; dropped: string[] } {
  const text = xml ?? EMPTY_DRAWING;
  const root = readXml(text, part);
  const own = ownAnchors(text, part);
  const ids = descendants(root, 'cNvPr')
    .map((e) => Number(e.attrs.get('id')))
    .filter(Number.isFinite);
  const next = Math.max(1, ...ids) + 1;
  const added = charts.map((c, i) => anchorXml(c, next + i)).join('');
  const end = root.end > root.tagEnd ? closeAt(text, root) : root.end;
  const edits = own.map((a) => ({ start: a.start, end: a.end, text: '' }));
  const opened =
    root.end > root.tagEnd
      ? [{ start: end, end, text: added }]
      : [{ start: root.start, end: root.end, text: `${text.slice(root.start, root.tagEnd - 2)}>${added}</${root.name}>` }];
  return { xml: replaceRanges(text, [...edits, ...opened]), dropped: own.flatMap((a) => (a.relId ? [a.relId] : [])) };
}
