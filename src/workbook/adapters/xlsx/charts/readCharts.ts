import type { SheetChart } from '../../../port';
import { GeenWerkmap } from '../bestandssoort';
import { parseRels, relsPath, resolveTarget } from '../parts/rels';
import { readXml, type XmlElement } from '../xml/tree';
import { descendants, localName, ownAnchors, type OwnAnchor } from './drawingPart';
import { REL_DRAWING } from './placeCharts';
import { a1, parseRef, splitsVerwijzing, type RefBox } from '../../../../sheet';

const child = (e: XmlElement | undefined, local: string) => e?.children.find((c) => localName(c.name) === local);

// A series' reference (`'Blad'!$B$5:$B$6`) as its box.
function refBox(e: XmlElement | undefined): RefBox | undefined {
  const f = e && descendants(e, 'f')[0]?.text;
  const cel = f && splitsVerwijzing(f)?.cel.replace(/\$/g, '');
  return cel ? parseRef(cel) : undefined;
}

// A bar chart's direction (`barDir`, default col) as the type it shows.
const TYPES = new Map<string, SheetChart['type']>([
  ['col', 'columnClustered'],
  ['bar', 'barClustered'],
]);

// The chart part of one of the add-in's anchors, as the chart it shows; undefined when it is not one it could have written.
function chartOf(xml: string, part: string, anchor: OwnAnchor): SheetChart | undefined {
  const space = readXml(xml, part);
  const chart = child(space, 'chart');
  const bar = child(child(chart, 'plotArea'), 'barChart');
  const series = (bar?.children ?? []).filter((c) => localName(c.name) === 'ser');
  const categories = refBox(child(series[0], 'cat'));
  const type = TYPES.get(child(bar, 'barDir')?.attrs.get('val') ?? 'col');
  if (!bar || !categories || !type) return undefined;
  const names = series.map((s) => child(s, 'tx'));
  const nameRow = refBox(names[0])?.top;
  const format = child(child(child(chart, 'plotArea'), 'valAx'), 'numFmt');
  const valueFormat = format?.attrs.get('sourceLinked') === '0' ? format.attrs.get('formatCode') : undefined;
  // The `to` marker's cell: the one it ends in, or the one before when it ends on a cell's edge (offset 0).
  const to = anchor.to;
  return {
    title: descendants(child(chart, 'title') ?? space, 't')
      .map((t) => t.text)
      .join(''),
    type,
    categories: { top: categories.top, column: categories.left, rows: categories.bottom - categories.top + 1 },
    series: series.map((s, i) => ({ name: descendants(names[i] ?? s, 'v')[0]?.text ?? '', column: refBox(child(s, 'val'))?.left ?? 0 })),
    ...(nameRow !== undefined && { nameRow }),
    anchor: a1(anchor.from.row + 1, anchor.from.col + 1),
    to: a1(to.row + (to.rowOff > 0 ? 1 : 0), to.col + (to.colOff > 0 ? 1 : 0)),
    ...(valueFormat !== undefined && { valueFormat }),
  };
}

/**
 * The add-in's charts on worksheet `part`, in their order: those of its drawing's anchors that
 * bear the add-in's frame names, read from their chart parts. A drawing or chart part that
 * cannot be read holds none of them (the charts serve undo only; saving checks the parts).
 */
export async function readOwnCharts(text: (path: string) => Promise<string | undefined>, part: string): Promise<SheetChart[]> {
  const rels = parseRels(await text(relsPath(part)), relsPath(part));
  const drawing = rels.find((r) => r.type === REL_DRAWING && !r.external);
  if (!drawing) return [];
  const path = resolveTarget(part, drawing.target);
  try {
    const xml = await text(path);
    if (xml === undefined) return [];
    const chartRels = parseRels(await text(relsPath(path)), relsPath(path));
    const charts: SheetChart[] = [];
    for (const anchor of ownAnchors(xml, path).sort((a, b) => a.n - b.n)) {
      const rel = chartRels.find((r) => r.id === anchor.relId && !r.external);
      const chartPath = rel && resolveTarget(path, rel.target);
      const chartXml = chartPath && (await text(chartPath));
      const chart = chartXml ? chartOf(chartXml, chartPath, anchor) : undefined;
      if (chart) charts.push(chart);
    }
    return charts;
  } catch (e) {
    if (e instanceof GeenWerkmap) return [];
    throw e;
  }
}
