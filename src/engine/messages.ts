import type { Dec } from './decimal';
import { toon, toonVerschil, type Getoond } from './getoond';
import type { Ernst, Herkomst, Melding } from './types';

/** A message placed at the cell of `field` in the row it came from (or nowhere, for typed rows). */
export function melding(ernst: Ernst, herkomst: Herkomst | undefined, field: string, bericht: string): Melding {
  if (!herkomst) return { ernst, blad: '', cel: '', bericht };
  const cel = herkomst.cellen[field] ?? Object.values(herkomst.cellen)[0] ?? `A${herkomst.rij}`;
  return { ernst, blad: herkomst.blad, cel, bericht };
}

/** A typed figure as its cell shows it (the decimals of its number format, `Herkomst.decimalen`). */
export const inCel = (waarde: Dec, herkomst: Herkomst | undefined, field: string): Getoond => ({
  waarde,
  decimalen: herkomst?.decimalen?.[field],
});

/** A key outside 0..1: an error at its cell, the key shown as its cell shows it. */
export const sleutelFout = (waarde: Dec, herkomst: Herkomst | undefined, field: string): Melding =>
  melding(
    'fout',
    herkomst,
    field,
    engineTekst.sleutelBuitenBereik(waarde, herkomst?.decimalen?.[field], herkomst?.procent?.includes(field)),
  );

/** A key typed as a percentage without its `%`: 50 for 50% (above 1, at most 100). */
const alsProcent = (waarde: Dec) => waarde.gt(1) && waarde.lte(100);

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
export const engineTekst = {
  periodeOnbekend: (naam: string, bekend: string[]) => `periode '${naam}' is onbekend (bekend: ${bekend.join(', ')})`,
  periodeJaren: (naam: string) => `periode '${naam}': eerste en laatste jaar moeten hele jaren zijn, het eerste niet na het laatste`,
  periodeDubbel: (naam: string) => `periode '${naam}' staat er twee keer in, met andere jaren`,
  leeg: (veld: string) => `${veld} is leeg`,
  pijlerOnbekend: (naam: string) => `pijler '${naam}' is onbekend (bekend: Fysiek, Sociaal-maatschappelijk)`,
  negatief: (veld: string, waarde: Dec, decimalen?: number) => `${veld} ${toon({ waarde, decimalen })} is negatief`,
  /** A key in a cell that shows a percentage is shown as one; a key of 50 is asked whether it means 50%. */
  sleutelBuitenBereik: (waarde: Dec, decimalen?: number, procent = false) =>
    procent
      ? `verdeelsleutel ${toon({ waarde: waarde.times(100), decimalen: decimalen && decimalen - 2 })}% ligt niet tussen 0% en 100%`
      : `verdeelsleutel ${toon({ waarde, decimalen })} ligt niet tussen 0 en 1 (0% en 100%)` +
        (alsProcent(waarde) ? `; bedoelt u ${toon({ waarde, decimalen })}%?` : ''),
  geenSleutel: (onderdeel: string, pijler: string) =>
    `onderdeel '${onderdeel}' van pijler ${pijler} heeft geen verdeelsleutel; ` +
    `geef hem op in een blad Verdeelsleutels of een kolom Verdeelsleutel`,
  dekkingZonderOpgave: (onderdeel: string, periode: string, pijler: string) =>
    `onderdeel '${onderdeel}' heeft geen opgaveregel in ${periode} / ${pijler}; ` + `deze dekking telt mee op pijlerniveau`,
  overschot: (onderdeel: string, periode: string, dekking: Getoond, opgave: Getoond) => {
    const t = toonVerschil(dekking, opgave);
    return (
      `dekking van ${onderdeel} (${periode}) is ${t.a}, ${t.verschil} meer dan de opgave van ${t.b}; ` +
      `bij saldering telt het overschot mee voor de pijler, per onderdeel niet`
    );
  },
  afgekapt: (pijler: string, periode: string) =>
    `de dekking van ${pijler} (${periode}) is groter dan de opgave; de restopgave is 0 en het ` +
    `verschil tussen saldering en per onderdeel is niet meer alleen het overschot`,
  scenarioOnbekend: (naam: string, bekend: string[]) =>
    `scenario '${naam}' komt in geen regel voor (` +
    (bekend.length ? `bekend: ${bekend.join(', ')})` : `de werkmap heeft geen kolom Scenario of geen regel met een scenario)`),
  variantZonderPeriode: (periode: string) => `interne fout: de gevoeligheid vond de periode ${periode} niet terug; er is niets berekend`,
  stapOngeldig: (stap: number) =>
    Number.isNaN(stap)
      ? 'geef ten minste één stap in procentpunten (0 tot en met 100)'
      : `stap ${stap} procentpunt is ongeldig: geef 0 tot en met 100`,
  pm: (veld: string) => `${VELDNAAM[veld] ?? veld} is PM (pro memorie) en telt als 0`,
  /** `saldering`: the other method's figure for the same rows, when it differs (a restopgave). */
  controle: (label: string, veld: string, getypt: Getoond, berekend: Getoond, saldering?: Getoond) => {
    const t = toonVerschil(getypt, berekend);
    const methode = saldering ? `per onderdeel; saldering: ${toon(saldering)}; ` : '';
    return `controlerij '${label}': ${veld} is ${t.a}, de regels erboven geven ${t.b} (${methode}verschil ${t.verschil})`;
  },
};
