import type { Melding } from '../../engine';
import { BEKENDE_EENHEDEN, EENHEDEN, leesEenheid, STANDAARD_EENHEID, type Eenheid, type Schaal } from './eenheid';
import { citaat } from '../messages';
import type { CellValue, SheetGrid } from '../port';
import type { SheetDef } from '../sheetDefs';
import { a1, isBlank, verwijzingTekst } from '../../sheet';

/** A sheet that was read: its header row, and the bracketed text of each header that had one. */
export interface GelezenBlad {
  def: SheetDef;
  grid: SheetGrid;
  kop: { rij: number; eenheden?: Record<string, { tekst: string; cel: string }> };
}

/** A place where the workbook states its unit, and how. */
interface Vermelding {
  schaal: Schaal;
  tekst: string;
  blad: string;
  cel: string;
}

const EENHEID = /^\s*eenheid\s*(:?)\s*(.*)$/i;
const BEDRAGEN_IN = /\bbedragen\s*(?:zijn\s+)?(?:in\b|(?=[x×([]))/i;
const HAAKJES = /\(([^()]*)\)/g;

const tekst = {
  onbekend: (t: string) => `eenheid ${citaat(t)} is onbekend; bekend: ${BEKENDE_EENHEDEN}`,
  leeg: () => `naast 'Eenheid' staat geen eenheid; bekend: ${BEKENDE_EENHEDEN}`,
  wijktAf: (o: Vermelding, eerste: Vermelding) =>
    `eenheid ${citaat(o.tekst)} wijkt af van ${citaat(eerste.tekst)} in ${verwijzingTekst(eerste)}; gebruik één eenheid`,
};

type Gevonden = { tekst: string; schaal: Schaal; kolom: number } | { fout: string; kolom: number } | undefined;

// A text that states a unit: a setting must be one (else an error); in prose only a text that
// speaks of a unit must, and there the words after its last `in` or `x` may be the unit
// (`Bedragen in deze tabel zijn in mln euro`).
function gelezen(t: string, kolom: number, instelling: boolean): Gevonden {
  const geheel = leesEenheid(t);
  if (!instelling && geheel === 'onleesbaar') {
    const slot = t.split(/\s(?:in|x|×)\s/i).pop() ?? '';
    const schaal = leesEenheid(slot);
    if (schaal && schaal !== 'onleesbaar') return { tekst: slot.trim(), schaal, kolom };
  }
  if (geheel === 'onleesbaar' || (instelling && !geheel)) return { fout: t.trim() ? tekst.onbekend(t.trim()) : tekst.leeg(), kolom };
  return geheel && { tekst: t.trim(), schaal: geheel, kolom };
}

/**
 * What one title cell (a row above the header row) says of the unit: `Eenheid: euro`, or
 * `Eenheid` with the unit in the next filled cell to the right (a setting: it must be a unit);
 * `Bedragen in euro` / `Bedragen x € 1 mln` (up to the first full stop; a text there that
 * speaks of a unit must be one); a unit in brackets (`Opgave NPLV (mln euro)`; other
 * brackets are prose). Undefined: it says nothing of the unit.
 */
function uitTitel(rij: readonly CellValue[], i: number): Gevonden {
  const waarde = rij[i];
  if (typeof waarde !== 'string') return undefined;
  const instelling = EENHEID.exec(waarde);
  if (instelling && !instelling[2]) {
    const naast = rij.findIndex((v, j) => j > i && !isBlank(v));
    return gelezen(naast < 0 ? '' : String(rij[naast]), naast < 0 ? i : naast, true);
  }
  if (instelling) return gelezen(instelling[2], i, instelling[1] === ':');
  const bedragen = BEDRAGEN_IN.exec(waarde);
  const zin = bedragen && waarde.slice(bedragen.index + bedragen[0].length).split(/\.(?!\d)/)[0];
  const inZin = zin ? gelezen(zin.replace(/^\s*[([]|[)\]]\s*$/g, ''), i, false) : undefined;
  if (inZin) return inZin;
  for (const [, t] of waarde.matchAll(HAAKJES)) {
    const schaal = leesEenheid(t);
    if (schaal && schaal !== 'onleesbaar') return { tekst: t.trim(), schaal, kolom: i };
  }
  return undefined;
}

// Every statement of the unit in one sheet: title rows top to bottom, left to right, then the amount headers.
function inBlad({ def, grid, kop }: GelezenBlad, fouten: Melding[]): Vermelding[] {
  const vermeldingen: Vermelding[] = [];
  const fout = (cel: string, bericht: string) => fouten.push({ ernst: 'fout', blad: grid.name, cel, bericht });
  grid.values.slice(0, Math.max(0, kop.rij - grid.top)).forEach((rij, r) =>
    rij.forEach((_, i) => {
      const gevonden = uitTitel(rij, i);
      if (!gevonden) return;
      const cel = a1(grid.top + r, grid.left + gevonden.kolom);
      if ('fout' in gevonden) fout(cel, gevonden.fout);
      else vermeldingen.push({ schaal: gevonden.schaal, tekst: gevonden.tekst, blad: grid.name, cel });
    }),
  );
  for (const kolom of def.kolommen.filter((k) => k.soort === 'bedrag')) {
    const haakjes = kop.eenheden?.[kolom.veld];
    if (!haakjes) continue;
    const schaal = leesEenheid(haakjes.tekst);
    if (schaal === 'onleesbaar') fout(haakjes.cel, tekst.onbekend(haakjes.tekst));
    else if (schaal) vermeldingen.push({ schaal, tekst: haakjes.tekst, blad: grid.name, cel: haakjes.cel });
  }
  return vermeldingen;
}

/**
 * The unit of a workbook (README "The unit"): where its sheets state it — in the rows above
 * a header row, or in brackets in the header of an amount column (`Opgave (mln €)`). Every
 * statement must name the same unit: one that differs is an error at its cell naming the
 * first; a statement that speaks of a unit we cannot read is an error too. None at all: mln
 * euro. The unit never changes a figure.
 */
export function werkmapEenheid(bladen: readonly GelezenBlad[]): { eenheid: Eenheid; meldingen: Melding[] } {
  const meldingen: Melding[] = [];
  const vermeldingen = bladen.flatMap((b) => inBlad(b, meldingen));
  const [eerste] = vermeldingen;
  for (const o of vermeldingen) {
    if (o.schaal !== eerste.schaal) meldingen.push({ ernst: 'fout', blad: o.blad, cel: o.cel, bericht: tekst.wijktAf(o, eerste) });
  }
  return { eenheid: eerste ? EENHEDEN[eerste.schaal] : STANDAARD_EENHEID, meldingen };
}
