import { OfficeWorkbook } from '../adapters/office/officeWorkbook';
import { NO_CHANGES, type BlockWrite, type SheetChart, type SheetGrid } from '../port';
import type { StapResultaat, TellendeRun } from './meten';
import { bereikVan, knip } from './indeling';
import { a1 } from '../../sheet';

/**
 * The steps that make, fill, read and remove the temporary sheet, each through the add-in's
 * own Office adapter (the calls a recalculation makes, in the same order and shape).
 */
export class BladStappen {
  readonly port: OfficeWorkbook;

  constructor(
    private readonly teller: TellendeRun,
    readonly blad: string,
    outline: boolean,
  ) {
    this.port = new OfficeWorkbook(teller.run, outline);
  }

  /** Adds the sheet hidden (as NPLV Versies is), and checks that Excel has it so. */
  async toevoegen(): Promise<StapResultaat> {
    await this.port.apply({ ...NO_CHANGES, sheets: [{ name: this.blad, values: [], hidden: true }] });
    const zichtbaarheid = await this.teller.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(this.blad).load('visibility');
      await context.sync();
      return sheet.visibility;
    });
    if (zichtbaarheid !== 'Hidden')
      return { uitkomst: { soort: 'afwijking', verschillen: [`zichtbaarheid ${zichtbaarheid}, Hidden verwacht`] } };
    return { uitkomst: { soort: 'ok', details: `'${this.blad}', verborgen` } };
  }

  /** The blocks of values, formulas, formats and bold; then a header cell that takes another's format (`formatFrom`). */
  async schrijven(blokken: BlockWrite[]): Promise<StapResultaat> {
    const kop: BlockWrite = { sheet: this.blad, top: 3, left: 9, values: [['Controle']], formatFrom: { row: 3, column: 8 } };
    await this.port.apply({ ...NO_CHANGES, writes: [...blokken, kop] });
    return { uitkomst: { soort: 'ok', details: blokken.map(bereikVan).join(' en ') } };
  }

  async breedtes(breedtes: (number | null)[]): Promise<StapResultaat> {
    const columnWidths = breedtes.map((width, i) => ({ sheet: this.blad, column: i + 1, width }));
    await this.port.apply({ ...NO_CHANGES, columnWidths });
    return { uitkomst: { soort: 'ok', details: `${breedtes.length} kolommen` } };
  }

  /** An outline of rows 4–8, open, and the sheet's custom property the adapter keeps it in. */
  async groeperen(): Promise<StapResultaat> {
    await this.port.apply({ ...NO_CHANGES, rowGroups: [{ sheet: this.blad, groups: [{ top: 4, bottom: 8, collapsed: false }] }] });
    return { uitkomst: { soort: 'ok', details: 'rijen 4–8' } };
  }

  async grafieken(grafieken: SheetChart[]): Promise<StapResultaat> {
    await this.port.apply({ ...NO_CHANGES, charts: [{ sheet: this.blad, charts: grafieken }] });
    return { uitkomst: { soort: 'ok', details: grafieken.map((g) => g.type).join(', ') } };
  }

  /** Lists the sheets (with the heads a recalculation reads ahead) and reads the sheet: what was written must come back. */
  async lezen(blokken: BlockWrite[]): Promise<{ resultaat: StapResultaat; grid?: SheetGrid }> {
    const namen = await this.port.sheetNames();
    if (!namen.includes(this.blad))
      return { resultaat: { uitkomst: { soort: 'afwijking', verschillen: [`'${this.blad}' niet in de lijst van bladen`] } } };
    const [grid] = await this.port.readSheets([this.blad]);
    const verschillen = blokken.flatMap((b) => terugGelezen(grid, b));
    const uitkomst =
      verschillen.length > 0 ? { soort: 'afwijking' as const, verschillen } : { soort: 'ok' as const, details: `${namen.length} bladen` };
    return { resultaat: { uitkomst }, grid };
  }

  /** Removes the sheet; the sheets after are the sheets before. */
  async verwijderen(voor: readonly string[]): Promise<StapResultaat> {
    await this.port.apply({ ...NO_CHANGES, deleteSheets: [this.blad] });
    const na = await this.port.sheetNames();
    if (na.join('\n') === voor.join('\n')) return { uitkomst: { soort: 'ok', details: 'de bladen zijn weer die van ervoor' } };
    return { uitkomst: { soort: 'afwijking', verschillen: [`bladen na de test: ${na.join(', ')}; ervoor: ${voor.join(', ')}`] } };
  }
}

/** Where the cells read differ from the block written: value, formula (as written) and number format. */
function terugGelezen(grid: SheetGrid, b: BlockWrite): string[] {
  const gelezen = knip(grid, b, b.sheet);
  const uit: string[] = [];
  b.values.forEach((rij, r) =>
    rij.forEach((waarde, c) => {
      const cel = a1(b.top + r, b.left + c);
      const formule = b.formulas?.[r][c] ?? null;
      const v = gelezen.values[r][c];
      // '' empties a cell (`officeValue`): it reads back empty.
      if (formule === null && JSON.stringify(v) !== JSON.stringify(waarde === '' ? null : waarde))
        uit.push(`${cel}: ${JSON.stringify(waarde)} geschreven, ${JSON.stringify(v)} gelezen`);
      if (formule !== null && gelezen.formulas[r][c] !== formule)
        uit.push(`${cel}: formule =${formule} geschreven, ${gelezen.formulas[r][c] ?? 'geen'} gelezen`);
      const notatie = b.numberFormats?.[r][c];
      if (notatie && gelezen.numberFormats[r][c] !== notatie)
        uit.push(`${cel}: getalnotatie ${notatie} geschreven, ${gelezen.numberFormats[r][c]} gelezen`);
    }),
  );
  return uit.slice(0, 10);
}
