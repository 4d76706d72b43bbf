import type { Melding } from '../../engine';
import { verwijzingTekst } from '../../sheet';
import type { LayoutRij } from './types';

/** `Opgave!E7`, `' opgaven '!E8`, `'2024'!E7`, `Opgave` or empty. */
export function plaatsVan(m: Melding): string {
  return m.blad && m.cel ? verwijzingTekst({ blad: m.blad, cel: m.cel }) : m.blad;
}

/** The messages: ernst, plaats, bericht; one line saying there are none otherwise. */
export function meldingRows<D = never>(meldingen: readonly Melding[]): LayoutRij<D>[] {
  if (meldingen.length === 0) return [{ cells: ['Meldingen'], bold: true }, { cells: ['Geen meldingen'] }];
  return [
    { cells: ['Meldingen'], bold: true },
    { cells: ['Ernst', 'Plaats', 'Bericht'], bold: true },
    ...meldingen.map((m) => ({ cells: [m.ernst, plaatsVan(m), m.bericht] })),
  ];
}
