import { escapeXml, setAttr } from '../xml/escape';
import { childNamed, childrenNamed, closeAt, endTag, prefixOf, readXml, replaceRanges, startTag, type XmlElement } from '../xml/tree';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A `<sheet>` of workbook.xml: its name, id, relationship and the element as written. */
export interface SheetElement {
  name: string;
  sheetId: number;
  relId: string;
  element: string;
  /** The length of its start tag in `element`. */
  tagLength: number;
}

const root = (xml: string, part: string) => {
  const element = readXml(xml, part, 'workbook');
  return { element, p: prefixOf(element.name) };
};

// The prefix the workbook binds to the relationships' namespace, if any.
const relPrefix = (workbook: XmlElement) =>
  [...workbook.attrs].find(([name, value]) => name.startsWith('xmlns:') && value === REL_NS)?.[0].slice(6);

// The relationship id of a `<sheet>`: its attribute `id` in the relationships' namespace, by whatever prefix.
function relId(workbook: XmlElement, sheet: XmlElement): string {
  return sheet.attrs.get(`${relPrefix(workbook) ?? 'r'}:id`) ?? [...sheet.attrs].find(([name]) => name.endsWith(':id'))?.[1] ?? '';
}

/** The sheets of workbook.xml in tab order; throws GeenWerkmap when the part is damaged. */
export function parseSheets(xml: string, part: string): SheetElement[] {
  const { element, p } = root(xml, part);
  return childrenNamed(childNamed(element, p + 'sheets'), p + 'sheet').map((e) => ({
    name: e.attrs.get('name') ?? '',
    sheetId: Number(e.attrs.get('sheetId') ?? 0),
    relId: relId(element, e),
    element: xml.slice(e.start, e.end),
    tagLength: e.tagEnd - e.start,
  }));
}

/** A new `<sheet>` element for workbook.xml, with the prefixes the part uses; `state="hidden"` for a hidden one. */
export function sheetElement(workbookXml: string, part: string, name: string, sheetId: number, relId: string, hidden = false): string {
  const { element, p } = root(workbookXml, part);
  const r = relPrefix(element);
  const rel = r ? `${r}:id="${escapeXml(relId)}"` : `xmlns:r="${REL_NS}" r:id="${escapeXml(relId)}"`;
  return `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}"${hidden ? ' state="hidden"' : ''} ${rel}/>`;
}

/** A `<sheet>` element of workbook.xml made hidden (its `state`), the rest as it was. */
export function hiddenSheetElement({ element, tagLength }: SheetElement): string {
  return setAttr(element.slice(0, tagLength), 'state', 'hidden') + element.slice(tagLength);
}

// Elements of CT_Workbook that follow calcPr, for placing a new one.
const AFTER_CALC_PR = [
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

/** What changes in workbook.xml: the sheets' elements, and where each old tab went. */
export interface WorkbookEdit {
  /** The `<sheet>` elements in their new order. */
  sheets: string[];
  /** For each old tab index, its new index (undefined: deleted). */
  newIndex: (number | undefined)[];
  /** Mark the cached values stale: Excel recalculates everything on opening. */
  fullCalcOnLoad: boolean;
  /** The tab to show when the file opens (new index). */
  activeTab?: number;
}

type Range = { start: number; end: number; text: string };

/**
 * workbook.xml with a new `<sheets>`, the sheet-scoped defined names and the views following
 * their tabs (those of a deleted tab dropped), and `fullCalcOnLoad`.
 */
export function rewriteWorkbook(xml: string, part: string, edit: WorkbookEdit): string {
  const { element, p } = root(xml, part);
  const ranges: Range[] = [];
  const names = childNamed(element, p + 'definedNames');
  if (names) {
    const kept = childrenNamed(names, p + 'definedName').flatMap((e) => {
      const local = e.attrs.get('localSheetId');
      const moved = local === undefined ? -1 : edit.newIndex[Number(local)];
      if (moved === undefined) return [];
      const raw = xml.slice(e.start, e.end);
      return [
        moved === -1 || String(moved) === local
          ? raw
          : setAttr(startTag(xml, e), 'localSheetId', String(moved)) + raw.slice(e.tagEnd - e.start),
      ];
    });
    ranges.push({
      start: names.start,
      end: names.end,
      text: kept.length === 0 ? '' : `${startTag(xml, names)}${kept.join('')}${endTag(names)}`,
    });
  }
  const sheets = childNamed(element, p + 'sheets');
  if (sheets) ranges.push({ start: sheets.start, end: sheets.end, text: `<${p}sheets>${edit.sheets.join('')}</${p}sheets>` });
  const last = Math.max(edit.sheets.length - 1, 0);
  for (const v of childrenNamed(childNamed(element, p + 'bookViews'), p + 'workbookView')) {
    let tag = startTag(xml, v);
    const active = edit.activeTab ?? edit.newIndex[Number(v.attrs.get('activeTab') ?? 0)] ?? 0;
    const first = edit.newIndex[Number(v.attrs.get('firstSheet') ?? 0)] ?? 0;
    if (v.attrs.has('activeTab') || active !== 0) tag = setAttr(tag, 'activeTab', String(Math.min(active, last)));
    if (v.attrs.has('firstSheet')) tag = setAttr(tag, 'firstSheet', String(Math.min(first, last)));
    ranges.push({ start: v.start, end: v.tagEnd, text: tag });
  }
  if (edit.fullCalcOnLoad) ranges.push(fullCalc(xml, element, p));
  return replaceRanges(xml, ranges);
}

function fullCalc(xml: string, workbook: XmlElement, p: string): Range {
  const calc = childNamed(workbook, p + 'calcPr');
  if (calc) return { start: calc.start, end: calc.tagEnd, text: setAttr(startTag(xml, calc), 'fullCalcOnLoad', '1') };
  const at = workbook.children.find((c) => AFTER_CALC_PR.some((n) => c.name === p + n))?.start ?? closeAt(xml, workbook);
  return { start: at, end: at, text: `<${p}calcPr fullCalcOnLoad="1"/>` };
}
