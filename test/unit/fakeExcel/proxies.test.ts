import { FakeExcel } from '../../../src/dev/fakeExcel';

const werkmap = () =>
  new FakeExcel({
    Opgave: {
      values: [
        ['Periode', 'Opgave'],
        ['tot 2030', 445],
      ],
      formulas: [[], [null, '400+45']],
      numberFormats: [[], [null, '#,##0.0']],
    },
    Notities: { values: [['x']] },
  });

const code = (e: unknown) => (e as { code?: string }).code;

describe('the in-memory Excel: proxy objects, load before read, values only after sync', () => {
  it('throws PropertyNotLoaded for a property that was not loaded, even after a sync', async () => {
    const fake = werkmap();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Opgave').getRange('A1:B2');
      range.load('values');
      await context.sync();
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded', name: 'RichApi.Error' }));
      expect(range.values).toEqual([
        ['Periode', 'Opgave'],
        ['tot 2030', 445],
      ]);
    });
  });

  it('gives a loaded property only after the sync that answers it', async () => {
    const fake = werkmap();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Opgave').getRange('B2');
      range.load(['values', 'formulas', 'numberFormat', 'address']);
      let before: unknown;
      try {
        before = range.values;
      } catch (e) {
        before = code(e);
      }
      expect(before).toBe('PropertyNotLoaded');
      await context.sync();
      expect([range.values, range.formulas, range.numberFormat, range.address]).toEqual([
        [[445]],
        [['=400+45']],
        [['#,##0.0']],
        'Opgave!B2',
      ]);
    });
  });

  it('queues writes and applies them at the sync, in order', async () => {
    const fake = werkmap();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Opgave').getRange('C1:C2');
      range.values = [['Rijksdeel'], [133.5]];
      range.numberFormat = [[null], ['#,##0.0']];
      expect(fake.cell('Opgave', 'C2').value).toBeNull();
      await context.sync();
      expect(fake.cell('Opgave', 'C2')).toEqual({ value: 133.5, formula: null, numberFormat: '#,##0.0', bold: false });
    });
  });

  it('counts every sync, and Excel.run syncs what a batch leaves queued', async () => {
    const fake = werkmap();
    await fake.run(async (context) => {
      context.workbook.worksheets.load('items/name');
      await context.sync();
      await context.sync();
    });
    expect(fake.syncs).toBe(2);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Notities').getRange('A1').values = [['y']];
    });
    expect(fake.syncs).toBe(3);
    expect(fake.cell('Notities', 'A1').value).toBe('y');
    await fake.run(async () => undefined);
    expect(fake.syncs).toBe(3);
  });

  it("loads a collection's items and their properties, and a null object's isNullObject", async () => {
    const fake = werkmap();
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/position');
      const missing = context.workbook.worksheets.getItemOrNullObject('Geen').load('name');
      const blank = context.workbook.worksheets.add('Leeg');
      const used = blank.getUsedRangeOrNullObject(true).load('address');
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.position])).toEqual([
        ['Opgave', 0],
        ['Notities', 1],
      ]);
      expect([missing.isNullObject, used.isNullObject]).toEqual([true, true]);
    });
    expect(fake.sheetNames()).toEqual(['Opgave', 'Notities', 'Leeg']);
  });

  it('intersects ranges (a null object when they share no cell) and takes whole rows by address, like 1:10', async () => {
    const fake = werkmap();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Opgave');
      const used = sheet.getUsedRange(true);
      const top = used.getIntersectionOrNullObject(sheet.getRange('1:1')).load('address,values');
      const none = used.getIntersectionOrNullObject(sheet.getRange('5:10')).load('address');
      await context.sync();
      expect([top.isNullObject, top.address, top.values, none.isNullObject]).toEqual([
        false,
        'Opgave!A1:B1',
        [['Periode', 'Opgave']],
        true,
      ]);
    });
  });

  it('finds a used range anew after any cell of its sheet changed', async () => {
    const fake = werkmap();
    const usedRange = () =>
      fake.run(async (context) => {
        const used = context.workbook.worksheets.getItem('Notities').getUsedRange(true).load('address');
        await context.sync();
        return used.address;
      });
    expect(await usedRange()).toBe('Notities!A1');
    await fake.run(async (context) => void (context.workbook.worksheets.getItem('Notities').getRange('C3').values = [['z']]));
    expect(await usedRange()).toBe('Notities!A1:C3');
  });
});
