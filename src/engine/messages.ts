import { formatBedrag } from './format';
import type { Dec } from './decimal';
import type { Ernst, Herkomst, Melding } from './types';

/** A message placed at the cell of `field` in the row it came from (or nowhere, for typed rows). */
export function melding(ernst: Ernst, herkomst: Herkomst | undefined, field: string, bericht: string): Melding {
  if (!herkomst) return { ernst, blad: '', cel: '', bericht };
  const cel = herkomst.cellen[field] ?? Object.values(herkomst.cellen)[0] ?? `A${herkomst.rij}`;
  return { ernst, blad: herkomst.blad, cel, bericht };
}

/** How messages and explanations name the fields and figures (of a row, an onderdeel, a pijler, a control row). */
export const VELDNAAM: Record<string, string> = {
  opgave: 'opgave',
  verdeelsleutel: 'verdeelsleutel',
  rijksdeel: 'Rijksdeel',
  dekking: 'dekking',
  rijksdekking: 'Rijksdekking',
  restopgave: 'restopgave',
  restRijksopgave: 'rest-Rijksopgave',
  overschot: 'overschot',
  rijksoverschot: 'Rijksoverschot',
  jaarlijkseRestopgave: 'jaarlijkse restopgave',
  jaarlijkseRestRijksopgave: 'jaarlijkse rest-Rijksopgave',
  restopgavePerOnderdeel: 'restopgave per onderdeel',
  restRijksopgavePerOnderdeel: 'rest-Rijksopgave per onderdeel',
  pijlerDekking: 'dekking op pijlerniveau',
  pijlerRijksdekking: 'Rijksdekking op pijlerniveau',
  cofinanciering: 'cofinanciering',
  rijksfinanciering: 'Rijksfinanciering',
  totaleDekking: 'totale dekking',
};

/** Every text the engine shows the analyst, in one place. */
export const tekst = {
  periodeOnbekend: (naam: string, bekend: string[]) =>
    `periode '${naam}' is onbekend (bekend: ${bekend.join(', ')})`,
  periodeJaren: (naam: string) =>
    `periode '${naam}': eerste en laatste jaar moeten hele jaren zijn, het eerste niet na het laatste`,
  periodeDubbel: (naam: string) => `periode '${naam}' staat er twee keer in, met andere jaren`,
  leeg: (veld: string) => `${veld} is leeg`,
  pijlerOnbekend: (naam: string) =>
    `pijler '${naam}' is onbekend (bekend: Fysiek, Sociaal-maatschappelijk)`,
  negatief: (veld: string, waarde: Dec) => `${veld} ${formatBedrag(waarde)} is negatief`,
  sleutelBuitenBereik: (waarde: Dec) =>
    `verdeelsleutel ${formatBedrag(waarde)} ligt niet tussen 0 en 1 (0% en 100%)`,
  geenSleutel: (onderdeel: string, pijler: string) =>
    `onderdeel '${onderdeel}' van pijler ${pijler} heeft geen verdeelsleutel; ` +
    `geef hem op in een blad Verdeelsleutels of een kolom Verdeelsleutel`,
  dekkingZonderOpgave: (onderdeel: string, periode: string, pijler: string) =>
    `onderdeel '${onderdeel}' heeft geen opgaveregel in ${periode} / ${pijler}; ` +
    `deze dekking telt mee op pijlerniveau`,
  overschot: (onderdeel: string, periode: string, dekking: Dec, opgave: Dec, over: Dec) =>
    `dekking van ${onderdeel} (${periode}) is ${formatBedrag(dekking)}, ${formatBedrag(over)} meer ` +
    `dan de opgave van ${formatBedrag(opgave)}; bij saldering telt het overschot mee voor de pijler, ` +
    `per onderdeel niet`,
  afgekapt: (pijler: string, periode: string) =>
    `de dekking van ${pijler} (${periode}) is groter dan de opgave; de restopgave is 0 en het ` +
    `verschil tussen saldering en per onderdeel is niet meer alleen het overschot`,
  scenarioOnbekend: (naam: string, bekend: string[]) =>
    `scenario '${naam}' komt in geen regel voor (` +
    (bekend.length ? `bekend: ${bekend.join(', ')})` : `de werkmap heeft geen kolom Scenario of geen regel met een scenario)`),
  pm: (veld: string) => `${VELDNAAM[veld] ?? veld} is PM (pro memorie) en telt als 0`,
  controle: (label: string, veld: string, getypt: Dec, berekend: Dec) =>
    `controlerij '${label}': ${veld} is ${formatBedrag(getypt)}, de regels erboven geven ` +
    `${formatBedrag(berekend)} (verschil ${formatBedrag(getypt.minus(berekend).abs())})`,
};
