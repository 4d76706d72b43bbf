/**
 * The sheets the add-in reads and their columns (WORKBOOK.md "Sheets it reads"): the first
 * name is the canonical one, the others are also accepted. `veld` is the field name of the
 * engine's input types, also the key in `herkomst.cellen`.
 */

export type Soort = 'tekst' | 'bedrag' | 'fractie' | 'jaar';

export interface ColumnDef {
  veld: string;
  namen: readonly string[];
  verplicht: boolean;
  soort: Soort;
}

export type SheetKey = 'opgave' | 'dekking' | 'verdeelsleutels' | 'perioden';

export interface SheetDef {
  sleutel: SheetKey;
  namen: readonly string[];
  verplicht: boolean;
  /** Whether rows starting with Totaal/Totale/Subtotaal/Waarvan are control rows. */
  controlerijen: boolean;
  /** The columns whose text names a control row, before the row's first text cell. */
  labelvelden: readonly string[];
  /** Whether an amount or key cell may say PM (pro memorie: 0, with a warning; issue 7). Elsewhere PM is text, an error. */
  pm: boolean;
  kolommen: readonly ColumnDef[];
}

const kolom = (veld: string, soort: Soort, verplicht: boolean, ...namen: string[]): ColumnDef => ({
  veld,
  namen,
  verplicht,
  soort,
});

export const OPGAVE: SheetDef = {
  sleutel: 'opgave',
  namen: ['Opgave', 'Opgaven'],
  verplicht: true,
  controlerijen: true,
  labelvelden: ['onderdeel'],
  pm: true,
  kolommen: [
    kolom('periode', 'tekst', true, 'Periode'),
    kolom('pijler', 'tekst', true, 'Pijler'),
    kolom('onderdeel', 'tekst', true, 'Onderdeel', 'Thema', 'Component'),
    kolom('gebied', 'tekst', false, 'Gebied', 'Focusgebied'),
    kolom('opgave', 'bedrag', true, 'Opgave', 'Totale opgave', 'Bedrag'),
    kolom('verdeelsleutel', 'fractie', false, 'Verdeelsleutel', 'Rijksaandeel', 'Sleutel'),
    kolom('scenario', 'tekst', false, 'Scenario'),
    kolom('bronRaming', 'tekst', false, 'Bron raming', 'Bron', 'Raming', 'Herkomst raming'),
  ],
};

export const DEKKING: SheetDef = {
  sleutel: 'dekking',
  namen: ['Dekking', 'Dekkingen'],
  verplicht: true,
  controlerijen: true,
  labelvelden: ['onderdeel', 'bron'],
  pm: true,
  kolommen: [
    kolom('periode', 'tekst', true, 'Periode'),
    kolom('pijler', 'tekst', true, 'Pijler'),
    kolom('bron', 'tekst', true, 'Bron', 'Regeling', 'Dekkingsbron'),
    kolom('onderdeel', 'tekst', false, 'Onderdeel', 'Thema', 'Toegerekend aan'),
    kolom('gebied', 'tekst', false, 'Gebied'),
    kolom('cofinanciering', 'bedrag', true, 'Cofinanciering', 'Cofin.', 'Cofin'),
    kolom('rijksfinanciering', 'bedrag', true, 'Rijksfinanciering', 'Rijksfin.', 'Rijksfin'),
    kolom('scenario', 'tekst', false, 'Scenario'),
  ],
};

export const VERDEELSLEUTELS: SheetDef = {
  sleutel: 'verdeelsleutels',
  namen: ['Verdeelsleutels', 'Verdeelsleutel'],
  verplicht: false,
  controlerijen: false,
  labelvelden: [],
  pm: false,
  kolommen: [
    kolom('pijler', 'tekst', true, 'Pijler'),
    kolom('onderdeel', 'tekst', true, 'Onderdeel'),
    kolom('rijksaandeel', 'fractie', true, 'Rijksaandeel', 'Verdeelsleutel'),
  ],
};

export const PERIODEN: SheetDef = {
  sleutel: 'perioden',
  namen: ['Perioden', 'Periode'],
  verplicht: false,
  controlerijen: false,
  labelvelden: [],
  pm: false,
  kolommen: [
    kolom('periode', 'tekst', true, 'Periode'),
    kolom('eersteJaar', 'jaar', true, 'Eerste jaar', 'Van'),
    kolom('laatsteJaar', 'jaar', true, 'Laatste jaar', 'Tot en met'),
  ],
};

export const INPUT_SHEETS: readonly SheetDef[] = [OPGAVE, DEKKING, VERDEELSLEUTELS, PERIODEN];

/** The sheet the add-in owns and rebuilds each time. */
export const TOTAALBEELD = 'NPLV Totaalbeeld';

/** The sheet a comparison of two versions writes (issue 17): written as the Totaalbeeld is, never read as input. */
export const VERGELIJKING = 'NPLV Vergelijking';

/** The sheet of the gevoeligheid of the verdeelsleutels (issue 19): written as the Totaalbeeld is, never read as input. */
export const GEVOELIGHEID = 'NPLV Gevoeligheid';

/** The hidden sheet of recorded versions (issue 17): never read as an input sheet. */
export const VERSIES = 'NPLV Versies';

/** How many rows from the top of a sheet may hold its header row. */
export const KOPREGEL_ZOEKDIEPTE = 10;
