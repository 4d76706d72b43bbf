import { FakeExcel } from '../../../src/dev/fakeExcel';

const werkmap = () =>
  new FakeExcel({
    Opgave: {
      values: [
        ['Onderdeel', 'Opgave', 'Oud'],
        ['Nieuwbouw', 890, 'x'],
        ['Onderwijs', 440, 'y'],
      ],
      numberFormats: [[], [null, '#,##0']],
    },
    Dekking: { values: [['Bron']], columnWidths: [null, 100] },
  });

describe('the in-memory Excel writes the way Excel does', () => {
  it("leaves a cell for null, empties it for '', and reads typed-looking text as Excel reads input", async () => {
    const fake = werkmap();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Opgave');
      sheet.getRange('A2:C3').values = [
        [null, '', 'tekst'],
        ["'123", '30%', '#N/A'],
      ];
      sheet.getRange('D1:G1').values = [['12.5', 'TRUE', '=B2*0.25', "'=geen formule"]];
      sheet.getRange('B2:B3').numberFormat = [[null], ['']];
    });
    const at = (a: string) => fake.cell('Opgave', a);
    expect([at('A2').value, at('B2').value, at('C2').value]).toEqual(['Nieuwbouw', null, 'tekst']);
    expect([at('A3').value, at('B3').value, at('C3').value]).toEqual(['123', 0.3, { error: '#N/A' }]);
    expect([at('D1').value, at('E1').value, at('G1').value]).toEqual([12.5, true, '=geen formule']);
    expect(at('F1')).toEqual({ value: 0, formula: 'B2*0.25', numberFormat: 'General', bold: false }); // B2 was emptied
    expect([at('B2').numberFormat, at('B3').numberFormat]).toEqual(['#,##0', 'General']);
  });

  it('calculates the formulas it knows after each request (+ − * /, references, SUM), other sheets too', async () => {
    const fake = werkmap();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Dekking');
      sheet.getRange('B1:D1').formulas = [['=SUM(Opgave!B2:B3)', '=(B1-30)/2', "='Opgave'!B2/0"]];
      await context.sync();
      context.workbook.worksheets.getItem('Opgave').getRange('B3').values = [[460]];
    });
    expect(['B1', 'C1', 'D1'].map((a) => fake.cell('Dekking', a).value)).toEqual([1350, 660, { error: '#DIV/0!' }]);
  });

  it('in manual calculation mode calculates only a formula entered, until asked (application.calculate) or set back to automatic', async () => {
    const fake = werkmap();
    await fake.run(async (context) => {
      const application = context.workbook.application.load('calculationMode');
      await context.sync();
      expect(application.calculationMode).toBe('Automatic');
      application.calculationMode = 'Manual';
      context.workbook.worksheets.getItem('Dekking').getRange('B1').formulas = [['=Opgave!B2+Opgave!B3']];
    });
    expect([fake.calculationMode, fake.cell('Dekking', 'B1').value]).toEqual(['Manual', 1330]); // 890 + 440, calculated as entered
    const typed = async (value: number) =>
      fake.run(async (context) => void (context.workbook.worksheets.getItem('Opgave').getRange('B3').values = [[value]]));
    await typed(460);
    expect(fake.cell('Dekking', 'B1').value).toBe(1330); // stale: 890 + 460 is 1350
    await fake.run(async (context) => context.workbook.application.calculate('Full'));
    expect(fake.cell('Dekking', 'B1').value).toBe(1350);
    await typed(470);
    fake.calculationMode = 'Automatic';
    expect(fake.cell('Dekking', 'B1').value).toBe(1360);
  });

  it("refuses an array whose shape is not the range's, at the sync (InvalidArgument)", async () => {
    const fake = werkmap();
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Opgave').getRange('A1:B1').values = [['een']];
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('stops a request at the first failing command: what came before stays done, nothing after is done', async () => {
    const fake = werkmap();
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem('Opgave').getRange('D1').values = [['eerst']];
      sheets.getItem('Geen').getRange('A1').values = [['mislukt']];
      sheets.getItem('Opgave').getRange('E1').values = [['daarna']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      sheets.add('Opgave');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    });
    expect([fake.cell('Opgave', 'D1').value, fake.cell('Opgave', 'E1').value]).toEqual(['eerst', null]);
    expect(fake.requests.map((r) => r.error)).toEqual(['ItemNotFound', 'ItemAlreadyExists']);
  });

  it('adds, moves and deletes sheets; clears a whole sheet and its widths; sets bold and widths (points)', async () => {
    const fake = werkmap();
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const nieuw = sheets.add('Nieuw');
      nieuw.position = 0;
      nieuw.getRange('A1:B1').values = [['kop', 1]];
      nieuw.getRange('A1:B1').format.font.bold = true;
      nieuw.getRange('B1').format.columnWidth = 60;
      const dekking = sheets.getItem('Dekking');
      dekking.getRange().clear();
      dekking.getRange().format.useStandardWidth = true;
      sheets.getItem('Opgave').delete();
    });
    expect(fake.sheetNames()).toEqual(['Nieuw', 'Dekking']);
    expect([fake.cell('Nieuw', 'A1').bold, fake.cell('Nieuw', 'B1').bold, fake.columnWidth('Nieuw', 2)]).toEqual([true, true, 60]);
    expect([fake.cell('Dekking', 'A1').value, fake.columnWidth('Dekking', 2)]).toEqual([null, 48]);
  });

  it('reads bold per cell and widths per column, uniform format properties or null when mixed', async () => {
    const fake = new FakeExcel({
      Blad: {
        values: [
          ['a', 'b'],
          ['c', 'd'],
        ],
        bold: [[true, false]],
        columnWidths: [30],
      },
    });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Blad').getRange('A1:B2');
      const bold = range.getCellProperties({ format: { font: { bold: true } } });
      const widths = range.getColumnProperties({ format: { columnWidth: true } });
      range.load('format/font/bold, format/columnWidth');
      const first = context.workbook.worksheets.getItem('Blad').getRange('A1:A1').load('format/font/bold');
      await context.sync();
      expect(bold.value.map((row) => row.map((p) => p.format?.font?.bold))).toEqual([
        [true, false],
        [false, false],
      ]);
      expect(widths.value.map((c) => c.format?.columnWidth)).toEqual([30, 48]);
      expect([range.format.font.bold, range.format.columnWidth, first.format.font.bold]).toEqual([null, null, true]);
    });
  });

  it('adds a chart of a block, names, titles and places it; activates and selects', async () => {
    const fake = werkmap();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Opgave');
      const chart = sheet.charts.add('ColumnClustered', sheet.getRange('A1:B3'), 'Columns');
      chart.name = 'Grafiek';
      chart.title.text = 'Opgave per onderdeel';
      chart.setPosition('E2');
      sheet.activate();
      sheet.getRange('B3').select();
      await context.sync();
      const charts = sheet.charts.load('items/name,items/chartType,items/title/text');
      await context.sync();
      expect(charts.items.map((c) => [c.name, c.chartType, c.title.text])).toEqual([
        ['Grafiek', 'ColumnClustered', 'Opgave per onderdeel'],
      ]);
      sheet.charts.getItem('Grafiek').delete();
      sheet.charts.getItem('Grafiek').delete();
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
    expect(fake.charts('Opgave')).toEqual([]);
    expect([fake.activeSheet, fake.selection]).toEqual(['Opgave', 'Opgave!B3']);
  });

  it('makes a chart of a column, then gives its series categories, names and more series, a value axis format and two corners', async () => {
    const fake = werkmap();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Opgave');
      const chart = sheet.charts.add('ColumnClustered', sheet.getRange('B2:B3'), 'Columns');
      const first = chart.series.getItemAt(0);
      first.setXAxisValues(sheet.getRange('A2:A3'));
      first.name = 'Opgave';
      const second = chart.series.add('Oud');
      second.setValues(sheet.getRange('C2:C3'));
      chart.axes.valueAxis.numberFormat = '#,##0';
      chart.setPosition('$E$2', sheet.getRange('J10:L12'));
      await context.sync();
      const charts = sheet.charts.load('items/name,items/series/items/name');
      const axis = chart.axes.valueAxis.load('numberFormat');
      await context.sync();
      expect(charts.items.map((c) => [c.name, c.series.items.map((s) => s.name)])).toEqual([['Chart 1', ['Opgave', 'Oud']]]);
      expect(axis.numberFormat).toBe('#,##0');
      chart.series.getItemAt(5).name = 'geen';
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
    const block = (left: number) => ({ sheet: 'Opgave', top: 2, left, rows: 2, columns: 1 });
    expect(fake.charts('Opgave')).toEqual([
      {
        name: 'Chart 1',
        chartType: 'ColumnClustered',
        title: '',
        series: [
          { name: 'Opgave', values: block(2), xValues: block(1) },
          { name: 'Oud', values: block(3), xValues: null },
        ],
        anchor: 'E2',
        to: 'L12',
        valueFormat: '#,##0',
        categoryLabels: 'NextToAxis',
        overlap: 0,
        gapWidth: 150,
      },
    ]);
    expect(fake.values(block(2))).toEqual([890, 440]);
  });

  it('makes a bar chart whose bars overlap: overlap and gap width for all its series, the category labels low; refuses what Excel refuses', async () => {
    const fake = werkmap();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Opgave');
      const chart = sheet.charts.add('BarClustered', sheet.getRange('B2:B3'), 'Columns');
      chart.series.add('Oud').setValues(sheet.getRange('C2:C3'));
      chart.series.getItemAt(1).overlap = 100;
      chart.series.getItemAt(0).gapWidth = 60;
      chart.axes.categoryAxis.tickLabelPosition = 'Low';
      await context.sync();
      const [first, second] = [0, 1].map((i) => chart.series.getItemAt(i).load('overlap,gapWidth'));
      const axis = chart.axes.categoryAxis.load('tickLabelPosition');
      await context.sync();
      // One overlap and gap width for the chart's bars, whichever series set them.
      expect([first.overlap, first.gapWidth, second.overlap, second.gapWidth, axis.tickLabelPosition]).toEqual([100, 60, 100, 60, 'Low']);
      const refused = async (set: () => void, why: RegExp) => {
        set();
        await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument', message: expect.stringMatching(why) });
      };
      await refused(() => (chart.series.getItemAt(0).overlap = 101), /overlap 101 is not a whole number from -100 to 100/);
      await refused(() => (chart.series.getItemAt(0).gapWidth = -1), /gapWidth -1 is not a whole number from 0 to 500/);
      await refused(() => (chart.axes.categoryAxis.tickLabelPosition = 'Left' as 'Low'), /'Left' is no tick label position/);
      const pie = sheet.charts.add('Pie', sheet.getRange('B2:B3'), 'Columns');
      await refused(() => (pie.series.getItemAt(0).overlap = 100), /a Pie chart has no overlap/);
      await refused(() => (pie.series.getItemAt(0).gapWidth = 60), /a Pie chart has no gapWidth/);
    });
    const [bar, pie] = fake.charts('Opgave');
    expect([bar.chartType, bar.overlap, bar.gapWidth, bar.categoryLabels]).toEqual(['BarClustered', 100, 60, 'Low']);
    expect([pie.overlap, pie.gapWidth]).toEqual([0, 150]);
  });
});
