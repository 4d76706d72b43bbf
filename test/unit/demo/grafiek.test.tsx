import React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { FakeExcel } from '../../../src/dev/fakeExcel';
import { Grafiek } from '../../../src/dev/demo/Grafiek';
import { OfficeWorkbook } from '../../../src/workbook/adapters/office/officeWorkbook';
import { herberekenWerkmap } from '../../../src/workbook/herbereken';
import { fixture, NU } from '../../contract/contractFixture';

describe('the demo draws the charts of the in-memory Excel', () => {
  it("shows the Totaalbeeld chart: title, a bar per pijler and series at its height, labels in the chart's format, the legend", async () => {
    const sheets = Object.fromEntries(fixture().map((s) => [s.name, { values: s.rows }]));
    const excel = new FakeExcel(sheets);
    expect((await herberekenWerkmap(new OfficeWorkbook(excel.run), { nu: NU })).ok).toBe(true);
    const [chart] = excel.charts('NPLV Totaalbeeld');
    const html = renderToStaticMarkup(<Grafiek chart={chart} read={(block) => excel.values(block)} />);
    expect(html).toContain('>Opgave, dekking en restopgave per pijler, tot 2030 (mln euro)</text>');
    // golden.json, tot 2030: opgave, dekking, restopgave of the Fysieke and the Sociaal-maatschappelijke pijler, in #,##0.0.
    const bars = [...html.matchAll(/<rect [^>]*height="([\d.]+)"[^>]*><title>([^<]*)<\/title>/g)].map((m) => [m[2], Number(m[1])]);
    expect(bars.map(([t]) => t)).toEqual([
      'Opgave, Fysieke pijler: 3.050,0',
      'Opgave, Sociaal-maatschappelijke pijler: 1.300,0',
      'Dekking, Fysieke pijler: 675,0',
      'Dekking, Sociaal-maatschappelijke pijler: 740,0',
      'Restopgave, Fysieke pijler: 2.375,0',
      'Restopgave, Sociaal-maatschappelijke pijler: 560,0',
    ]);
    const heights = bars.map(([, h]) => h as number);
    heights.forEach((h, i) => expect(h / heights[0]).toBeCloseTo([3050, 1300, 675, 740, 2375, 560][i] / 3050, 5));
    expect(html).toContain('>1.525,0</text>'); // the middle of the value axis
    expect(html).toContain('■ Restopgave');
  });
});
