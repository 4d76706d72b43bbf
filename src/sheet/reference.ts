import { parseA1 } from './address';
import { bladInVerwijzing, bladUitVerwijzing } from './sheetName';

/**
 * A cell as the analyst may write it: `K3`, `$K$3`, `k3`, or a range whose top-left cell is
 * meant (`K3:M5`). Undefined for anything else.
 */
export function leesCel(cel: string): { row: number; column: number } | undefined {
  const [eerste] = cel.trim().toUpperCase().replace(/\$/g, '').split(':');
  return parseA1(eerste);
}

/**
 * A reference as Excel writes it (`Range.address` too): `Opgave!K3`, `'NPLV Totaalbeeld'!B6:C7`
 * (`''` for a quote in the name), split into its sheet and its cell, range or rows, unchecked.
 * Undefined without a `!`. The inverse of `verwijzingTekst`.
 */
export function splitsVerwijzing(verwijzing: string): { blad: string; cel: string } | undefined {
  const at = verwijzing.lastIndexOf('!');
  if (at < 0) return undefined;
  return { blad: bladUitVerwijzing(verwijzing.slice(0, at).trim()), cel: verwijzing.slice(at + 1).trim() };
}

/**
 * A reference as the analyst may write it: as `splitsVerwijzing` reads it, or unquoted with
 * spaces as a command line passes it. Undefined without a sheet or with a cell `leesCel` does
 * not read.
 */
export function leesVerwijzing(verwijzing: string): { blad: string; cel: string } | undefined {
  const gesplitst = splitsVerwijzing(verwijzing);
  return gesplitst?.blad && leesCel(gesplitst.cel) ? gesplitst : undefined;
}

/** A place as Excel writes it: `Opgave!E7`, `'NPLV Totaalbeeld'!B3`, `'2024'!A1:B2`, `Opgave!5:5`. */
export function verwijzingTekst(plek: { blad: string; cel: string }): string {
  return `${bladInVerwijzing(plek.blad)}!${plek.cel}`;
}
