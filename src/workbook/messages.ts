import { engineTekst, formatBedrag, type Dec } from '../engine';
import { DEKKING_UITVOER, OPGAVE_UITVOER } from './outputColumns';
import { TOTAALBEELD } from './sheetDefs';
import { foutwaardeNl } from '../sheet';

const lijst = (namen: readonly string[]) => namen.map((n) => `'${n}'`).join(', ');

const MAX_QUOTE = 60;

/** A formula as a message shows it: `=400+45`, up to 60 characters (then its start, `…`). */
export function formuleCitaat(formula: string): string {
  return kort(`=${formula}`);
}

// Text up to 60 characters; longer, its start and `…`.
const kort = (v: string) => (v.length <= MAX_QUOTE ? v : `${v.slice(0, MAX_QUOTE - 1)}…`);

/** `a`, `a en b`, `a, b en c` */
const opsomming = (delen: readonly string[]) =>
  delen.length <= 1 ? delen.join('') : `${delen.slice(0, -1).join(', ')} en ${delen[delen.length - 1]}`;

/** A header cell as a message names it: `E1 'Totale opgave'`. */
export interface KopCel {
  cel: string;
  tekst: string;
}
const kopCel = (k: KopCel) => `${k.cel} ${citaat(k.tekst)}`;

/** A cell's text as quoted in a message: whole up to 60 characters, else its start and its length. */
export function citaat(v: string): string {
  return v.length <= MAX_QUOTE ? `'${v}'` : `'${kort(v)}' (${v.length} tekens)`;
}

/** Every text the workbook layer shows the analyst, in one place. */
/** The cells the Uitleg explains (the command line's message and the pane's hint name them alike). */
export const UITLEG_CELLEN =
  `de kolommen ${OPGAVE_UITVOER[0].kop} t/m ${OPGAVE_UITVOER[OPGAVE_UITVOER.length - 1].kop} van Opgave (gegevens- en controlerijen), ` +
  `${DEKKING_UITVOER[0].kop} in Dekking en de bedragen op het blad ${TOTAALBEELD}`;

export const workbookTekst = {
  geenBedrag: (v: string) => `${citaat(v)} is geen bedrag`,
  getalAlsTekst: (v: string) =>
    `${citaat(v)} is tekst, geen getal; maak er een getal van (Excel: Converteren naar getal), dan telt het mee`,
  geenVerdeelsleutel: (v: string) => `${citaat(v)} is geen verdeelsleutel (verwacht: een getal als 0,3 of een percentage als 30%)`,
  geenJaar: (v: string) => `${citaat(v)} is geen jaartal`,
  teGrootVoorExcel: () => 'de uitkomst is groter dan Excel kan bevatten (9,99999999999999E+307); controleer de bedragen',
  tekstTeLang: (lengte: number) =>
    `de tekst voor deze cel wordt ${lengte.toLocaleString('nl-NL')} tekens lang, langer dan een cel van Excel bevat (32.767); maak de tekst waaruit hij komt korter`,
  weergaveKleiner: (gevraagd: string, werkmap: string) =>
    `het Totaalbeeld kan niet in ${gevraagd}: de werkmap rekent in ${werkmap}, en een getalnotatie toont een bedrag niet in een kleinere eenheid; het Totaalbeeld blijft in ${werkmap}`,
  voorbijLaatsteKolom: (teVeel: number) =>
    `de berekende kolommen komen ${teVeel === 1 ? '1 kolom' : `${teVeel.toLocaleString('nl-NL')} kolommen`} voorbij XFD, de laatste kolom van Excel; maak de kolommen rechts van de tabel leeg`,
  voorbijLaatsteRij: (teVeel: number) =>
    `de uitvoer komt ${teVeel.toLocaleString('nl-NL')} rijen voorbij rij 1.048.576, de laatste van Excel`,
  /** An error value as Dutch Excel shows it (`#N/A` → `#N/B`). */
  foutwaarde: (fout: string) => `de cel bevat de foutwaarde ${foutwaardeNl(fout)}`,
  formuleZonderWaarde: (formule: string) =>
    `formule ${formule} zonder berekende waarde — open het bestand in Excel of LibreOffice en sla het op`,
  formuleUitgerekend: (formule: string, waarde: Dec) =>
    `formule ${formule} zonder berekende waarde; exact uitgerekend: ${formatBedrag(waarde)}`,
  datum: (soort: 'datum' | 'tijd', getoond: string, veld: 'tekst' | 'bedrag' | 'fractie' | 'jaar') =>
    `de cel is een ${soort} (${getoond}), geen ${veld === 'fractie' ? 'verdeelsleutel' : 'bedrag'}; ` +
    `geef de cel de getalnotatie Getal of Percentage`,
  // The same wording as the engine's, from the one place it is written.
  negatief: engineTekst.negatief,
  leeg: engineTekst.leeg,
  bladOntbreekt: (namen: readonly string[]) =>
    `blad '${namen[0]}' ontbreekt` + (namen.length > 1 ? ` (ook goed: ${namen.slice(1).join(', ')})` : ''),
  kolommenOntbreken: (namen: readonly string[], rij: number) =>
    namen.length === 1
      ? `kolom ${lijst(namen)} ontbreekt in de kopregel (rij ${rij})`
      : `kolommen ${lijst(namen)} ontbreken in de kopregel (rij ${rij})`,
  kolommenDubbel: (koppen: readonly KopCel[], namen: readonly string[]) =>
    `kolommen ${opsomming(koppen.map(kopCel))} zijn ${koppen.length === 2 ? 'allebei' : 'alle'} de kolom ${namen[0]}; ` +
    `laat er één over (namen voor ${namen[0]}: ${namen.join(', ')})`,
  kolomGekozen: (gekozen: KopCel, genegeerd: readonly KopCel[], naam: string) =>
    `kolom ${kopCel(gekozen)} gelezen als ${naam}; ${opsomming(genegeerd.map(kopCel))} genegeerd`,
  /** The headers that nearly name a missing column, as the end of its message: `; bedoelt u D3 'Opgav'?` */
  bedoeltU: (bijna: readonly (KopCel & { naam: string })[], welke: boolean) =>
    bijna.length === 0 ? '' : `; bedoelt u ${opsomming(bijna.map((b) => kopCel(b) + (welke ? ` (${b.naam})` : '')))}?`,
  geenKopregel: (diepte: number, nodig: readonly string[]) =>
    `geen kopregel gevonden in de eerste ${diepte} rijen (nodig: ${nodig.join(', ')})`,
  geenCelVerwijzing: (v: string) => `${citaat(v)} is geen cel; schrijf blad en cel als Opgave!K3 of 'NPLV Totaalbeeld'!B6`,
  geenUitleg: (v: string) => `${v} toont geen berekend cijfer. Uitleg is er voor ${UITLEG_CELLEN}`,
  doorUGevuld: (inhoud: string) =>
    `de cel is door u gevuld (${citaat(inhoud)}) en ligt in het nieuwe Totaalbeeld; verplaats de inhoud en herbereken`,
  doorUGevuldVergelijking: (inhoud: string) =>
    `de cel is door u gevuld (${citaat(inhoud)}) en ligt in de nieuwe Vergelijking; verplaats de inhoud en vergelijk opnieuw`,
  doorUGevuldGevoeligheid: (inhoud: string) =>
    `de cel is door u gevuld (${citaat(inhoud)}) en ligt in de nieuwe Gevoeligheid; verplaats de inhoud en maak de Gevoeligheid opnieuw`,
  andereEenheid: (oud: string, nieuw: string) =>
    `de oude versie geeft bedragen in ${oud}, deze werkmap in ${nieuw}: zo zijn ze niet te vergelijken; zet beide in dezelfde eenheid`,
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
