import type { CellValue, SheetChart } from '../../../port';
import { escapeXml } from '../xml/escape';
import { BAR_LOOK, bladInVerwijzing, columnLetter } from '../../../../sheet';

export const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
export const DRAWINGML_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
export const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A cell of the sheet as the chart's caches show it. */
export type CellRead = (row: number, column: number) => { value: CellValue; numberFormat: string };

// Ids of the two axes, which only have to differ within the chart.
const [CATEGORY_AXIS, VALUE_AXIS] = [500000001, 500000002];

// Excel's default series colours (Office theme, accent 1–6): written out, so that a reader without the theme (LibreOffice) shows the bars.
const COLOURS = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];
const fill = (rgb: string) => `<c:spPr><a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill></c:spPr>`;
const line = (rgb: string) => `<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill></a:ln></c:spPr>`;

const val = (name: string, value: string | number) => `<c:${name} val="${escapeXml(String(value))}"/>`;

/** `'NPLV Totaalbeeld'!$B$5:$B$6`: a column's rows, absolute, as a chart's formula names them. */
export function columnRef(sheet: string, column: number, top: number, rows: number): string {
  const letter = columnLetter(column);
  const cells = rows === 1 ? `$${letter}$${top}` : `$${letter}$${top}:$${letter}$${top + rows - 1}`;
  return `${bladInVerwijzing(sheet)}!${cells}`;
}

const points = (texts: readonly (string | undefined)[]) =>
  `<c:ptCount val="${texts.length}"/>` +
  texts.map((v, i) => (v === undefined ? '' : `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`)).join('');

const label = (value: CellValue) => (value === null ? undefined : typeof value === 'object' ? value.error : String(value));

// A reference to text cells with their text as cached (`c:tx`, `c:cat`).
const strRef = (ref: string, texts: (string | undefined)[]) =>
  `<c:strRef><c:f>${escapeXml(ref)}</c:f><c:strCache>${points(texts)}</c:strCache></c:strRef>`;

function series(chart: SheetChart, sheet: string, read: CellRead): string {
  const { top, column, rows } = chart.categories;
  const rowsOf = <T>(c: number, f: (cell: ReturnType<CellRead>) => T) => Array.from({ length: rows }, (_, i) => f(read(top + i, c)));
  const categories = strRef(
    columnRef(sheet, column, top, rows),
    rowsOf(column, (cell) => label(cell.value)),
  );
  return chart.series
    .map((s, i) => {
      const name =
        chart.nameRow === undefined ? `<c:v>${escapeXml(s.name)}</c:v>` : strRef(columnRef(sheet, s.column, chart.nameRow, 1), [s.name]);
      const cells = rowsOf(s.column, (cell) => cell);
      const format = cells.find((c) => typeof c.value === 'number')?.numberFormat ?? 'General';
      const values = points(cells.map((c) => (typeof c.value === 'number' ? String(c.value) : undefined)));
      const numbers = `<c:numRef><c:f>${escapeXml(columnRef(sheet, s.column, top, rows))}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode>${values}</c:numCache></c:numRef>`;
      return `<c:ser>${val('idx', i)}${val('order', i)}<c:tx>${name}</c:tx>${fill(COLOURS[i % COLOURS.length])}${val('invertIfNegative', 0)}<c:cat>${categories}</c:cat><c:val>${numbers}</c:val></c:ser>`;
    })
    .join('');
}

const title = (text: string) =>
  '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr>' +
  `<a:r><a:rPr lang="nl-NL" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>${val('overlay', 0)}</c:title>`;

const axisStart = (id: number, position: string) =>
  `${val('axId', id)}<c:scaling>${val('orientation', 'minMax')}</c:scaling>${val('delete', 0)}${val('axPos', position)}`;
const ticks = (cross: number, labels = 'nextTo') =>
  `${val('majorTickMark', 'out')}${val('minorTickMark', 'none')}${val('tickLblPos', labels)}${line('BFBFBF')}${val('crossAx', cross)}${val('crosses', 'autoZero')}`;

// Columns: categories along the bottom, values up the left. Bars: categories up the left, their
// labels at the far left (`low`) rather than on the bars at 0, values along the bottom.
function axes({ type, valueFormat }: SheetChart): string {
  const bar = type === 'barClustered';
  const format =
    valueFormat === undefined
      ? '<c:numFmt formatCode="General" sourceLinked="1"/>'
      : `<c:numFmt formatCode="${escapeXml(valueFormat)}" sourceLinked="0"/>`;
  return (
    `<c:catAx>${axisStart(CATEGORY_AXIS, bar ? 'l' : 'b')}${ticks(VALUE_AXIS, bar ? 'low' : 'nextTo')}${val('auto', 1)}${val('lblAlgn', 'ctr')}${val('lblOffset', 100)}${val('noMultiLvlLbl', 0)}</c:catAx>` +
    `<c:valAx>${axisStart(VALUE_AXIS, bar ? 'b' : 'l')}<c:majorGridlines>${line('D9D9D9')}</c:majorGridlines>${format}${ticks(CATEGORY_AXIS)}${val('crossBetween', 'between')}</c:valAx>`
  );
}

// The bars' direction, and how they sit: a bar chart's series over each other (`BAR_LOOK`).
function barChart(chart: SheetChart, sheet: string, read: CellRead): string {
  const bar = chart.type === 'barClustered';
  const look = bar ? `${val('gapWidth', BAR_LOOK.gapWidth)}${val('overlap', BAR_LOOK.overlap)}` : val('gapWidth', 150);
  return (
    `<c:barChart>${val('barDir', bar ? 'bar' : 'col')}${val('grouping', 'clustered')}${val('varyColors', 0)}${series(chart, sheet, read)}` +
    `${look}${val('axId', CATEGORY_AXIS)}${val('axId', VALUE_AXIS)}</c:barChart>`
  );
}

/**
 * The chart part (DrawingML, ECMA-376 Part 1 §21.2) of a clustered column or bar chart over cells of
 * `sheet`: a series per `chart.series` with its name, categories and values as references and
 * as caches of the cells `read` gives, the title, both axes (the value axis in `valueFormat`),
 * a legend below.
 */
export function chartXml(chart: SheetChart, sheet: string, read: CellRead): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWINGML_NS}" xmlns:r="${REL_NS}">${val('roundedCorners', 0)}` +
    `<c:chart>${title(chart.title)}${val('autoTitleDeleted', 0)}<c:plotArea><c:layout/>` +
    `${barChart(chart, sheet, read)}${axes(chart)}</c:plotArea>` +
    `<c:legend>${val('legendPos', 'b')}${val('overlay', 0)}</c:legend>${val('plotVisOnly', 1)}${val('dispBlanksAs', 'gap')}</c:chart></c:chartSpace>`
  );
}
