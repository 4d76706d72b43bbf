import { meetsSyncGoal } from '../support/officeSyncs';

/**
 * The Office adapter's syncs per recalculation on the bench workbook of 100,000 opgave rows,
 * more than one block each way; 10 and 10,000 rows are in
 * test/unit/workbook/officeWorkbook.test.ts. Here, so `npm run test:unit` stays fast;
 * `npm test` runs it.
 */
describe('syncs per recalculation of the Office.js workbook at 100,000 opgave rows', () => {
  it('meets the goal exactly, first and second run, with no request refused', async () => {
    await meetsSyncGoal(100_000);
  }, 300_000);
});
