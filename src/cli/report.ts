import type { Melding } from '../engine';
import type { Io } from './io';
import { printLayout } from './printLayout';
import { type TotaalbeeldLayout, plaatsVan } from '../workbook';

/** One message as a line: `fout Opgave!E7: 'n.b.' is geen bedrag`. */
export function meldingLine(m: Melding): string {
  const plaats = plaatsVan(m);
  return `${m.ernst} ${plaats ? plaats + ': ' : ''}${m.bericht}`;
}

/** Errors go to stderr with a last line saying nothing was written. */
export function reportFouten(io: Io, meldingen: readonly Melding[], bestand: string): void {
  meldingen.forEach((m) => io.err(meldingLine(m)));
  const n = meldingen.length;
  io.err(`${n} ${n === 1 ? 'fout' : 'fouten'} in ${bestand} — niets geschreven.`);
}

/** The Totaalbeeld table; its last block lists the warnings and control messages. */
export function reportTotaalbeeld(io: Io, layout: TotaalbeeldLayout): void {
  io.out(printLayout(layout));
}
