import { engineTekst } from '../engine';

const lijst = (namen: readonly string[]) => namen.map((n) => `'${n}'`).join(', ');

/** Every text the workbook layer shows the analyst, in one place. */
export const tekst = {
  geenBedrag: (v: string) => `'${v}' is geen bedrag`,
  onduidelijkBedrag: (v: string) =>
    `'${v}' is geen eenduidig bedrag (duizendtal of decimalen?); typ het als getal`,
  geenVerdeelsleutel: (v: string) => `'${v}' is geen verdeelsleutel (verwacht: 0,3 of 30%)`,
  geenJaar: (v: string) => `'${v}' is geen jaartal`,
  foutwaarde: (fout: string) => `de cel bevat de foutwaarde ${fout}`,
  // The same wording as the engine's, from the one place it is written.
  negatief: engineTekst.negatief,
  leeg: engineTekst.leeg,
  bladOntbreekt: (namen: readonly string[]) =>
    `blad '${namen[0]}' ontbreekt` + (namen.length > 1 ? ` (ook goed: ${namen.slice(1).join(', ')})` : ''),
  kolommenOntbreken: (namen: readonly string[], rij: number) =>
    namen.length === 1
      ? `kolom ${lijst(namen)} ontbreekt in de kopregel (rij ${rij})`
      : `kolommen ${lijst(namen)} ontbreken in de kopregel (rij ${rij})`,
  geenKopregel: (diepte: number, nodig: readonly string[]) =>
    `geen kopregel gevonden in de eerste ${diepte} rijen (nodig: ${nodig.join(', ')})`,
};

/** Labels of fields in messages. */
export const VELDLABEL: Readonly<Record<string, string>> = {
  opgave: 'opgave',
  cofinanciering: 'cofinanciering',
  rijksfinanciering: 'Rijksfinanciering',
  rijksaandeel: 'rijksaandeel',
  verdeelsleutel: 'verdeelsleutel',
  eersteJaar: 'eerste jaar',
  laatsteJaar: 'laatste jaar',
};
