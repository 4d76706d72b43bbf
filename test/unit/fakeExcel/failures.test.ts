import { FakeExcel, FakeRichApiError } from '../../../src/dev/fakeExcel';

// A test makes one command of the in-memory Excel fail as Excel fails one: context.sync() rejects
// with a RichApi.Error (code, message, debugInfo.errorLocation), the commands before it in that
// request stay done, the ones after it are not run (learn.microsoft.com, "Error handling with the
// application-specific JavaScript APIs"; the message is Excel's for GeneralException).

const GENERAL = 'There was an internal error while processing the request.';

const werkmap = () => new FakeExcel({ Blad: { values: [[1], [2], [3]] } });

/** One request: A5 written, a chart of A1:A3 added, B5 written; what sync raised. */
async function chartRequest(fake: FakeExcel): Promise<unknown> {
  return fake.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Blad');
    sheet.getRange('A5').values = [['voor']];
    sheet.charts.add('ColumnClustered', sheet.getRange('A1:A3'), 'Columns');
    sheet.getRange('B5').values = [['na']];
    return context.sync().then(
      () => undefined,
      (e: unknown) => e,
    );
  });
}

describe('making a command of the in-memory Excel fail', () => {
  it('adding a chart fails with GeneralException at every sync: the commands before it are done, the later ones not', async () => {
    const fake = werkmap();
    const failure = fake.failOn({ method: 'add', path: '.charts' });
    const error = await chartRequest(fake);
    expect(error).toBeInstanceOf(FakeRichApiError);
    expect(error).toMatchObject({
      name: 'RichApi.Error',
      code: 'GeneralException',
      message: GENERAL,
      debugInfo: { code: 'GeneralException', message: GENERAL, errorLocation: expect.stringContaining("charts.add('ColumnClustered')") },
    });
    expect([fake.cell('Blad', 'A5').value, fake.cell('Blad', 'B5').value, fake.charts('Blad')]).toEqual(['voor', null, []]);
    expect(fake.requests.at(-1)?.error).toBe('GeneralException');
    expect(await chartRequest(fake)).toMatchObject({ code: 'GeneralException' });
    expect(failure.failed).toBe(2);
    failure.remove();
    expect(await chartRequest(fake)).toBeUndefined();
    expect([fake.cell('Blad', 'B5').value, fake.charts('Blad').length]).toEqual(['na', 1]);
  });

  it('once, with a code and message of its own: the next request works again', async () => {
    const fake = werkmap();
    fake.failOn({ method: 'visibility' }, { code: 'AccessDenied', message: 'Geen toegang.', times: 1 });
    const hide = () =>
      fake.run(async (context) => {
        context.workbook.worksheets.add('Tijdelijk').visibility = 'Hidden';
        await context.sync();
      });
    await expect(hide()).rejects.toMatchObject({ code: 'AccessDenied', message: 'Geen toegang.', debugInfo: { code: 'AccessDenied' } });
    expect([fake.sheetNames(), fake.visibility('Tijdelijk')]).toEqual([['Blad', 'Tijdelijk'], 'Visible']); // the add before it stays done
    await fake.run(async (context) => void (context.workbook.worksheets.getItem('Tijdelijk').visibility = 'Hidden'));
    expect(fake.visibility('Tijdelijk')).toBe('Hidden');
  });

  it("a load: reading a range's number formats fails, its values not; no load of that request is answered", async () => {
    const fake = werkmap();
    fake.failOn({ kind: 'query', method: 'numberFormat' });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Blad').getRange('A1:A3');
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([[1], [2], [3]]);
      const other = context.workbook.worksheets.getItem('Blad').getRange('A1').load('address');
      range.load('numberFormat');
      await expect(context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
      expect(() => other.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('by a test of the command: its kind, path, names and request', async () => {
    const fake = werkmap();
    const seen: unknown[] = [];
    fake.failOn((action) => (seen.push([action.kind, action.names]), action.kind === 'call' && action.names.includes('select')));
    await expect(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Blad');
        sheet.getRange('A1').values = [[9]];
        sheet.getRange('A1').select();
        await context.sync();
      }),
    ).rejects.toMatchObject({
      code: 'GeneralException',
      debugInfo: { errorLocation: "workbook.worksheets.getItem('Blad').getRange('A1')" },
    });
    expect(seen).toEqual([
      ['write', ['values']],
      ['call', ['select']],
    ]);
    expect(fake.cell('Blad', 'A1').value).toBe(9);
  });

  it('names each command as a test selects it', async () => {
    const fake = werkmap();
    const seen: string[] = [];
    fake.failOn((action) => {
      seen.push(`${action.kind} ${action.names.join(',')}`);
      return false;
    });
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const sheet = sheets.add('Tijdelijk');
      sheet.customProperties.add('nplv', 'zelftest');
      sheet.getRange('A1').format.font.bold = true;
      context.workbook.getSelectedRange().load('address');
      context.workbook.application.load('calculationMode');
      context.workbook.application.calculate('Full');
      sheet.delete();
      await context.sync();
    });
    expect(seen).toEqual([
      'write add',
      'write add',
      'write bold',
      'query load,address',
      'query load,calculationMode',
      'call calculate',
      'write delete',
    ]);
  });
});
