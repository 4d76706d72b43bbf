import { attr, elements, escapeXml, firstElement, rootPrefix, setAttr } from './xml';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A `<sheet>` of workbook.xml: its name, id, relationship and the element as written. */
export interface SheetElement {
  name: string;
  sheetId: number;
  relId: string;
  element: string;
}

/** The sheets of workbook.xml in tab order. */
export function parseSheets(xml: string): SheetElement[] {
  const p = rootPrefix(xml, 'workbook');
  const sheets = firstElement(xml, p + 'sheets');
  if (!sheets) return [];
  return elements(xml, p + 'sheet', sheets.start + sheets.tag.length, sheets.end).map((e) => ({
    name: attr(e.tag, 'name') ?? '',
    sheetId: Number(attr(e.tag, 'sheetId') ?? 0),
    relId: decodeRelId(e.tag),
    element: xml.slice(e.start, e.end),
  }));
}

function decodeRelId(tag: string): string {
  const m = /\s[\w.-]+:id\s*=\s*(["'])(.*?)\1/.exec(tag);
  return m?.[2] ?? '';
}

/** A new `<sheet>` element for workbook.xml, with the prefixes the part uses. */
export function sheetElement(workbookXml: string, name: string, sheetId: number, relId: string): string {
  const p = rootPrefix(workbookXml, 'workbook');
  const root = firstElement(workbookXml, p + 'workbook')?.tag ?? '';
  const r = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${REL_NS.replace(/[./]/g, '\\$&')}["']`).exec(root)?.[1];
  const rel = r ? `${r}:id="${escapeXml(relId)}"` : `xmlns:r="${REL_NS}" r:id="${escapeXml(relId)}"`;
  return `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${rel}/>`;
}

// Elements of CT_Workbook that follow calcPr, for placing a new one.
const AFTER_CALC_PR = ['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

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

/**
 * workbook.xml with a new `<sheets>`, the sheet-scoped defined names and the views following
 * their tabs (those of a deleted tab dropped), and `fullCalcOnLoad`.
 */
export function rewriteWorkbook(xml: string, edit: WorkbookEdit): string {
  const p = rootPrefix(xml, 'workbook');
  let out = xml;
  // From the end backwards: calcPr, definedNames, sheets, bookViews.
  if (edit.fullCalcOnLoad) out = withFullCalc(out, p);
  const names = firstElement(out, p + 'definedNames');
  if (names && !names.tag.endsWith('/>')) {
    const inner = elements(out, p + 'definedName', names.start + names.tag.length, names.end);
    let text = out.slice(0, names.start + names.tag.length);
    let kept = 0;
    for (const e of inner) {
      const local = attr(e.tag, 'localSheetId');
      const moved = local === undefined ? -1 : edit.newIndex[Number(local)];
      if (moved === undefined) continue;
      kept++;
      const raw = out.slice(e.start, e.end);
      text += moved === -1 || String(moved) === local ? raw : setAttr(e.tag, 'localSheetId', String(moved)) + raw.slice(e.tag.length);
    }
    const close = `</${p}definedNames>`;
    out = kept === 0 ? out.slice(0, names.start) + out.slice(names.end) : text + close + out.slice(names.end);
  }
  const sheets = firstElement(out, p + 'sheets');
  if (sheets) out = `${out.slice(0, sheets.start)}<${p}sheets>${edit.sheets.join('')}</${p}sheets>${out.slice(sheets.end)}`;
  const views = firstElement(out, p + 'bookViews');
  if (views) {
    const last = Math.max(edit.sheets.length - 1, 0);
    let text = out.slice(views.start, views.end);
    for (const v of elements(text, p + 'workbookView').reverse()) {
      let tag = v.tag;
      const active = edit.activeTab ?? edit.newIndex[Number(attr(tag, 'activeTab') ?? 0)] ?? 0;
      const first = edit.newIndex[Number(attr(tag, 'firstSheet') ?? 0)] ?? 0;
      if (attr(tag, 'activeTab') !== undefined || active !== 0) tag = setAttr(tag, 'activeTab', String(Math.min(active, last)));
      if (attr(tag, 'firstSheet') !== undefined) tag = setAttr(tag, 'firstSheet', String(Math.min(first, last)));
      text = text.slice(0, v.start) + tag + text.slice(v.start + v.tag.length);
    }
    out = out.slice(0, views.start) + text + out.slice(views.end);
  }
  return out;
}

function withFullCalc(xml: string, p: string): string {
  const calc = firstElement(xml, p + 'calcPr');
  if (calc) return xml.slice(0, calc.start) + setAttr(calc.tag, 'fullCalcOnLoad', '1') + xml.slice(calc.start + calc.tag.length);
  const before = AFTER_CALC_PR.map((n) => firstElement(xml, p + n)?.start).find((i) => i !== undefined) ?? xml.lastIndexOf(`</${p}workbook>`);
  return `${xml.slice(0, before)}<${p}calcPr fullCalcOnLoad="1"/>${xml.slice(before)}`;
}
