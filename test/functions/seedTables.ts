import voorbeeld from '../../src/voorbeeld/voorbeeld.json';

/** The seed's inputs as the two tables with header rows an analyst selects for TOTAALBEELD. */
export const OPGAVE_TABEL = [
  ['Periode', 'Pijler', 'Onderdeel', 'Opgave'],
  ...voorbeeld.opgave.map((r) => [r.periode, r.pijler, r.onderdeel, r.opgave]),
];
export const DEKKING_TABEL = [
  ['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering', 'Rijksfinanciering'],
  ...voorbeeld.dekking.map((r) => [r.periode, r.pijler, r.bron, r.onderdeel, r.cofinanciering, r.rijksfinanciering]),
];
