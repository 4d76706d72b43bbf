import type { SheetChart } from '../../../port';
import { addRelationship, freeRelId, parseRels, relsPath, removeRelationships, resolveTarget } from '../parts/rels';
import { CHART_TYPE, chartXml, type CellRead } from './chartPart';
import { DRAWING_TYPE, ownFrameName, withOwnCharts, type PlacedChart } from './drawingPart';
import { sheetDrawing } from './sheetDrawing';

export const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>';

/** What placing charts needs of the package being saved. */
export interface ChartPackage {
  /** A part's text as the save will write it (undefined: none). */
  text(path: string): Promise<string | undefined>;
  /** Every part path taken; new parts are added to it. */
  used: Set<string>;
}

/** The parts to write: the relationship of a drawing the worksheet must now refer to (it had none), every other part's text, and the content type of each new part. */
export interface PlacedCharts {
  newDrawing?: string;
  parts: Map<string, string>;
  types: [part: string, contentType: string][];
}

// The first `make(n)` (n = 1, 2, …) not taken, taken now.
function freePath(used: Set<string>, make: (n: number) => string): string {
  let n = 1;
  while (used.has(make(n))) n++;
  used.add(make(n));
  return make(n);
}

/**
 * The add-in's charts of worksheet `part` (named `sheet`; its text `sheetXml`, undefined for a
 * sheet made anew) become `charts`: in its drawing, after the analyst's anchors (which stay as
 * they were), or in a new drawing the sheet must then refer to (`newDrawing`, see `withDrawing`);
 * each chart in a new part with its cells' values cached (`read`). The add-in's earlier anchors
 * leave the drawing and their relationships; their chart parts, then unreachable, are dropped
 * by the save.
 */
export async function placeCharts(
  pkg: ChartPackage,
  sheet: string,
  part: string,
  sheetXml: string | undefined,
  charts: readonly SheetChart[],
  read: CellRead,
): Promise<PlacedCharts> {
  const parts = new Map<string, string>();
  const types: [string, string][] = [];
  const sheetRelsPath = relsPath(part);
  const sheetRels = await pkg.text(sheetRelsPath);
  const relId = sheetXml === undefined ? undefined : sheetDrawing(sheetXml, part).relId;
  const rel = relId === undefined ? undefined : parseRels(sheetRels, sheetRelsPath).find((r) => r.id === relId && !r.external);
  if (!rel && charts.length === 0) return { parts, types };
  let drawingPath: string;
  let newDrawing: string | undefined;
  if (rel) drawingPath = resolveTarget(part, rel.target);
  else {
    drawingPath = freePath(pkg.used, (n) => resolveTarget(part, `../drawings/drawing${n}.xml`));
    const rels = sheetRels ?? EMPTY_RELS;
    newDrawing = freeRelId(parseRels(rels, sheetRelsPath));
    parts.set(
      sheetRelsPath,
      addRelationship(rels, sheetRelsPath, {
        id: newDrawing,
        type: REL_DRAWING,
        target: `../drawings/${drawingPath.slice(drawingPath.lastIndexOf('/') + 1)}`,
      }),
    );
    types.push([drawingPath, DRAWING_TYPE]);
  }
  const drawingRelsPath = relsPath(drawingPath);
  const drawing = rel ? await pkg.text(drawingPath) : undefined;
  if (rel && drawing === undefined) types.push([drawingPath, DRAWING_TYPE]);
  const { dropped } = withOwnCharts(drawing, drawingPath, []);
  const before = (await pkg.text(drawingRelsPath)) ?? EMPTY_RELS;
  const kept = parseRels(before, drawingRelsPath).filter((r) => !dropped.includes(r.id));
  // The earlier charts' parts are free for the new ones, unless the drawing refers to them otherwise too.
  for (const r of parseRels(before, drawingRelsPath).filter((r) => dropped.includes(r.id) && !r.external)) {
    const path = resolveTarget(drawingPath, r.target);
    if (!kept.some((k) => !k.external && resolveTarget(drawingPath, k.target) === path)) pkg.used.delete(path);
  }
  let drawingRels = removeRelationships(before, drawingRelsPath, (r) => dropped.includes(r.id));
  const placed: PlacedChart[] = charts.map((chart, i) => {
    const chartPath = freePath(pkg.used, (n) => resolveTarget(drawingPath, `../charts/chart${n}.xml`));
    const id = freeRelId(parseRels(drawingRels, drawingRelsPath));
    drawingRels = addRelationship(drawingRels, drawingRelsPath, {
      id,
      type: REL_CHART,
      target: `../charts/${chartPath.slice(chartPath.lastIndexOf('/') + 1)}`,
    });
    parts.set(chartPath, chartXml(chart, sheet, read));
    types.push([chartPath, CHART_TYPE]);
    return { name: ownFrameName(i + 1), relId: id, anchor: chart.anchor, to: chart.to };
  });
  parts.set(drawingPath, withOwnCharts(drawing, drawingPath, placed).xml);
  parts.set(drawingRelsPath, drawingRels);
  return { ...(newDrawing && { newDrawing }), parts, types };
}
