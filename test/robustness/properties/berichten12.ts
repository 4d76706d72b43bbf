import type { Dec } from '../../../src/engine';

/**
 * The messages of issue 12's reading rules as the analyst reads them, written out here (not
 * taken from src/workbook/messages.ts), with the amount in Dutch notation by hand.
 */

/** `1234567.5` → `1.234.567,5`: thousands with dots, a decimal comma, at most six decimals, no trailing zeros. */
export function nederlands(d: Dec): string {
  const [heel, deel] = d.toDecimalPlaces(6).toFixed().split('.');
  const teken = heel.startsWith('-') ? '-' : '';
  const cijfers = heel.replace('-', '');
  let groepen = '';
  for (let i = cijfers.length; i > 0; i -= 3) groepen = cijfers.slice(Math.max(0, i - 3), i) + (groepen ? `.${groepen}` : '');
  const rest = (deel ?? '').replace(/0+$/, '');
  return teken + groepen + (rest ? `,${rest}` : '');
}

export const formuleUitgerekend = (formule: string, waarde: Dec) =>
  `formule =${formule} zonder berekende waarde; exact uitgerekend: ${nederlands(waarde)}`;

export const formuleZonderWaarde = (formule: string) =>
  `formule =${formule} zonder berekende waarde — open het bestand in Excel of LibreOffice en sla het op`;

export const datumInCel = (soort: 'datum' | 'tijd', getoond: string, sleutel: boolean) =>
  `de cel is een ${soort} (${getoond}), geen ${sleutel ? 'verdeelsleutel' : 'bedrag'}; geef de cel de getalnotatie Getal of Percentage`;

/** A header cell as messages name it: `E1 'Totale opgave'`. */
export interface Kop {
  cel: string;
  tekst: string;
}

const kop = (k: Kop) => `${k.cel} '${k.tekst}'`;
const opsomming = (delen: string[]) =>
  delen.length <= 1 ? delen.join('') : `${delen.slice(0, -1).join(', ')} en ${delen[delen.length - 1]}`;

export const kolomGekozen = (gekozen: Kop, genegeerd: Kop[], naam: string) =>
  `kolom ${kop(gekozen)} gelezen als ${naam}; ${opsomming(genegeerd.map(kop))} genegeerd`;

export const kolommenDubbel = (koppen: Kop[], namen: readonly string[]) =>
  `kolommen ${opsomming(koppen.map(kop))} zijn ${koppen.length === 2 ? 'allebei' : 'alle'} de kolom ${namen[0]}; ` +
  `laat er één over (namen voor ${namen[0]}: ${namen.join(', ')})`;
