import { FakeExcel } from '../../../src/dev/fakeExcel';

// A temporary sheet as a self-test uses it, through the API (learn.microsoft.com, Excel JavaScript
// API): WorksheetCollection.add(name) adds it last (ItemAlreadyExists for a name taken, case
// aside); Worksheet.visibility Hidden hides it (a workbook keeps one visible sheet: InvalidOperation
// otherwise); WorksheetCustomPropertyCollection (ExcelApi 1.12) keeps key → text, add replacing
// a key's text; Worksheet.delete() removes it with everything on it.

describe('a temporary sheet in the in-memory Excel', () => {
  it('is added, hidden, given custom properties, read back and deleted', async () => {
    const fake = new FakeExcel({ Opgave: { values: [[445]] } });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.add('NPLV Zelftest');
      sheet.visibility = 'Hidden';
      sheet.customProperties.add('nplv', 'een');
      sheet.customProperties.add('nplv', 'twee');
      sheet.getRange('A1').values = [[1]];
      const property = sheet.customProperties.getItemOrNullObject('nplv').load('key,value');
      const missing = sheet.customProperties.getItemOrNullObject('geen').load('value');
      const loaded = sheet.load('name,position,visibility');
      await context.sync();
      expect([loaded.name, loaded.position, loaded.visibility]).toEqual(['NPLV Zelftest', 1, 'Hidden']);
      expect([property.isNullObject, property.key, property.value, missing.isNullObject]).toEqual([false, 'nplv', 'twee', true]);
    });
    expect([fake.sheetNames(), fake.visibility('NPLV Zelftest')]).toEqual([['Opgave', 'NPLV Zelftest'], 'Hidden']);
    await expect(fake.run(async (context) => void context.workbook.worksheets.add('nplv zelftest'))).rejects.toMatchObject({
      code: 'ItemAlreadyExists',
    });
    await fake.run(async (context) => context.workbook.worksheets.getItem('NPLV Zelftest').delete());
    expect(fake.sheetNames()).toEqual(['Opgave']);
  });

  it('the last visible sheet cannot be hidden', async () => {
    const fake = new FakeExcel({ Opgave: { values: [[445]] } });
    const hide = fake.run(async (context) => void (context.workbook.worksheets.getItem('Opgave').visibility = 'Hidden'));
    await expect(hide).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(fake.visibility('Opgave')).toBe('Visible');
  });
});
