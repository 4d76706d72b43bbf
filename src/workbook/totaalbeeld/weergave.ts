import { EENHEDEN, leesEenheid, type Schaal } from '../read/eenheid';

/**
 * How the Totaalbeeld shows its amounts (issue 16): in which unit and with how many decimals.
 * The cells keep the exact amount in the workbook's unit; only the number format (Excel's
 * thousands scaling, `#,##0.00,`) and the unit line change.
 */
export interface Weergave {
  eenheid: Schaal;
  decimalen: number;
}

/** The units, smallest first: each a thousand times the one before. */
export const SCHALEN: readonly Schaal[] = ['euro', 'duizend', 'mln', 'mld'];

export const MAX_DECIMALEN = 6;

/** The decimals a unit shows by default: those of its number format (euro and duizend 0, mln 1, mld 2). */
export const standaardDecimalen = (eenheid: Schaal): number => /\.(0+)/.exec(EENHEDEN[eenheid].getalnotatie)?.[1].length ?? 0;

/** The workbook's own unit with its default decimals: what a workbook that never chose shows. */
export const standaardWeergave = (werkmap: Schaal): Weergave => ({ eenheid: werkmap, decimalen: standaardDecimalen(werkmap) });

/** How many thousands `eenheid` is above `werkmap` (mln → mld: 1; negative: smaller). */
export const stappen = (werkmap: Schaal, eenheid: Schaal): number => SCHALEN.indexOf(eenheid) - SCHALEN.indexOf(werkmap);

/** The units a number format can show amounts of this workbook in: its own and the larger ones. */
export const toonbareEenheden = (werkmap: Schaal): Schaal[] => SCHALEN.slice(SCHALEN.indexOf(werkmap));

/** Whether a number of decimals is allowed: a whole number 0 to 6. */
export const geldigeDecimalen = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= MAX_DECIMALEN;

/**
 * The unit a word names, as the command line and the function take it: `euro`, `duizend`,
 * `mln`, `mld`, and every way a workbook states its unit (`miljard`, `x € 1 mln`, `k€`).
 */
export function leesSchaal(woord: string): Schaal | undefined {
  const schaal = leesEenheid(woord);
  return schaal === 'onleesbaar' ? undefined : schaal;
}

/** The units as a message lists them. */
export const EENHEID_WOORDEN = "'euro', 'duizend', 'mln' of 'mld'";

/**
 * The number format of the Totaalbeeld's amounts, kept in the workbook's unit and shown in the
 * display unit: `#,##0` with the decimals, and a trailing comma per thousand (workbook mln in
 * mld with 2 decimals: `#,##0.00,`; euro in mld: `#,##0.00,,,`). Undefined for a display unit
 * smaller than the workbook's: a number format cannot multiply.
 */
export function weergaveNotatie(werkmap: Schaal, { eenheid, decimalen }: Weergave): string | undefined {
  const n = stappen(werkmap, eenheid);
  if (n < 0) return undefined;
  return `#,##0${decimalen > 0 ? '.' + '0'.repeat(decimalen) : ''}${','.repeat(n)}`;
}

const LANGSTE_REGEL = 200;
const REGEL = /^\s*Bedragen in (.+?)(?:, (\d+) decima(?:al|len))?\s*$/;

/**
 * What the unit line says after `Bedragen in `: the display unit, and `, 3 decimalen`
 * (`, 1 decimaal`) only when the decimals differ from that unit's default: `mld euro`.
 */
export function weergaveTekst(w: Weergave): string {
  const decimalen = w.decimalen === standaardDecimalen(w.eenheid) ? '' : `, ${w.decimalen} ${w.decimalen === 1 ? 'decimaal' : 'decimalen'}`;
  return `${EENHEDEN[w.eenheid].tekst}${decimalen}`;
}

/** The setting a unit line of an earlier Totaalbeeld names (`Bedragen in mld euro, 3 decimalen`); undefined for any other text. */
export function leesWeergaveTekst(tekst: string): Weergave | undefined {
  // The line the add-in writes is short; a long text (a hostile cell) is not read, so the pattern never runs long.
  const m = tekst.length <= LANGSTE_REGEL ? REGEL.exec(tekst) : null;
  const eenheid = m ? SCHALEN.find((s) => EENHEDEN[s].tekst === m[1].trim()) : undefined;
  if (!m || !eenheid) return undefined;
  const decimalen = m[2] === undefined ? standaardDecimalen(eenheid) : Number(m[2]);
  return geldigeDecimalen(decimalen) ? { eenheid, decimalen } : undefined;
}
