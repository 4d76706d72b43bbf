import type { Melding } from '../../engine';
import type { LayoutRij } from './types';

/** A sheet name as Excel writes it in a reference: `Opgave`, `'Opgave 2026'`, `'Rijk''s'`. */
export function bladInVerwijzing(blad: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(blad) ? blad : `'${blad.replace(/'/g, "''")}'`;
}

/** `Opgave!E7`, `' opgaven '!E8`, `Opgave` or empty. */
export function plaatsVan(m: Melding): string {
  return m.blad && m.cel ? `${bladInVerwijzing(m.blad)}!${m.cel}` : m.blad;
}

/** The messages: ernst, plaats, bericht; one line saying there are none otherwise. */
export function meldingRows(meldingen: readonly Melding[]): LayoutRij[] {
  if (meldingen.length === 0) return [{ cells: ['Meldingen'], bold: true }, { cells: ['Geen meldingen'] }];
  return [
    { cells: ['Meldingen'], bold: true },
    { cells: ['Ernst', 'Plaats', 'Bericht'], bold: true },
    ...meldingen.map((m) => ({ cells: [m.ernst, plaatsVan(m), m.bericht] })),
  ];
}
