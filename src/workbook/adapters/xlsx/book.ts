import { missingSheet, noSheetNamed } from '../../write/applyChanges';
import { GeenWerkmap } from './bestandssoort';
import type { BlockWrite, ReadDetail, SheetChart, SheetGrid, WorkbookChanges } from '../../port';
import { placeCharts } from './charts/placeCharts';
import { readOwnCharts } from './charts/readCharts';
import { tabCells } from './charts/tabCells';
import { withDrawing } from './charts/sheetDrawing';
import { outlinedRows, rowGroupsOf, width, withStyles } from '../../../sheet';
import { editRenderer } from './cellXml';
import { CONTENT_TYPES, removeOverrides, setOverride, STYLES_TYPE, WORKSHEET_TYPE } from './parts/contentTypes';
import { beyondExcel } from './limits';
import { celTeller } from './celTelling';
import { newSheetXml } from './newSheet';
import { patchedSheet, patchSheet } from './patchSheet';
import { reachableParts } from './reachable';
import { addRelationship, freeRelId, parseRels, REL, relsPath, removeRelationships, resolveTarget, type Relationship } from './parts/rels';
import { scanSheet, sheetTags, type ScannedSheet } from './scanSheet';
import { selectInSheet } from './selectCell';
import { parseSharedStrings } from './parts/sharedStrings';
import { editedGridOf, gridOf, rowXfs, withFormatsRightOf } from './sheetGrid';
import { SheetEdits } from './sheetEdits';
import { Styles } from './parts/styles';
import { ZIP_SOORT } from './pakketSoort';
import { hiddenSheetElement, parseSheets, rewriteWorkbook, sheetElement, type SheetElement } from './parts/workbookXml';
import { renameTitles } from './parts/appProps';
import type { LatePart, Wijziging, ZipPackage } from './zip/package';
import { deflateLevel } from './zip/file';
import type { StreamedPart, ZipUitvoer } from './zip/writer';

/** One tab of the workbook as it stands after the changes applied so far. */
interface Tab {
  name: string;
  /** The tab as read from the file; undefined for a sheet made here. */
  original?: SheetElement & { part: string | undefined; worksheet: boolean };
  /** Its content is only what was written (a new sheet, or one replaced). */
  replaced: boolean;
  edits: SheetEdits;
  widths: (number | null)[];
  /** The add-in's charts it gets; undefined: they stay as they are. */
  charts?: SheetChart[];
  /** Widths set on a sheet read from the file (a replaced one has them in `widths`). */
  widthChanges: Map<number, number | null>;
  /** The new row outline (row → hidden); undefined: as the file has it. */
  outline?: Map<number, boolean>;
  /** Made hidden by a replacement (`SheetContent.hidden`); otherwise as the file has it. */
  hidden?: boolean;
  /** The cell formats of the row last read for its styles (`ReadDetail.styledCells`). */
  styledRow?: { row: number; xfAt: (column: number) => number };
}

const EMPTY_SCAN = (): ScannedSheet => ({
  rows: [],
  columns: [],
  values: [],
  formulas: [],
  xfs: [],
  widths: [],
  columnStyles: [],
  rowStyles: new Map(),
  outline: new Map(),
});

const newTab = (name: string, original: Tab['original'], replaced: boolean, widths: (number | null)[] = []): Tab => ({
  name,
  original,
  replaced,
  edits: new SheetEdits(),
  widths,
  widthChanges: new Map(),
});

/**
 * A workbook read from an .xlsx package: the sheets read straight from their XML, the changes
 * kept as written cells, and saving as the original package with only the parts that change
 * rewritten (the written cells patched into their sheets, styles, the workbook's list of
 * sheets) — every other part, charts and all, copied byte for byte.
 */
export class PackageBook {
  private tabs: Tab[];
  private strings: string[] | undefined;
  private readonly texts = new Map<string, string>();
  private selection: { sheet: string; cell: string } | undefined;
  private changed = false;

  private constructor(
    private readonly pkg: ZipPackage,
    private readonly workbookPath: string,
    private readonly workbookXml: string,
    private readonly workbookRels: Relationship[],
    private readonly styles: Styles,
  ) {
    this.tabs = parseSheets(workbookXml, workbookPath).map((s) => {
      const rel = workbookRels.find((r) => r.id === s.relId);
      const part = rel && !rel.external ? resolveTarget(workbookPath, rel.target) : undefined;
      return newTab(s.name, { ...s, part, worksheet: rel?.type === REL.worksheet }, false);
    });
  }

  /** Reads the workbook part, its relationships and the styles; throws when the package is no workbook. */
  static async open(pkg: ZipPackage): Promise<PackageBook> {
    const root = parseRels(await pkg.text('_rels/.rels'), '_rels/.rels');
    const office = root.find((r) => r.type === REL.officeDocument);
    const workbookPath = office ? resolveTarget('', office.target) : 'xl/workbook.xml';
    const workbookXml = await pkg.text(workbookPath);
    if (workbookXml === undefined) throw new GeenWerkmap(ZIP_SOORT.geenWerkmap);
    const rels = parseRels(await pkg.text(relsPath(workbookPath)), relsPath(workbookPath));
    const stylesRel = rels.find((r) => r.type === REL.styles);
    const stylesPath = stylesRel && resolveTarget(workbookPath, stylesRel.target);
    const styles = new Styles(stylesPath ? await pkg.text(stylesPath) : undefined, stylesPath);
    return new PackageBook(pkg, workbookPath, workbookXml, rels, styles);
  }

  /** The worksheets' names in tab order. */
  sheetNames(): string[] {
    return this.tabs.filter((t) => !t.original || t.original.worksheet).map((t) => t.name);
  }

  async readSheets(names: readonly string[], detail?: ReadDetail): Promise<SheetGrid[]> {
    const grids: SheetGrid[] = [];
    const tel = celTeller();
    for (const name of names) {
      const tab = this.worksheet(name);
      const part = tab.original?.part;
      const xml = tab.replaced || part === undefined ? undefined : ((await this.text(part)) ?? '');
      if (xml !== undefined) tel(name, xml);
      const scanned = await this.scan(tab);
      const widths = tab.replaced ? tab.widths : scanned.widths;
      for (const [column, width] of tab.widthChanges) widths[column - 1] = width;
      const grid =
        tab.edits.size === 0
          ? gridOf(name, { ...scanned, widths }, this.styles)
          : editedGridOf(name, scanned, tab.edits, widths, this.styles);
      const right = detail ? detail.columnsRight(grid) : 0;
      const charts = tab.charts ?? (tab.replaced || part === undefined ? [] : await readOwnCharts((p) => this.text(p), part));
      const read = withFormatsRightOf(grid, right, scanned, tab.edits, this.styles);
      const wide =
        right > 0
          ? { ...read, columnWidths: Array.from({ length: grid.left + width(grid) - 1 + right }, (_, i) => widths[i] ?? null) }
          : read;
      const styled = detail?.styledCells?.(grid);
      if (styled) tab.styledRow = { row: styled.row, xfAt: rowXfs(scanned, tab.edits, this.styles, styled.row) };
      const withRowStyles = withStyles(wide, detail, (_, column) => ({ adapterStyle: tab.styledRow!.xfAt(column) }));
      const outlined = { ...withRowStyles, rowGroups: rowGroupsOf(tab.outline ?? scanned.outline) };
      grids.push(charts.length > 0 ? { ...outlined, charts } : outlined);
    }
    return grids;
  }

  // The sheet's cells as the file has them (none for a sheet made or replaced here).
  private async scan(tab: Tab): Promise<ScannedSheet> {
    const part = tab.original?.part;
    const xml = tab.replaced || part === undefined ? undefined : ((await this.text(part)) ?? '');
    return xml === undefined || part === undefined ? EMPTY_SCAN() : scanSheet(xml, await this.sharedStrings(), part);
  }

  // The cell format of a block's `formatFrom` cell, as the sheet stands.
  private async fromXf(w: BlockWrite): Promise<number | undefined> {
    const from = w.formatFrom;
    if (!from) return undefined;
    const tab = this.worksheet(w.sheet);
    if (tab.styledRow?.row === from.row) return tab.styledRow.xfAt(from.column);
    return rowXfs(await this.scan(tab), tab.edits, this.styles, from.row)(from.column);
  }

  /**
   * Keeps the changes, in the port's order (sheets replaced, blocks written, sheets deleted),
   * after checking that they fit (sheets exist, Excel's limits), so a bad change alters
   * nothing. The blocks are kept as given, not copied: the caller does not change them after.
   */
  async apply(changes: WorkbookChanges): Promise<void> {
    const missing = missingSheet(changes, (s) => this.exists(s));
    if (missing !== undefined) throw noSheetNamed(missing);
    const beyond = beyondExcel(changes);
    if (beyond !== undefined) throw new Error(`apply: ${beyond}`);
    // Of a sheet as it stands before this change (the port's blocks take the format their cell has when they are written: the header row, not written before them).
    const fromXfs = await Promise.all(changes.writes.map((w) => this.fromXf(w)));
    for (const content of changes.sheets) {
      const at = this.tabs.findIndex((t) => t.name === content.name);
      const fresh: Tab = {
        ...newTab(content.name, at < 0 ? undefined : this.tabs[at].original, true, [...(content.columnWidths ?? [])]),
        charts: content.charts,
        hidden: content.hidden,
      };
      fresh.edits.add({
        top: 1,
        left: 1,
        values: content.values,
        formulas: content.formulas,
        numberFormats: content.numberFormats,
        bold: content.bold,
      });
      if (content.rowGroups) fresh.outline = outlinedRows(content.rowGroups);
      if (at < 0) this.tabs.push(fresh);
      else this.tabs[at] = fresh;
    }
    changes.writes.forEach((w, i) => this.worksheet(w.sheet).edits.add(fromXfs[i] === undefined ? w : { ...w, fromXf: fromXfs[i] }));
    for (const { sheet, column, width } of changes.columnWidths ?? []) {
      const tab = this.worksheet(sheet);
      if (tab.replaced) tab.widths[column - 1] = width;
      else tab.widthChanges.set(column, width);
    }
    for (const { sheet, groups } of changes.rowGroups ?? []) this.worksheet(sheet).outline = outlinedRows(groups);
    for (const c of changes.charts ?? []) this.worksheet(c.sheet).charts = c.charts;
    for (const name of changes.deleteSheets) {
      const tab = this.worksheet(name);
      this.tabs = this.tabs.filter((t) => t !== tab);
    }
    this.changed = true;
    if (changes.toon) this.select(changes.toon.blad, changes.toon.cel);
  }

  select(sheet: string, cell: string): void {
    this.worksheet(sheet);
    this.selection = { sheet, cell };
  }

  /** The package with the changes applied so far (the book itself stays as it is). */
  async toBuffer(): Promise<Buffer> {
    return this.pkg.write(await this.changedParts());
  }

  /** The same package written to `uit` as it is made: a patched sheet is deflated while it is patched, never whole in memory. */
  async writeTo(uit: ZipUitvoer): Promise<void> {
    await this.pkg.writeTo(await this.changedParts(), uit);
  }

  // The parts the changes rewrite (a patched sheet made only when it is written) or remove.
  private async changedParts(): Promise<Map<string, Wijziging>> {
    const out = new Map<string, string | null>();
    const streamed = new Map<string, StreamedPart | LatePart>();
    let types = (await this.pkg.text(CONTENT_TYPES)) ?? '';
    const relsPart = relsPath(this.workbookPath);
    let relsXml =
      (await this.pkg.text(relsPart)) ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>';
    const rels = [...this.workbookRels];
    const dir = this.workbookPath.slice(0, this.workbookPath.lastIndexOf('/') + 1);
    const relative = (path: string) => (path.startsWith(dir) ? path.slice(dir.length) : `/${path}`);
    const render = (xml?: string, part?: string) => editRenderer(this.styles, xml ? sheetTags(xml, part).prefix : '');
    const partOf = new Map<Tab, string>();
    const used = new Set([...this.pkg.paths()]);
    let nextId =
      Math.max(
        0,
        ...this.tabs.map((t) => t.original?.sheetId ?? 0),
        ...parseSheets(this.workbookXml, this.workbookPath).map((s) => s.sheetId),
      ) + 1;
    const elements: string[] = [];
    // Sheets are made while the package is written, before the styles (which get the formats they derive) — unless selecting still changes them, or the package has no styles part to put last.
    const stylesRel = rels.find((r) => r.type === REL.styles);
    const stylesPath = stylesRel && resolveTarget(this.workbookPath, stylesRel.target);
    const streaming = !this.selection && stylesPath !== undefined && this.pkg.has(stylesPath);
    for (const tab of this.tabs) {
      const original = tab.original;
      let part = original?.part;
      let element = original?.element;
      if (!original || !part) {
        let n = 1;
        while (used.has(`${dir}worksheets/sheet${n}.xml`)) n++;
        part = `${dir}worksheets/sheet${n}.xml`;
        used.add(part);
        const id = freeRelId(rels);
        rels.push({ id, type: REL.worksheet, target: relative(part), external: false });
        relsXml = addRelationship(relsXml, relsPart, { id, type: REL.worksheet, target: relative(part) });
        types = setOverride(types, part, WORKSHEET_TYPE);
        element = sheetElement(this.workbookXml, this.workbookPath, tab.name, nextId++, id, tab.hidden);
      } else if (tab.hidden) element = hiddenSheetElement(original);
      elements.push(element!);
      partOf.set(tab, part);
      const charts = (xml: string | undefined) =>
        this.placeCharts(
          tab,
          part!,
          xml,
          out,
          used,
          (t) => (types = t),
          () => types,
        );
      if (tab.replaced) {
        const { edits, widths, outline } = tab;
        if (this.pkg.has(relsPath(part))) out.set(relsPath(part), null);
        const drawing = tab.charts?.length ? await charts(undefined) : undefined;
        if (streaming) streamed.set(part, { text: () => newSheetXml(edits, widths, render(), outline, drawing) });
        else out.set(part, newSheetXml(edits, widths, render(), outline, drawing));
      } else if (tab.edits.size > 0 || tab.widthChanges.size > 0 || tab.outline || tab.charts) {
        const original = (await this.text(part)) ?? '';
        const drawing = tab.charts ? await charts(original) : undefined;
        const [xml, edits, level] = [
          drawing === undefined ? original : withDrawing(original, part, drawing),
          tab.edits,
          { widths: tab.widthChanges, outline: tab.outline },
        ];
        const sheetLevel = tab.widthChanges.size > 0 || tab.outline !== undefined;
        if (edits.size === 0 && !sheetLevel) {
          if (xml !== original) out.set(part, xml);
        } else if (streaming)
          streamed.set(part, {
            pieces: () => patchedSheet(xml, edits, render(xml, part), part, undefined, level),
            level: deflateLevel(xml.length),
          });
        else out.set(part, patchSheet(xml, edits, render(xml, part), part, level));
      }
    }
    const originals = parseSheets(this.workbookXml, this.workbookPath);
    const kept = new Set(this.tabs.map((t) => t.original?.relId).filter((id) => id !== undefined));
    const deleted = originals.filter((s) => !kept.has(s.relId)).map((s) => s.relId);
    if (deleted.length > 0) relsXml = removeRelationships(relsXml, relsPart, (r) => deleted.includes(r.id));
    if (this.changed) {
      const calcChain = rels.filter((r) => r.type === REL.calcChain);
      relsXml = removeRelationships(relsXml, relsPart, (r) => r.type === REL.calcChain);
      for (const r of calcChain) out.set(resolveTarget(this.workbookPath, r.target), null);
    }
    if (this.selection) await this.selectOnSave(out, partOf);
    if (streaming) streamed.set(stylesPath, { text: () => (this.styles.changed ? this.styles.toXml() : undefined), last: true });
    else if (this.styles.changed) {
      let stylesPart = rels.find((r) => r.type === REL.styles);
      if (!stylesPart) {
        const id = freeRelId(rels);
        stylesPart = { id, type: REL.styles, target: 'styles.xml', external: false };
        rels.push(stylesPart);
        relsXml = addRelationship(relsXml, relsPart, stylesPart);
        types = setOverride(types, `${dir}styles.xml`, STYLES_TYPE);
      }
      out.set(resolveTarget(this.workbookPath, stylesPart.target), this.styles.toXml());
    }
    const newIndex = originals.map((s) => {
      const i = this.tabs.findIndex((t) => t.original?.relId === s.relId);
      return i < 0 ? undefined : i;
    });
    const selected = this.selection && this.tabs.findIndex((t) => t.name === this.selection!.sheet);
    if (this.changed || this.selection)
      out.set(
        this.workbookPath,
        rewriteWorkbook(this.workbookXml, this.workbookPath, {
          sheets: elements,
          newIndex,
          fullCalcOnLoad: this.changed,
          activeTab: selected,
        }),
      );
    out.set(relsPart, relsXml);
    await this.updateAppTitles(out);
    await this.dropUnreachable(
      out,
      (t) => (types = t),
      () => types,
    );
    out.set(CONTENT_TYPES, types);
    return new Map<string, Wijziging>([...out, ...streamed]);
  }

  // The tab's charts placed (placeCharts) on its sheet (its text; undefined when made anew): the parts set in `out`, the new ones' types added; the relationship of the drawing the sheet must now refer to, if any.
  private async placeCharts(
    tab: Tab,
    part: string,
    xml: string | undefined,
    out: Map<string, string | null>,
    used: Set<string>,
    setTypes: (t: string) => void,
    types: () => string,
  ): Promise<string | undefined> {
    const read = tabCells(
      tab.name,
      part,
      tab.edits,
      tab.replaced ? undefined : await this.text(part),
      await this.sharedStrings(),
      this.styles,
    );
    const text = async (path: string) => (out.has(path) ? (out.get(path) ?? undefined) : this.pkg.text(path));
    const placed = await placeCharts({ text, used }, tab.name, part, xml, tab.charts ?? [], read);
    for (const [path, content] of placed.parts) out.set(path, content);
    for (const [path, type] of placed.types) setTypes(setOverride(types(), path, type));
    return placed.newDrawing;
  }

  // Parts only the changes made unreachable (a deleted sheet's, a replaced sheet's drawing, the calc chain) go too.
  private async dropUnreachable(out: Map<string, string | null>, setTypes: (t: string) => void, types: () => string) {
    const before = await reachableParts((p) => this.pkg.text(p));
    const after = await reachableParts(async (p) => (out.has(p) ? (out.get(p) ?? undefined) : this.pkg.text(p)));
    const gone = [...before].filter((p) => !after.has(p) && this.pkg.has(p));
    for (const p of gone) {
      out.set(p, null);
      if (this.pkg.has(relsPath(p))) out.set(relsPath(p), null);
    }
    const removed = [...out].filter(([, v]) => v === null).map(([p]) => p);
    if (removed.length > 0) setTypes(removeOverrides(types(), removed));
  }

  private async updateAppTitles(out: Map<string, string | null>) {
    const before = parseSheets(this.workbookXml, this.workbookPath).map((s) => s.name);
    const after = this.tabs.map((t) => t.name);
    if (before.length === after.length && before.every((n, i) => n === after[i])) return;
    const app = parseRels(await this.pkg.text('_rels/.rels'), '_rels/.rels').find((r) => r.type === REL.extendedProperties);
    const path = app && resolveTarget('', app.target);
    const xml = path && (await this.pkg.text(path));
    if (path && xml) out.set(path, renameTitles(xml, path, before, after));
  }

  private async selectOnSave(out: Map<string, string | null>, partOf: ReadonlyMap<Tab, string>) {
    for (const [tab, part] of partOf) {
      const xml = out.get(part) ?? (await this.text(part));
      if (!xml) continue;
      const next = selectInSheet(xml, tab.name === this.selection!.sheet ? this.selection!.cell : undefined, part);
      if (next !== xml) out.set(part, next);
    }
  }

  private exists(name: string): boolean {
    return this.sheetNames().includes(name);
  }

  private worksheet(name: string): Tab {
    const tab = this.tabs.find((t) => t.name === name && (!t.original || t.original.worksheet));
    if (!tab) throw new Error(`no sheet named '${name}'`);
    return tab;
  }

  private async text(part: string): Promise<string | undefined> {
    let xml = this.texts.get(part);
    if (xml === undefined) {
      xml = await this.pkg.text(part);
      if (xml !== undefined) this.texts.set(part, xml);
    }
    return xml;
  }

  private async sharedStrings(): Promise<string[]> {
    if (!this.strings) {
      const rel = this.workbookRels.find((r) => r.type === REL.sharedStrings);
      const path = rel && resolveTarget(this.workbookPath, rel.target);
      this.strings = parseSharedStrings(path ? await this.pkg.text(path) : undefined, path ?? '');
    }
    return this.strings;
  }
}
