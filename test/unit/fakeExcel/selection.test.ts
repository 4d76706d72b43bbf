import { FakeExcel } from '../../../src/dev/fakeExcel';

const werkmap = () =>
  new FakeExcel({
    Opgave: {
      values: [
        ['Onderdeel', 'Opgave'],
        ['Nieuwbouw', 890],
      ],
    },
    'NPLV Totaalbeeld': { values: [['Totaal']] },
  });

/** The selection as `getSelectedRange().address`, in one request. */
const gekozen = (fake: FakeExcel) =>
  fake.run(async (context) => {
    const range = context.workbook.getSelectedRange().load('address');
    await context.sync();
    return range.address;
  });

const select = (fake: FakeExcel, blad: string, cel: string) =>
  fake.run(async (context) => context.workbook.worksheets.getItem(blad).getRange(cel).select());
const activate = (fake: FakeExcel, blad: string) => fake.run(async (context) => context.workbook.worksheets.getItem(blad).activate());

/** Lets the events raised so far be delivered (Excel raises them after the request). */
const events = () => new Promise((r) => setTimeout(r, 5));

/** Registers a selection-changed handler that notes each event; returns the notes and its registration. */
async function luister(fake: FakeExcel) {
  const gezien: string[] = [];
  const registratie = await fake.run(async (context) => {
    const r = context.workbook.onSelectionChanged.add(async (args) => void gezien.push((args as unknown as { type: string }).type));
    await context.sync();
    return r;
  });
  return { gezien, registratie };
}

describe('the selection and its event in the in-memory Excel', () => {
  it('getSelectedRange: A1 of the active sheet at first; then what Range.select chose, quoted as Excel quotes', async () => {
    const fake = werkmap();
    expect(await gekozen(fake)).toBe('Opgave!A1');
    await select(fake, 'NPLV Totaalbeeld', 'B3:C4');
    expect(await gekozen(fake)).toBe("'NPLV Totaalbeeld'!B3:C4");
    expect([fake.activeSheet, fake.selection]).toEqual(['NPLV Totaalbeeld', 'NPLV Totaalbeeld!B3:C4']);
  });

  it('keeps a selection per sheet: activating a sheet brings back its own', async () => {
    const fake = werkmap();
    await select(fake, 'Opgave', 'B2');
    await activate(fake, 'NPLV Totaalbeeld');
    expect(await gekozen(fake)).toBe("'NPLV Totaalbeeld'!A1");
    await activate(fake, 'Opgave');
    expect(await gekozen(fake)).toBe('Opgave!B2');
  });

  it('onSelectionChanged: once per request that moves the selection (select, another sheet), after the request; not for the same cell again', async () => {
    const fake = werkmap();
    const { gezien } = await luister(fake);
    expect(fake.selectionHandlers).toBe(1);
    await select(fake, 'Opgave', 'B2');
    expect(gezien).toEqual([]); // not within the request
    await events();
    expect(gezien).toEqual(['WorkbookSelectionChanged']);
    await select(fake, 'Opgave', 'B2');
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Opgave').getRange('C1').values = [['Oud']]; // a write moves no selection
    });
    await events();
    expect(gezien).toHaveLength(1);
    await activate(fake, 'NPLV Totaalbeeld');
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Opgave').getRange('A2').select();
      context.workbook.worksheets.getItem('Opgave').getRange('B1').select();
    });
    await events();
    expect(gezien).toHaveLength(3);
  });

  it('adding and removing a handler are commands of a request: counted as syncs, in effect after them', async () => {
    const fake = werkmap();
    const syncs = fake.syncs;
    const { gezien, registratie } = await luister(fake);
    expect(fake.syncs).toBe(syncs + 1);
    registratie.remove();
    expect(fake.selectionHandlers).toBe(1);
    await registratie.context.sync();
    expect(fake.selectionHandlers).toBe(0);
    await select(fake, 'Opgave', 'B2');
    await events();
    expect(gezien).toEqual([]);
  });

  it('a handler that fails does not stop the others', async () => {
    const fake = werkmap();
    await fake.run(async (context) => {
      context.workbook.onSelectionChanged.add(async () => {
        throw new Error('kapot');
      });
      await context.sync();
    });
    const { gezien } = await luister(fake);
    await select(fake, 'Opgave', 'B2');
    await events();
    expect(gezien).toEqual(['WorkbookSelectionChanged']);
  });
});
