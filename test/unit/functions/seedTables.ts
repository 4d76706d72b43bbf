import { voorbeeldTabellen } from '../../../src/voorbeeld/werkmap';

/** The seed's inputs as the two tables with header rows an analyst selects for TOTAALBEELD. */
export const { opgave: OPGAVE_TABEL, dekking: DEKKING_TABEL } = voorbeeldTabellen();

/** The same with the Verdeelsleutel and Scenario columns and the example's scenario rows (issue 7). */
export const { opgave: OPGAVE_SCENARIOS, dekking: DEKKING_SCENARIOS } = voorbeeldTabellen({ scenarios: true });
