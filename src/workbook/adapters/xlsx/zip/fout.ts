import { GeenWerkmap } from '../bestandssoort';

/**
 * The Dutch messages of the zip reader: a damaged zip, a zip no workbook may be, a part too
 * large. Each names the part (or the zip's directory) and says what to do.
 */

const OPNIEUW = 'haal het opnieuw op, of open het in Excel en sla het opnieuw op';

/** Inflated bytes nplv reads of one part, and of all parts of one package together. */
export const ZIP_GRENS = { onderdeel: 256 * 2 ** 20, werkmap: 512 * 2 ** 20 } as const;

/** Bytes as whole MB (2²⁰ bytes), Dutch digits: `1.024 MB`. */
export const mb = (bytes: number): string => `${Math.ceil(bytes / 2 ** 20).toLocaleString('nl-NL')} MB`;

/** Bytes as a Dutch number: `1.073.741.824 bytes`. */
const bytes = (n: number): string => `${n.toLocaleString('nl-NL')} bytes`;

/** A zip whose bytes do not add up: `het bestand is beschadigd: <reden>; ...`. */
export const beschadigd = (reden: string) => new GeenWerkmap(`het bestand is beschadigd: ${reden}; ${OPNIEUW}`);

/** A zip whose bytes add up, but which no workbook may be (Excel refuses it too). */
export const ongeldig = (reden: string) =>
  new GeenWerkmap(`dit zip-bestand is geen geldige werkmap: ${reden}; open de werkmap in Excel en sla hem opnieuw op`);

export const ZIP_FOUT = {
  map: () => beschadigd('de inhoudsopgave (centrale map) van het zip-bestand ligt buiten het bestand of is afgebroken'),
  telling: (genoemd: number, gevonden: number) =>
    beschadigd(`de inhoudsopgave van het zip-bestand noemt ${genoemd} onderdelen, maar bevat er ${gevonden}`),
  zip64: () => beschadigd('het ZIP64-eindrecord ontbreekt of ligt buiten het bestand'),
  verdeeld: () =>
    new GeenWerkmap(
      `dit is één deel van een zip-bestand dat over meerdere bestanden is verdeeld; nplv leest alleen een zip-bestand uit één stuk: ${OPNIEUW}`,
    ),
  buiten: (naam: string) => beschadigd(`onderdeel ${naam} ligt (deels) buiten het bestand`),
  geenKop: (naam: string) => beschadigd(`onderdeel ${naam} begint niet waar de inhoudsopgave zegt`),
  alsMap: (naam: string) => beschadigd(`onderdeel ${naam} staat in de inhoudsopgave als map`),
  andereNaam: (naam: string) => beschadigd(`onderdeel ${naam} heeft in de inhoudsopgave een andere naam dan bij zijn gegevens`),
  overlap: (a: string, b: string) => beschadigd(`de onderdelen ${a} en ${b} overlappen elkaar in het bestand`),
  crc: (naam: string) => beschadigd(`onderdeel ${naam} klopt niet (CRC)`),
  grootte: (naam: string, genoemd: number, uitgepakt: number, gestopt?: 'gestopt') =>
    beschadigd(
      `onderdeel ${naam} klopt niet (grootte: volgens de inhoudsopgave ${bytes(genoemd)}, uitgepakt ${gestopt ? `minstens ${bytes(uitgepakt)}, daarna gestopt` : bytes(uitgepakt)})`,
    ),
  inflate: (naam: string) => beschadigd(`onderdeel ${naam} is niet uit te pakken (de gecomprimeerde gegevens kloppen niet)`),
  dubbel: (naam: string) => ongeldig(`onderdeel ${naam} staat er meer dan één keer in`),
  naam: (naam: string) => ongeldig(`onderdeel '${naam}' heeft een naam buiten de werkmap (een absoluut pad of '..')`),
  versleuteld: (naam: string) => ongeldig(`onderdeel ${naam} is versleuteld met een zip-wachtwoord`),
  methode: (naam: string, methode: number) =>
    new GeenWerkmap(
      `dit zip-bestand gebruikt voor ${naam} een compressiemethode (${methode}) die nplv niet leest; open het in Excel en sla het opnieuw op`,
    ),
  teGroot: (naam: string, genoemd: number) =>
    new GeenWerkmap(
      `onderdeel ${naam} is te groot: uitgepakt ${mb(genoemd)} volgens de inhoudsopgave, meer dan de grens van ${mb(ZIP_GRENS.onderdeel)} per onderdeel die nplv leest`,
    ),
  werkmapTeGroot: (genoemd: number) =>
    new GeenWerkmap(
      `de werkmap is te groot: de onderdelen samen zijn uitgepakt ${mb(genoemd)} volgens de inhoudsopgave, meer dan de grens van ${mb(ZIP_GRENS.werkmap)} per werkmap die nplv leest`,
    ),
} as const;
