import { FakeExcel } from '../../../src/dev/fakeExcel';

// Range.address as Excel writes it: the sheet's name bare when it is a plain name, else between
// apostrophes with an apostrophe doubled (support.microsoft.com, "Create or change a cell
// reference": names with spaces or nonalphabetical characters are quoted; a name that starts
// with a digit or looks like a cell is quoted as well).
describe('the in-memory Excel writes a range address with the sheet name as Excel does', () => {
  it.each([
    ['Opgave', 'B2:C3', 'Opgave!B2:C3'],
    ['NPLV Totaalbeeld', 'A1', "'NPLV Totaalbeeld'!A1"],
    ['2024', 'D3', "'2024'!D3"],
    ["Rijk's", 'A1:A2', "'Rijk''s'!A1:A2"],
    ['A1', 'C5', "'A1'!C5"],
  ])('%s → %s', async (sheet, range, expected) => {
    const fake = new FakeExcel({ [sheet]: { values: [[1]] } });
    const address = await fake.run(async (context) => {
      const r = context.workbook.worksheets.getItem(sheet).getRange(range).load('address');
      await context.sync();
      return r.address;
    });
    expect(address).toBe(expected);
  });
});
