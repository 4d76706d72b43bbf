import { cellAt, rightColumn } from '../../sheet';
import type { SheetGrid, WorkbookPort } from '../port';
import { findSheet } from '../read/findSheet';
import { GEVOELIGHEID } from '../sheetDefs';
import { KOP_EERSTE } from './tabel';

/** What an NPLV Gevoeligheid sheet says it was made with: its steps (from its table's headers) and the scenarios on (its head). */
export interface GevoeligheidKop {
  /** The steps d (each taken down and up), as the headers name them; undefined without a table. */
  stappen?: number[];
  /** The scenarios on: none when the head has no line for them or says none are. */
  scenarios: string[];
}

const ZOEKDIEPTE = 20;
const STAP = /^Δ totaal \(saldering\) [+−]?(\d+(?:,\d+)?) pp$/;
const AAN = "Scenario's aan: ";

const tekst = (blad: SheetGrid, row: number, column: number) => {
  const v = cellAt(blad, row, column).value;
  return typeof v === 'string' ? v : '';
};

/** The steps and scenarios an NPLV Gevoeligheid sheet was made with. */
export function leesGevoeligheidKop(blad: SheetGrid): GevoeligheidKop {
  const rijen = Array.from({ length: ZOEKDIEPTE }, (_, i) => i + 1);
  const regel = rijen.map((r) => tekst(blad, r, 1)).find((t) => t.startsWith(AAN));
  const scenarios = regel === undefined ? [] : regel.slice(AAN.length).split('; uit: ')[0].split(', ');
  const kop = rijen.find((r) => tekst(blad, r, 1) === KOP_EERSTE);
  if (kop === undefined) return { scenarios };
  const koppen = Array.from({ length: rightColumn(blad) }, (_, i) => tekst(blad, kop, i + 1));
  const stappen = koppen.flatMap((k) => {
    const m = STAP.exec(k);
    return m ? [Number(m[1].replace(',', '.'))] : [];
  });
  return { stappen: [...new Set(stappen)].sort((a, b) => a - b), scenarios };
}

/** What the workbook's NPLV Gevoeligheid sheet says it was made with; undefined without the sheet. */
export async function gevoeligheidGemaaktMet(port: WorkbookPort): Promise<GevoeligheidKop | undefined> {
  const naam = findSheet(await port.sheetNames(), [GEVOELIGHEID]);
  if (naam === undefined) return undefined;
  const [blad] = await port.readSheets([naam]);
  return leesGevoeligheidKop(blad);
}
