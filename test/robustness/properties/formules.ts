import fc from 'fast-check';
import { a1 } from '../../../src/sheet/address';
import type { CellValue } from '../../../src/workbook/port';
import { celwaarde, type Kenmerken } from './celwaarden';
import { isEigenKop, isKopRij, isTotaalbeeld } from './eigen';
import { isPmTekst } from './scenarios';
import { kopie, waardeVak, type Blad, type Werkmap } from './werkmap';

/**
 * A formula to put in a cell of the used range:
 * - `som`: arithmetic on numbers, with its result (every adapter, and the in-memory Excel, computes the same) or, half the time, none;
 * - `verwijzing`: a reference or SUM over cells that hold constants the add-in never writes, in any sheet;
 * - `functie`: a function no adapter computes here (TODAY, VLOOKUP, NPLV.*), with any cached result.
 */
export interface Formuleplek {
  blad: number;
  rij: number;
  kolom: number;
  soort: 'som' | 'verwijzing' | 'functie';
  getallen: [number, number];
  operator: '+' | '-' | '*';
  doelen: [number, number];
  functie: string;
  resultaat: CellValue;
  /** A `som` without a cached value. */
  zonderWaarde: boolean;
}

const FUNCTIES = ['TODAY()', 'VLOOKUP(A2,Notities!A:B,2,FALSE)', 'NPLV.RIJKSDEEL(445,"Nieuwbouw")', 'IFERROR(1/0,"-")', 'A1&"x"', 'RAND()'];

export function formuleplek(k: Kenmerken): fc.Arbitrary<Formuleplek> {
  const getal = fc.integer({ min: 0, max: 100_000 }).map((c) => c / 100);
  return fc.record({
    blad: fc.nat(9),
    rij: fc.nat(60),
    kolom: fc.nat(12),
    soort: fc.constantFrom<Formuleplek['soort']>('som', 'verwijzing', 'functie'),
    getallen: fc.tuple(getal, getal),
    operator: fc.constantFrom<Formuleplek['operator']>('+', '-', '*'),
    doelen: fc.tuple(fc.nat(), fc.nat()),
    functie: fc.constantFrom(...FUNCTIES),
    resultaat: celwaarde(k),
    zonderWaarde: fc.boolean(),
  });
}

const REKEN = { '+': (a: number, b: number) => a + b, '-': (a: number, b: number) => a - b, '*': (a: number, b: number) => a * b };

export const quote = (naam: string) => (/^[A-Za-z_][\w.]*$/.test(naam) ? naam : `'${naam.replace(/'/g, "''")}'`);

interface Cel {
  blad: Blad;
  rij: number;
  kolom: number;
}

const sleutel = (blad: Blad, rij: number, kolom: number) => `${blad.name}!${a1(rij, kolom)}`;

// The cells a reference may point to: constants of the used ranges, never in the Totaalbeeld or in a column of the add-in's,
// nor PM (property 7 compares a workbook with 0 in its PM cells: Excel would recompute a formula over them).
function doelen(w: Werkmap, formules: Set<string>): Cel[] {
  return w.bladen.flatMap((b) => {
    if (isTotaalbeeld(b.name)) return [];
    const { rows, columns } = waardeVak(b);
    const cellen: Cel[] = [];
    for (let rij = 1; rij <= rows; rij++)
      for (let kolom = 1; kolom <= columns; kolom++)
        if (!formules.has(sleutel(b, rij, kolom)) && !isEigenKop(w, b.name, kolom) && !isPmTekst(b.rows[rij - 1]?.[kolom - 1]))
          cellen.push({ blad: b, rij, kolom });
    return cellen;
  });
}

// Whether every cell of the block from `van` to `tot` may be pointed to: no formula in it (no cycle), no column of the add-in's.
function isVrij(van: Cel, tot: Cel, toegestaan: ReadonlySet<string>): boolean {
  if (van.blad !== tot.blad || van.rij > tot.rij || van.kolom > tot.kolom) return false;
  for (let r = van.rij; r <= tot.rij; r++)
    for (let c = van.kolom; c <= tot.kolom; c++) if (!toegestaan.has(sleutel(van.blad, r, c))) return false;
  return true;
}

function formule(
  p: Formuleplek,
  hier: Blad,
  kandidaten: Cel[],
  toegestaan: ReadonlySet<string>,
): { formula: string; result: CellValue } | undefined {
  if (p.soort === 'som') {
    const [a, b] = p.getallen;
    // Now and then without its value, as openpyxl writes it (issue 12; Excel computes it when it opens the file).
    return { formula: `${a}${p.operator}${b}`, result: p.zonderWaarde ? null : REKEN[p.operator](a, b) };
  }
  if (p.soort === 'functie') return { formula: p.functie, result: p.resultaat };
  if (kandidaten.length === 0) return undefined;
  const [van, tot] = p.doelen.map((d) => kandidaten[d % kandidaten.length]);
  const ref = (c: Cel) => (c.blad === hier ? '' : `${quote(c.blad.name)}!`) + a1(c.rij, c.kolom);
  return { formula: isVrij(van, tot, toegestaan) ? `SUM(${ref(van)}:${a1(tot.rij, tot.kolom)})` : `${ref(van)}*2`, result: p.resultaat };
}

/** The workbook with formulas in some cells of its used ranges, never in a header row (a copy); each cell shows the formula's result. */
export function metFormules(w: Werkmap, plekken: Formuleplek[]): Werkmap {
  const uit = kopie(w);
  const geplaatst = plekken.flatMap((p) => {
    const b = uit.bladen[p.blad % uit.bladen.length];
    const { rows, columns } = waardeVak(b);
    const plek = { p, b, rij: (p.rij % Math.max(rows, 1)) + 1, kolom: (p.kolom % Math.max(columns, 1)) + 1 };
    return rows === 0 || isKopRij(uit, b.name, plek.rij) ? [] : [plek];
  });
  const kandidaten = doelen(uit, new Set(geplaatst.map(({ b, rij, kolom }) => sleutel(b, rij, kolom))));
  const toegestaan = new Set(kandidaten.map((c) => sleutel(c.blad, c.rij, c.kolom)));
  for (const { p, b, rij, kolom } of geplaatst) {
    const f = formule(p, b, kandidaten, toegestaan);
    if (!f) continue;
    b.formulas[a1(rij, kolom)] = f;
    while (b.rows[rij - 1].length < kolom) b.rows[rij - 1].push(null);
    b.rows[rij - 1][kolom - 1] = f.result;
  }
  return uit;
}
