import type { GevoeligheidVeld } from './types';

/** How the gevoeligheid names its figures (sheet, pane, command line). */
export const VELD_NAAM: Record<GevoeligheidVeld, string> = {
  sleutel: 'verdeelsleutel',
  rijksdeel: 'Rijksdeel',
  restOnderdeel: 'rest-Rijksopgave van het onderdeel',
  pijlerSaldering: 'rest-Rijksopgave pijler (saldering)',
  pijlerPerOnderdeel: 'rest-Rijksopgave pijler (per onderdeel)',
  totaalSaldering: 'rest-Rijksopgave totaal (saldering)',
  totaalPerOnderdeel: 'rest-Rijksopgave totaal (per onderdeel)',
};

/** `+10 pp`, `−5 pp`, `0 pp`. */
export const stapTekst = (stap: number) => `${stap > 0 ? '+' : stap < 0 ? '−' : ''}${String(Math.abs(stap)).replace('.', ',')} pp`;

export const gevoeligheidTekst = {
  pijlerSleutel: (pijler: string) => `${pijler} (sleutel van de pijler)`,
  kop: (naam: string, doel: { stap: number; veld: GevoeligheidVeld }, periode: string) =>
    `Δ ${VELD_NAAM[doel.veld]}, ${periode}, bij ${naam} ${stapTekst(doel.stap)}`,
  sleutel: (naam: string, voor: string, na: string, stap: number, standaard: boolean) =>
    `Verdeelsleutel ${naam}: ${voor || 'per regel'} → ${na || `elke regel ${stapTekst(stap)}`}${standaard ? ' (standaard, MODEL.md)' : ''}`,
  rijksdeel: (naam: string) => `Rijksdeel ${naam} (opgave × verdeelsleutel)`,
  restVan: (label: string) => `Rest-Rijksopgave ${label}`,
  saldering: (label: string) => `Rest-Rijksopgave ${label} (saldering)`,
  perOnderdeel: (label: string) => `Rest-Rijksopgave ${label} (per onderdeel)`,
  totaal: (periode: string) => `totaal ${periode}`,
  geklemd: (wanneer: 'voor' | 'na' | 'beide') =>
    `(${{ voor: 'ervoor', na: 'erna', beide: 'ervoor en erna' }[wanneer]} houdt de max(0; …) de rest op 0)`,
};
