import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { nplv, soffice, sofficeConvert, tempDir } from '../../unit/cli/run';
import { packageParts, packageProblems, sheetChartParts, xmlOf } from '../../support/packageParts';
import type { XmlElement } from '../../../src/workbook/adapters/xlsx/xml/tree';

/**
 * Issue 16: the chart `nplv herbereken` writes into the .xlsx, opened by another program.
 * LibreOffice converts the output to PDF, and saves it again as .xlsx with a chart part of its
 * own making that has our title and series over the same cells: it read the chart, not just
 * copied it. Our output keeps Excel's rule that every part is referenced and every reference
 * resolves.
 */
const TB = 'NPLV Totaalbeeld';
const TITLES = ['tot 2030', '2030 t/m 2035'].map((p) => `Opgave, dekking en restopgave per pijler, ${p} (mln euro)`);

const local = (e: XmlElement) => e.name.slice(e.name.indexOf(':') + 1);
const all = (e: XmlElement, name: string): XmlElement[] => [...(local(e) === name ? [e] : []), ...e.children.flatMap((c) => all(c, name))];

/** Per chart part of a package reached from the Totaalbeeld's drawing: its title and its series' formulas. */
function charts(parts: Map<string, Buffer>): { title: string; formulas: string[] }[] {
  return sheetChartParts(parts, TB).map((path) => {
    const space = xmlOf(parts, path);
    const title = all(all(space, 'title')[0], 't')
      .map((t) => t.text)
      .join('');
    return { title, formulas: all(space, 'f').map((f) => f.text.replace(/&apos;/g, "'")) };
  });
}

const metLibreOffice = soffice() || process.env.CI === 'true' ? it : it.skip;

describe('the chart of nplv herbereken, opened by LibreOffice', () => {
  metLibreOffice(
    'converts to a PDF and saves again with the charts read: their titles and series over the same cells',
    async () => {
      const dir = tempDir();
      expect((await nplv('voorbeeld', join(dir, 'voorbeeld.xlsx'))).code).toBe(0);
      expect((await nplv('herbereken', join(dir, 'voorbeeld.xlsx'), '-o', join(dir, 'uit.xlsx'))).code).toBe(0);
      const ours = await packageParts(readFileSync(join(dir, 'uit.xlsx')));
      expect(packageProblems(ours)).toEqual([]);
      const own = charts(ours);
      expect(own.map((c) => c.title)).toEqual(TITLES);
      const convert = (to: string, out: string) => sofficeConvert(dir, 'uit.xlsx', to, out);
      convert('pdf', 'pdf');
      const pdf = readFileSync(join(dir, 'pdf', 'uit.pdf'));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(20_000);
      convert('xlsx', 'lo');
      const theirs = await packageParts(readFileSync(join(dir, 'lo', 'uit.xlsx')));
      expect([...theirs.keys()].filter((p) => /^xl\/charts\/chart[^/]*\.xml$/.test(p))).toHaveLength(2);
      // LibreOffice writes the name, category and value references of each series, in that order, as it read them.
      expect(charts(theirs)).toEqual(own);
      expect(own.every((c) => c.formulas.length === 9)).toBe(true); // three series: name, categories, values
      expect(readdirSync(join(dir, 'lo'))).toEqual(['uit.xlsx']);
    },
    180_000,
  );
});
