import { a1, parseA1, verwijzingTekst } from '../../sheet';
import type { Dec } from '../decimal';
import { formatBedrag, formatPercentage } from '../format';
import { canonicalPijler } from '../names';
import type { DekkingInvoer, Herkomst, OpgaveInvoer, SleutelInGebruik } from '../types';
import type { Waarde, Wijziging } from './types';

/** The cell of a field of a row read from a sheet (`Opgave!E7`); '' for a row built by hand or a field without a cell. */
export function plaats(h: Herkomst | undefined, veld: string): string {
  const cel = h?.cellen[veld];
  return h && cel ? verwijzingTekst({ blad: h.blad, cel }) : '';
}

/** A whole row: from its first to its last cell (`Dekking!A12:F12`); '' for a row built by hand. */
export function rijPlaats(h: Herkomst | undefined): string {
  const kolommen = Object.values(h?.cellen ?? {})
    .map((c) => parseA1(c.replace(/\$/g, ''))?.column)
    .filter((c): c is number => c !== undefined);
  if (!h || kolommen.length === 0) return '';
  const [van, tot] = [Math.min(...kolommen), Math.max(...kolommen)];
  return verwijzingTekst({ blad: h.blad, cel: van === tot ? a1(h.rij, van) : `${a1(h.rij, van)}:${a1(h.rij, tot)}` });
}

/** An amount as the Uitleg shows it: `1.735`, or `PM` when the sheet gives it as PM. */
export const bedragTekst = (bedrag: Dec, pm: readonly string[] | undefined, veld: string): string =>
  pm?.includes(veld) ? 'PM' : formatBedrag(bedrag);

/**
 * A key as the Uitleg shows it: `50%`; for a row without a key of its own `leeg`, with the key
 * that then counts when there is one (`leeg, dus 50% (standaard)`).
 */
export const sleutelTekst = (sleutel: Dec | undefined, geldend?: SleutelInGebruik): string =>
  sleutel
    ? formatPercentage(sleutel)
    : geldend
      ? `leeg, dus ${formatPercentage(geldend.rijksaandeel)} (${geldend.bron === 'standaard' ? 'standaard' : 'Verdeelsleutels'})`
      : 'leeg';

/** A field of a row: its cell and its value. */
export function veldWaarde(r: OpgaveInvoer | DekkingInvoer, veld: 'opgave' | 'cofinanciering' | 'rijksfinanciering'): Waarde {
  const bedrag = (r as unknown as Record<string, Dec>)[veld];
  return { plaats: plaats(r.herkomst, veld), tekst: bedragTekst(bedrag, r.pm, veld) };
}

/** A whole row: its cells and its amounts. */
export function rijWaarde(r: OpgaveInvoer | DekkingInvoer): Waarde {
  const tekst =
    'opgave' in r
      ? bedragTekst(r.opgave, r.pm, 'opgave')
      : `cofinanciering ${bedragTekst(r.cofinanciering, r.pm, 'cofinanciering')}, Rijksfinanciering ${bedragTekst(r.rijksfinanciering, r.pm, 'rijksfinanciering')}`;
  return { plaats: rijPlaats(r.herkomst), tekst };
}

/** Where a row lies, as a change names it: the pijler as the engine names it. */
export function ligging(r: OpgaveInvoer | DekkingInvoer): Pick<Wijziging, 'periode' | 'pijler' | 'onderdeel' | 'gebied'> {
  return {
    periode: r.periode.trim(),
    pijler: canonicalPijler(r.pijler) ?? r.pijler.trim(),
    onderdeel: r.onderdeel.trim(),
    gebied: (r.gebied ?? '').trim(),
  };
}
