import { FakeExcel } from '../../../src/dev/fakeExcel';

// A column of n text cells of 20 characters: 25 bytes a row as JSON, ["…"] and a comma.
const column = (n: number) => Array.from({ length: n }, (_, i) => [`regel ${String(i).padStart(14, '0')}`]);

describe('the in-memory Excel refuses what Excel on the web refuses', () => {
  it('refuses a request over 5 MB whole (RequestPayloadSizeLimitExceeded): nothing of it is done', async () => {
    const fake = new FakeExcel({ Blad: { values: [['oud']] } });
    const n = 250_000; // 250,000 × 25 bytes = 6.25 MB > 5 MB
    await expect(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Blad');
        sheet.getRange('B1').values = [['klein']];
        sheet.getRange(`A1:A${n}`).values = column(n);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.requests).toEqual([expect.objectContaining({ error: 'RequestPayloadSizeLimitExceeded', writes: 2 })]);
    expect(fake.requests[0].payloadBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect([fake.cell('Blad', 'A1').value, fake.cell('Blad', 'B1').value]).toEqual(['oud', null]);
  });

  it('takes the same writes in two requests under 5 MB each, and measures each', async () => {
    const fake = new FakeExcel({ Blad: { values: [] } });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blad');
      sheet.getRange('A1:A125000').values = column(125_000);
      await context.sync();
      sheet.getRange('A125001:A250000').values = column(125_000);
      await context.sync();
    });
    expect(fake.requests.map((r) => r.payloadBytes / 125_000)).toEqual([expect.closeTo(25, 2), expect.closeTo(25, 2)]);
    expect(fake.cell('Blad', 'A250000').value).toBe(`regel ${String(124_999).padStart(14, '0')}`);
  });

  it('refuses a read of more than 5,000,000 cells (RangeExceedsLimit)', async () => {
    const fake = new FakeExcel({ Blad: { values: [[1]] } });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Blad').getRange('A1:E1000001').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      const fits = context.workbook.worksheets.getItem('Blad').getRange('A1:A1000000').load('values');
      await context.sync();
      expect(fits.values.length).toBe(1_000_000);
    });
  });

  it('refuses a response over 5 MB (ResponsePayloadSizeLimitExceeded)', async () => {
    const fake = new FakeExcel({ Blad: { values: column(250_000) } });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Blad').getUsedRange(true).load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
    expect(fake.requests[0].responseBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('refuses a text longer than a cell holds (32,767 characters) and a range past XFD1048576 (InvalidArgument), as Excel does', async () => {
    const fake = new FakeExcel({ Blad: { values: [['oud']] } });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blad');
      sheet.getRange('A1').values = [['x'.repeat(32_768)]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      sheet.getRangeByIndexes(0, 16_383, 1, 2).values = [[1, 2]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      sheet.getRange('B1').values = [['x'.repeat(32_767)]];
      sheet.getRangeByIndexes(1_048_575, 16_383, 1, 1).values = [[1]];
      await context.sync();
    });
    expect([fake.cell('Blad', 'A1').value, String(fake.cell('Blad', 'B1').value).length, fake.cell('Blad', 'XFD1048576').value]).toEqual([
      'oud',
      32_767,
      1,
    ]);
  });
});
