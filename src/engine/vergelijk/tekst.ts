import type { Oorzaak } from './types';

/** Every text of a comparison the analyst sees, in one place. */
export const vergelijkTekst = {
  versie: (welke: 'oud' | 'nieuw') => (welke === 'oud' ? 'oude versie' : 'nieuwe versie'),
  beide: 'beide versies',
  perioden: (welke: 'oud' | 'nieuw', namen: readonly string[]) =>
    `${namen.length === 1 ? 'periode' : 'perioden'} ${namen.map((p) => `'${p}'`).join(', ')} ${namen.length === 1 ? 'staat' : 'staan'} alleen in de ` +
    `${welke === 'oud' ? 'oude' : 'nieuwe'} versie en ${namen.length === 1 ? 'wordt' : 'worden'} niet vergeleken`,
  tussenstand: (oorzaak: Oorzaak | undefined, bron: string, bericht: string) =>
    `de vergelijking kan ${oorzaak ? `de tussenstand na '${oorzaakNaam(oorzaak, bron)}'` : 'de beginstand'} niet berekenen: ${bericht}`,
  nietVerdeeld: 'Alleen de verschillen van de restopgave en de rest-Rijksopgave worden in oorzaken verdeeld.',
  geenVerschil: 'Geen verschil.',
  geenDelen: 'Geen delen.',
  /** The fixed order of substitution, and why it matters. */
  volgorde:
    'De delen volgen uit een vaste volgorde: de nieuwe invoer wordt stap voor stap in de oude gezet — opgave, dekking (per bron), ' +
    "verdeelsleutels, rijen en perioden, scenario's — en elk deel is wat die stap aan het cijfer verandert. Omdat de restopgave " +
    'max(0; opgave − dekking) is, hangt de verdeling van die volgorde af; samen zijn de delen precies het verschil.',
};

const OORZAAK_NAAM: Record<Oorzaak, string> = {
  opgave: 'Opgave gewijzigd',
  dekking: 'Dekking bron',
  sleutels: 'Verdeelsleutels',
  structuur: 'Rijen toegevoegd of vervallen / perioden',
  scenarios: "Scenario's",
};

/** A cause in words: `Opgave gewijzigd`, `Dekking bron ORV-regeling`, … */
export function oorzaakNaam(oorzaak: Oorzaak, bron = ''): string {
  return oorzaak === 'dekking' ? `${OORZAAK_NAAM.dekking} ${bron}` : OORZAAK_NAAM[oorzaak];
}
