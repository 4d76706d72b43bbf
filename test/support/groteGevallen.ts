/**
 * The large cases: zips of 65,535 entries, a signal in the middle of writing a large workbook.
 * `npm test` and CI run them; `npm run test:unit` (NPLV_GROTE_GEVALLEN=nee) leaves them out,
 * as it leaves out test/perf.
 */
export const groteGevallen = process.env.NPLV_GROTE_GEVALLEN !== 'nee' || process.env.CI === 'true';

/** `it` for a large case: skipped under `npm run test:unit`. */
export const itGroot: jest.It = groteGevallen ? it : it.skip;
