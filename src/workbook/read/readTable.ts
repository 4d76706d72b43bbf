import { Dec, type ControleSoort, type Herkomst, type Melding } from '../../engine';
import { controlBlocks, controleSoort, type Regel } from './controlBlocks';
import type { Kopregel } from './findHeader';
import { uncachedValues, type UncachedValue } from './formula/cells';
import { celNotaties } from './notatieDecimalen';
import { isPm } from './parseCell';
import type { SheetGrid } from '../port';
import { gelezenCel, leeg, readCell, type GelezenCel, type Veldwaarde } from './readCell';
import type { SheetDef, Soort } from '../sheetDefs';
import { a1, bottomRow, cellAt, isBlank } from '../../sheet';

export type { Veldwaarde } from './readCell';
export interface DataRij {
  rij: number;
  velden: Record<string, Veldwaarde>;
  /** Fields whose cell was in error (already reported). */
  fouten: string[];
  /** Amount or key fields given as PM: read as 0 (the engine warns when the row counts). */
  pm: string[];
  herkomst: Herkomst;
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

// Onderdeel (or another label column) when filled, else the row's first text cell.
function labelOf(grid: SheetGrid, rij: number, def: SheetDef, kop: Kopregel): string {
  for (const veld of def.labelvelden) {
    const v = kop.kolommen[veld] === undefined ? null : cellAt(grid, rij, kop.kolommen[veld]).value;
    if (!isBlank(v)) return typeof v === 'string' ? v.trim() : '';
  }
  const first = (grid.values[rij - grid.top] ?? []).find((v) => typeof v === 'string' && v.trim() !== '');
  return typeof first === 'string' ? first.trim() : '';
}

/**
 * The rows below the header row: blank rows (every column of `def` empty) skipped, control
 * rows recognised, every cell parsed by its column's kind. Every error is collected with its
 * cell; a cell in error reads as empty text, 0, or no key.
 */
export function readTable(grid: SheetGrid, def: SheetDef, kop: Kopregel, uncached: UncachedValue = uncachedValues([grid])): Tabel {
  const tabel: Tabel = { data: [], controles: [], meldingen: [] };
  const regels: Regel[] = [];
  const kolommen = def.kolommen.filter((k) => kop.kolommen[k.veld] !== undefined);
  for (let rij = kop.rij + 1; rij <= bottomRow(grid); rij++) {
    if (grid.values[rij - grid.top].length === 0) continue; // a row with no cell at all (a sparse sheet has a million)
    const cells = kolommen.map((k) => gelezenCel(grid, rij, kop.kolommen[k.veld], k.veld, k.soort, a1(rij, kop.kolommen[k.veld])));
    if (cells.every(leeg)) continue;
    const herkomst: Herkomst = { blad: grid.name, rij, cellen: Object.fromEntries(cells.map((c) => [c.veld, c.cel])), ...celNotaties(cells) };
    const fouten: string[] = [];
    const parse = (c: GelezenCel) => {
      const { parsed, waarschuwing } = readCell(grid, c, uncached);
      if (waarschuwing) tabel.meldingen.push(waarschuwing);
      if (parsed.ok) return parsed;
      fouten.push(c.veld);
      tabel.meldingen.push({ ernst: 'fout', blad: grid.name, cel: c.cel, bericht: parsed.bericht });
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
      const pm = def.pm ? cells.filter((c) => (c.soort === 'bedrag' || c.soort === 'fractie') && isPm(c.value)).map((c) => c.veld) : [];
      const read = (c: GelezenCel) => (pm.includes(c.veld) ? new Dec(0) : (parse(c)?.value ?? FALLBACK[c.soort]));
      const velden = Object.fromEntries(cells.map((c) => [c.veld, read(c)]));
      tabel.data.push({ rij, velden, fouten, pm, herkomst });
    }
  }
  controlBlocks(regels).forEach((block, i) => (tabel.controles[i].regels = block));
  return tabel;
}
