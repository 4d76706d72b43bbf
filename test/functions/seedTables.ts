import { voorbeeldTabellen } from '../../src/voorbeeld/werkmap';

/** The seed's inputs as the two tables with header rows an analyst selects for TOTAALBEELD. */
export const { opgave: OPGAVE_TABEL, dekking: DEKKING_TABEL } = voorbeeldTabellen();
