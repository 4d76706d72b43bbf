import React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { FakeExcel } from '../../../src/dev/fakeExcel';
import { Grafiek } from '../../../src/dev/demo/Grafiek';
import { OfficeWorkbook } from '../../../src/workbook/adapters/office/officeWorkbook';
import { herberekenWerkmap } from '../../../src/workbook/herbereken';
import { fixture, NU } from '../../contract/contractFixture';
import { TORNADO_CELLS, tornadoChart } from '../../support/tornado';

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

describe('the demo draws a bar chart of the in-memory Excel horizontally (a tornado, issue 19)', () => {
  it('puts a negative bar left of the 0 line and a positive one right, both series of a key on one band, the keys at the left', async () => {
    const excel = new FakeExcel({ Blad: { values: TORNADO_CELLS } });
    const charts = [{ sheet: 'Blad', charts: [tornadoChart('E2', 'L17')] }];
    await new OfficeWorkbook(excel.run).apply({ sheets: [], writes: [], deleteSheets: [], charts });
    const [chart] = excel.charts('Blad');
    const html = renderToStaticMarkup(<Grafiek chart={chart} read={(block) => excel.values(block)} />);
    expect(html).toContain('data-richting="balken"');
    const zero = Number(/<line x1="([\d.]+)"[^>]*data-nul=""/.exec(html)![1]);
    const number = (tag: string, name: string) => Number(new RegExp(`${name}="([\\d.-]+)"`).exec(tag)![1]);
    const bars = [...html.matchAll(/<rect ([^>]*)><title>([^<]*)<\/title>/g)].map(([, tag, title]) => ({
      title,
      left: number(tag, 'x'),
      right: number(tag, 'x') + number(tag, 'width'),
      y: number(tag, 'y'),
      height: number(tag, 'height'),
    }));
    expect(bars.map((b) => b.title)).toEqual([
      'Δ bij −10 pp, Nieuwbouw: -44,5',
      'Δ bij −10 pp, Bereikbaarheid en mobiliteit: 0',
      'Δ bij +10 pp, Nieuwbouw: 44,5',
      'Δ bij +10 pp, Bereikbaarheid en mobiliteit: 7,5',
    ]);
    const [minNieuw, minBereik, plusNieuw, plusBereik] = bars;
    expect([minNieuw.right, minBereik.left, minBereik.right, plusNieuw.left, plusBereik.left]).toEqual([zero, zero, zero, zero, zero]);
    expect((zero - minNieuw.left) / (plusNieuw.right - zero)).toBeCloseTo(1, 9);
    expect((plusBereik.right - zero) / (plusNieuw.right - zero)).toBeCloseTo(7.5 / 44.5, 9);
    // Overlap 100: a key's two bars on one band; the first key at the bottom, as Excel draws it.
    expect([minNieuw.y, minNieuw.height]).toEqual([plusNieuw.y, plusNieuw.height]);
    expect([minBereik.y, minBereik.height]).toEqual([plusBereik.y, plusBereik.height]);
    expect(minNieuw.y).toBeGreaterThan(minBereik.y + minBereik.height);
    const label = /<text x="([\d.]+)" y="[\d.]+" text-anchor="end" font-size="10">Nieuwbouw<\/text>/.exec(html);
    expect(Number(label![1])).toBeLessThan(minNieuw.left);
    expect(html).toContain('■ Δ bij +10 pp');
  });
});
