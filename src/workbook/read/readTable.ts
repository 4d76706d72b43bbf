import { Dec, type ControleSoort, type Herkomst, type Melding } from '../../engine';
import { controlBlocks, controleSoort, type Regel } from './controlBlocks';
import type { Kopregel } from './findHeader';
import { uncachedValues, type UncachedValue } from './formula/cells';
import { gewoneWaarde, VOLLEDIG } from './gewoneCel';
import { isPm } from './parseCell';
import type { SheetGrid } from '../port';
import { celVan, leeg, readCell, type GelezenCel, type Veldwaarde } from './readCell';
import { rijHerkomsten } from './rijHerkomst';
import type { SheetDef, Soort } from '../sheetDefs';
import { bottomRow, cellAt, cellInto, isBlank } from '../../sheet';

export type { Veldwaarde } from './readCell';
export interface DataRij {
  rij: number;
  /** The value of each column read, in the table's order of columns (`veldwaarde` by field). */
  waarden: Veldwaarde[];
  /** Field → its index in `waarden`: one object, shared by the rows of the table. */
  veldIndex: Readonly<Record<string, number>>;
  /** Fields whose cell was in error (already reported); one shared empty list for a row without. */
  fouten: readonly string[];
  /** Amount or key fields given as PM: read as 0 (the engine warns when the row counts); one shared empty list for a row without. */
  pm: readonly string[];
  herkomst: Herkomst;
}

/** The value of a field of a data row; undefined for a column the table does not have. */
export function veldwaarde(r: DataRij, veld: string): Veldwaarde {
  const i = r.veldIndex[veld];
  return i === undefined ? undefined : r.waarden[i];
}

export interface ControleRij {
  rij: number;
  soort: ControleSoort;
  label: string;
  /** Indices (into this table's data rows) of the block it totals. */
  regels: number[];
  bedragen: Record<string, Dec>;
  herkomst: Herkomst;
}

export interface Tabel {
  data: DataRij[];
  controles: ControleRij[];
  meldingen: Melding[];
}

// What a field holds when its cell is in error: the row is still read, the error reported.
const FALLBACK: Record<Soort, Veldwaarde> = { tekst: '', bedrag: new Dec(0), fractie: undefined, jaar: undefined };

// The list of a row with no field in error or given as PM (most rows): one, frozen.
const GEEN: readonly string[] = Object.freeze([]);

// Onderdeel (or another label column) when filled, else the row's first text cell.
function labelOf(grid: SheetGrid, rij: number, def: SheetDef, kop: Kopregel): string {
  for (const veld of def.labelvelden) {
    const v = kop.kolommen[veld] === undefined ? null : cellAt(grid, rij, kop.kolommen[veld]).value;
    if (!isBlank(v)) return typeof v === 'string' ? v.trim() : '';
  }
  const first = (grid.values[rij - grid.top] ?? []).find((v) => typeof v === 'string' && v.trim() !== '');
  return typeof first === 'string' ? first.trim() : '';
}

// The read columns' cells of a row, in one object per column that each row fills again (no object per cell).
function vulCellen(grid: SheetGrid, rij: number, cells: GelezenCel[]): void {
  for (const c of cells) {
    c.rij = rij;
    cellInto(grid, rij, c.kolom, c);
  }
}

/**
 * The rows below the header row: blank rows (every column of `def` empty) skipped, control
 * rows recognised, every cell parsed by its column's kind. Every error is collected with its
 * cell; a cell in error reads as empty text, 0, or no key. A row's `herkomst` names its
 * cells when asked (`rijHerkomsten`).
 */
export function readTable(grid: SheetGrid, def: SheetDef, kop: Kopregel, uncached: UncachedValue = uncachedValues([grid])): Tabel {
  const tabel: Tabel = { data: [], controles: [], meldingen: [] };
  const regels: Regel[] = [];
  const kolommen = def.kolommen.filter((k) => kop.kolommen[k.veld] !== undefined);
  const cells: GelezenCel[] = kolommen.map((k) => ({
    veld: k.veld,
    soort: k.soort,
    rij: 0,
    kolom: kop.kolommen[k.veld],
    value: null,
    formula: null,
    numberFormat: 'General',
    bold: false,
  }));
  const Herkomst = rijHerkomsten(grid, cells);
  const veldIndex: Record<string, number> = Object.fromEntries(cells.map((c, i) => [c.veld, i]));
  for (let rij = kop.rij + 1; rij <= bottomRow(grid); rij++) {
    if (grid.values[rij - grid.top].length === 0) continue; // a row with no cell at all (a sparse sheet has a million)
    vulCellen(grid, rij, cells);
    if (cells.every(leeg)) continue;
    const herkomst = new Herkomst(rij);
    let fouten = GEEN;
    const parse = (c: GelezenCel) => {
      const { parsed, waarschuwing } = readCell(grid, c, uncached);
      if (waarschuwing) tabel.meldingen.push(waarschuwing);
      if (parsed.ok) return parsed;
      fouten = [...fouten, c.veld];
      tabel.meldingen.push({ ernst: 'fout', blad: grid.name, cel: celVan(c), bericht: parsed.bericht });
      return undefined;
    };
    const label = def.controlerijen ? labelOf(grid, rij, def, kop) : '';
    const soort = controleSoort(label);
    if (soort) {
      const bedragen: Record<string, Dec> = {};
      for (const c of cells.filter((c) => c.soort === 'bedrag' && !leeg(c) && !isPm(c.value))) {
        const parsed = parse(c);
        if (parsed) bedragen[c.veld] = parsed.value as Dec;
      }
      tabel.controles.push({ rij, soort, label, regels: [], bedragen, herkomst });
      regels.push({ controle: soort });
    } else {
      regels.push({ data: tabel.data.length });
      const isPmVeld = (c: GelezenCel) => def.pm && (c.soort === 'bedrag' || c.soort === 'fractie') && isPm(c.value);
      const pm = cells.some(isPmVeld) ? cells.filter(isPmVeld).map((c) => c.veld) : GEEN;
      const waarden = new Array<Veldwaarde>(cells.length);
      for (let i = 0; i < cells.length; i++) {
        const c = cells[i];
        const gewoon = gewoneWaarde(c.soort, c.value, c.formula, c.numberFormat);
        waarden[i] = gewoon !== VOLLEDIG ? gewoon : pm.includes(c.veld) ? new Dec(0) : (parse(c)?.value ?? FALLBACK[c.soort]);
      }
      tabel.data.push({ rij, waarden, veldIndex, fouten, pm, herkomst });
    }
  }
  controlBlocks(regels).forEach((block, i) => (tabel.controles[i].regels = block));
  return tabel;
}
