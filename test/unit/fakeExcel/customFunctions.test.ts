import { FakeExcel, type FakeCustomFunction } from '../../../src/dev/fakeExcel';
import { voorbeeldWerkmap } from '../../../src/voorbeeld/werkmap';
import type { CellValue } from '../../../src/sheet';
import { nplvFunctions } from '../../support/nplvFunctions';

// The in-memory Excel evaluates `=NPLV.ID(…)` by calling the registered function as Excel calls a
// custom function (learn.microsoft.com, "Custom functions parameter options": an omitted optional
// argument is null; a range is a 2-D array; a returned Promise shows #BUSY! until it resolves; a
// 2-D array spills). Expected values from FUNCTIONS.md's examples or computed by hand.

let nplv: Awaited<ReturnType<typeof nplvFunctions>>;
beforeAll(async () => {
  nplv = await nplvFunctions();
}, 30_000);

/** Writes `formulas` (or values) to sheet `Blad` at `address`, in one request. */
const write = (fake: FakeExcel, address: string, formulas: unknown[][]) =>
  fake.run(async (context) => void (context.workbook.worksheets.getItem('Blad').getRange(address).formulas = formulas));

/** The values of a range of `Blad` as `Range.values` reads them. */
const read = (fake: FakeExcel, address: string) =>
  fake.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Blad').getRange(address).load('values');
    await context.sync();
    return range.values;
  });

const fakeWith = (sheets: Record<string, { values: CellValue[][] }> = {}) =>
  new FakeExcel({ Blad: { values: [[null]] }, ...sheets }, { customFunctions: nplv });

describe('custom functions in formulas of the in-memory Excel', () => {
  it.each([
    ['=NPLV.RIJKSDEEL(445,"Nieuwbouw")', 222.5], // FUNCTIONS.md: 445 × 50%
    ['=NPLV.KANSENZONE(12000,28%,51%)', true],
    ['=NPLV.RESTRIJKSOPGAVE(445,"Nieuwbouw",145)', 77.5], // 222,5 − 145
    ['=NPLV.JAARLIJKS(2375,"tot 2030")', 593.75], // 2.375 / 4
    ['=NPLV.JAARLIJKS(2375,4)', 593.75], // a number to a text parameter: passed as "4"
    ['=nplv.verdeelsleutel("Nieuwbouw")', 0.5], // an omitted optional argument: null
    ['=NPLV.RIJKSBIJDRAGE(3800,1000,,)', 412.5], // (3800 − 1000 × 50%) × 75% × 6 / 4 / 4… as FUNCTIONS.md
    ['=NPLV.RESTOPGAVE(445,290)', 155],
  ])('%s → %j', async (formula, expected) => {
    const fake = fakeWith();
    await write(fake, 'A1', [[formula]]);
    expect(await read(fake, 'A1')).toEqual([[expected]]);
    expect(fake.cell('Blad', 'A1').formula).toBe(formula.slice(1));
  });

  it('passes a range as a 2-D array and a cell of another sheet as its value', async () => {
    // Tabel 6 of seed 002, tot 2030, the physical onderdelen: Σopgave 3.050, Σdekking 605 → 2.445 (saldering)
    const fake = fakeWith({
      "Mijn blad (2), 'kopie'": { values: [[445], [1735], [475], [265], [130]] },
      Dekking: { values: [[290], [0], [0], [180], [135], ['per onderdeel']] },
    });
    await write(fake, 'A1:A2', [
      ["=NPLV.RESTOPGAVE('Mijn blad (2), ''kopie'''!A1:A5,Dekking!$A$1:$A$5)"],
      ["=NPLV.RESTOPGAVE('Mijn blad (2), ''kopie'''!A1:A5,Dekking!A1:A5,Dekking!A6)"], // 155 + 1735 + 475 + 85 = 2.450
    ]);
    expect(await read(fake, 'A1:A2')).toEqual([[2445], [2450]]);
  });

  it('spills a 2-D array right and down; the cells show its values, hold no formula, and count in the used range', async () => {
    const fake = fakeWith({ Getallen: { values: [[445], [100]] } });
    await write(fake, 'B2', [['=NPLV.RIJKSDEEL(Getallen!A1:A2,"Nieuwbouw")']]);
    expect(await read(fake, 'B2:B3')).toEqual([[222.5], [50]]);
    expect(fake.cell('Blad', 'B3')).toMatchObject({ value: 50, formula: null });
    const used = await fake.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Blad').getUsedRange(true).load('address, formulas');
      await context.sync();
      return [r.address, r.formulas];
    });
    expect(used).toEqual(['Blad!B2:B3', [['=NPLV.RIJKSDEEL(Getallen!A1:A2,"Nieuwbouw")'], [50]]]);
  });

  it('TOTAALBEELD spills the table of FUNCTIONS.md; #SPILL! while a cell in its way holds something', async () => {
    const { Opgave, Dekking } = voorbeeldWerkmap();
    const fake = fakeWith({ Opgave: { values: Opgave }, Dekking: { values: Dekking } });
    await write(fake, 'A1', [['=NPLV.TOTAALBEELD(Opgave!A3:F39,Dekking!A3:H27,"tot 2030")']]);
    const totaal = [...fake.cells('Blad').values()].some((c) => c.value === 'Totale opgave');
    expect(totaal).toBe(true);
    const rows = await read(fake, 'A1:F60');
    const row = rows.find((r) => r[0] === 'Totale opgave' || r.includes('Totale opgave'))!;
    expect(row.filter((v) => typeof v === 'number')).toEqual([4350, 1415, 2935, 733.75, 3015]); // FUNCTIONS.md
    await write(fake, 'B2', [['in de weg']]);
    expect(fake.cell('Blad', 'A1').value).toEqual({ error: '#SPILL!' });
    expect(fake.cell('Blad', 'A2').value).toBeNull(); // the spill is gone
    expect(fake.cell('Blad', 'B2').value).toBe('in de weg');
    await write(fake, 'B2', [['']]);
    expect(fake.cell('Blad', 'A1').value).not.toEqual({ error: '#SPILL!' });
    expect(await read(fake, 'A1:F60')).toEqual(rows);
  });

  it('rewriting the formula or clearing it takes its spill away', async () => {
    const fake = fakeWith({ G: { values: [[1], [2], [3]] } });
    await write(fake, 'D1', [['=NPLV.JAARLIJKS(G!A1:A3,1)']]);
    expect(await read(fake, 'D1:D3')).toEqual([[1], [2], [3]]);
    await write(fake, 'D1', [['=NPLV.JAARLIJKS(G!A1:A2,1)']]);
    expect(await read(fake, 'D1:D3')).toEqual([[1], [2], ['']]);
    await fake.run(async (context) => context.workbook.worksheets.getItem('Blad').getRange('D1').clear('Contents'));
    expect(await read(fake, 'D1:D3')).toEqual([[''], [''], ['']]);
    expect(fake.cells('Blad').size).toBe(0);
  });

  it('a format given to a spilled cell keeps it spilled', async () => {
    const fake = fakeWith({ G: { values: [[1], [2]] } });
    await write(fake, 'A1', [['=NPLV.JAARLIJKS(G!A1:A2,1)']]);
    await fake.run(async (context) => void (context.workbook.worksheets.getItem('Blad').getRange('A2').numberFormat = [['0.00']]));
    expect(fake.cell('Blad', 'A2')).toMatchObject({ value: 2, formula: null, numberFormat: '0.00' });
    await write(fake, 'A1', [['=NPLV.JAARLIJKS(G!A1,1)']]);
    expect(fake.cell('Blad', 'A2')).toMatchObject({ value: null, numberFormat: '0.00' });
  });

  it("a thrown CustomFunctions.Error is the cell's error value, with its message", async () => {
    const fake = fakeWith();
    await write(fake, 'A1:A2', [['=NPLV.RIJKSDEEL(445,150%)'], ['=NPLV.RIJKSDEEL(445,"Funderingsherstel")']]);
    expect(await read(fake, 'A1:A2')).toEqual([['#VALUE!'], ['#N/A']]);
    expect(fake.customFunctionMessage('Blad', 'A1')).toMatch(/sleutel/i);
    expect(fake.customFunctionMessage('Blad', 'A2')).toContain('Funderingsherstel');
  });

  it('#NAME? for a function that is not registered; an error in an argument is the result, without a call', async () => {
    const calls: unknown[][] = [];
    const echo: FakeCustomFunction = (...args) => (calls.push(args), 1);
    const fake = new FakeExcel(
      { Blad: { values: [[null, { error: '#N/A' }]] } },
      { customFunctions: { functions: new Map([['ECHO', echo]]) } },
    );
    await write(fake, 'A2:A3', [['=NPLV.ONBEKEND(1)'], ['=NPLV.ECHO(B1)']]);
    expect(await read(fake, 'A2:A3')).toEqual([['#NAME?'], ['#N/A']]);
    expect(calls).toEqual([]);
  });

  it('passes arguments as written: numbers, text with "", TRUE/FALSE, a percentage, omitted ones as null, an empty cell of a range as ""', async () => {
    const calls: unknown[][] = [];
    const echo: FakeCustomFunction = (...args) => (calls.push(args), 'ok');
    const fake = new FakeExcel(
      {
        Blad: {
          values: [
            [null, 'x', 3],
            [null, null, true],
          ],
        },
      },
      { customFunctions: { functions: new Map([['ECHO', echo]]) } },
    );
    await write(fake, 'A1', [['=NPLV.ECHO(-1.5,"a ""b""",TRUE,28%,,B1:C2,C1,)']]);
    expect(calls).toEqual([
      [
        -1.5,
        'a "b"',
        true,
        0.28,
        null,
        [
          ['x', 3],
          ['', true],
        ],
        3,
        null,
      ],
    ]);
    expect(fake.cell('Blad', 'A1').value).toBe('ok');
  });

  it('a Promise shows #BUSY! until it settles; a later sync reads its value; its inputs changing call it again', async () => {
    let settle: (v: number) => void = () => undefined;
    const calls: unknown[][] = [];
    const later: FakeCustomFunction = (...args) => (calls.push(args), new Promise((done) => (settle = done)));
    const fake = new FakeExcel({ Blad: { values: [[2]] } }, { customFunctions: { functions: new Map([['LATER', later]]) } });
    await write(fake, 'B1', [['=NPLV.LATER(A1)']]);
    expect(await read(fake, 'B1')).toEqual([['#BUSY!']]);
    settle(42);
    await new Promise((done) => setTimeout(done, 0));
    expect(await read(fake, 'B1')).toEqual([[42]]);
    await write(fake, 'C1', [[1]]); // another cell: no new call
    expect(calls).toEqual([[2]]);
    await write(fake, 'A1', [[3]]);
    expect(await read(fake, 'B1')).toEqual([['#BUSY!']]);
    expect(calls).toEqual([[2], [3]]);
  });

  it("#SPILL! where another formula's spill is in the way; it spills once that one is gone", async () => {
    const fake = fakeWith({ G: { values: [[1], [2], [3]] }, H: { values: [[10, 20]] } });
    await write(fake, 'B1', [['=NPLV.JAARLIJKS(G!A1:A3,1)']]); // B1:B3
    await write(fake, 'A2', [['=NPLV.JAARLIJKS(H!A1:B1,1)']]); // A2:B2, but B2 shows B1's 2
    expect(await read(fake, 'A1:B3')).toEqual([
      ['', 1],
      ['#SPILL!', 2],
      ['', 3],
    ]);
    await write(fake, 'B1', [['']]);
    expect(await read(fake, 'A1:B3')).toEqual([
      ['', ''],
      [10, 20],
      ['', ''],
    ]);
  });

  it('in manual mode a formula entered is calculated; one given with the workbook when Excel calculates', async () => {
    const fake = new FakeExcel(
      { Blad: { values: [[null, 445]], formulas: [['NPLV.RIJKSDEEL(B1,"Nieuwbouw")', null]] } },
      { customFunctions: nplv },
    );
    fake.calculationMode = 'Manual';
    await write(fake, 'A2', [['=NPLV.RIJKSDEEL(890,"Nieuwbouw")']]);
    expect([fake.cell('Blad', 'A1').value, fake.cell('Blad', 'A2').value]).toEqual([null, 445]);
    await fake.run(async (context) => context.workbook.application.calculate('Full'));
    expect(fake.cell('Blad', 'A1').value).toBe(222.5);
  });
});
