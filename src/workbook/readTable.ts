import { Dec, type ControleSoort, type Herkomst, type Melding } from '../engine';
import { a1 } from './address';
import { controlBlocks, controleSoort, type Regel } from './controlBlocks';
import type { Kopregel } from './findHeader';
import { bottomRow, cellAt, isBlank } from './grid';
import { isPm, parseBedrag, parseFractie, parseJaar, parseTekst, type Parsed } from './parseCell';
import type { CellValue, SheetGrid } from './port';
import type { BladDef, Soort } from './sheetDefs';

export type Veldwaarde = string | Dec | number | undefined;

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

const PARSERS: Record<Soort, (v: CellValue, veld: string) => Parsed<Veldwaarde>> = {
  tekst: parseTekst,
  bedrag: parseBedrag,
  fractie: parseFractie,
  jaar: parseJaar,
};

// What a field holds when its cell is in error: the row is still read, the error reported.
const FALLBACK: Record<Soort, Veldwaarde> = { tekst: '', bedrag: new Dec(0), fractie: undefined, jaar: undefined };

// Onderdeel (or another label column) when filled, else the row's first text cell.
function labelOf(grid: SheetGrid, rij: number, def: BladDef, kop: Kopregel): string {
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
export function readTable(grid: SheetGrid, def: BladDef, kop: Kopregel): Tabel {
  const tabel: Tabel = { data: [], controles: [], meldingen: [] };
  const regels: Regel[] = [];
  const kolommen = def.kolommen.filter((k) => kop.kolommen[k.veld] !== undefined);
  for (let rij = kop.rij + 1; rij <= bottomRow(grid); rij++) {
    const cells = kolommen.map((k) => ({ k, cel: a1(rij, kop.kolommen[k.veld]), v: cellAt(grid, rij, kop.kolommen[k.veld]).value }));
    if (cells.every((c) => isBlank(c.v))) continue;
    const herkomst: Herkomst = { blad: grid.name, rij, cellen: Object.fromEntries(cells.map((c) => [c.k.veld, c.cel])) };
    const fouten: string[] = [];
    const parse = (c: (typeof cells)[number]) => {
      const parsed = PARSERS[c.k.soort](c.v, c.k.veld);
      if (parsed.ok) return parsed;
      fouten.push(c.k.veld);
      tabel.meldingen.push({ ernst: 'fout', blad: grid.name, cel: c.cel, bericht: parsed.bericht });
      return undefined;
    };
    const label = def.controlerijen ? labelOf(grid, rij, def, kop) : '';
    const soort = controleSoort(label);
    if (soort) {
      const bedragen: Record<string, Dec> = {};
      for (const c of cells.filter((c) => c.k.soort === 'bedrag' && !isBlank(c.v) && !isPm(c.v))) {
        const parsed = parse(c);
        if (parsed) bedragen[c.k.veld] = parsed.value as Dec;
      }
      tabel.controles.push({ rij, soort, label, regels: [], bedragen, herkomst });
      regels.push({ controle: soort });
    } else {
      regels.push({ data: tabel.data.length });
      const pm = def.pm ? cells.filter((c) => (c.k.soort === 'bedrag' || c.k.soort === 'fractie') && isPm(c.v)).map((c) => c.k.veld) : [];
      const read = (c: (typeof cells)[number]) => (pm.includes(c.k.veld) ? new Dec(0) : (parse(c)?.value ?? FALLBACK[c.k.soort]));
      const velden = Object.fromEntries(cells.map((c) => [c.k.veld, read(c)]));
      tabel.data.push({ rij, velden, fouten, pm, herkomst });
    }
  }
  controlBlocks(regels).forEach((block, i) => (tabel.controles[i].regels = block));
  return tabel;
}
