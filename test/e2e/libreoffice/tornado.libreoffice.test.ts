import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { soffice, sofficeConvert, tempDir } from '../../unit/cli/run';
import { packageParts, packageProblems, sheetChartParts, xmlOf } from '../../support/packageParts';
import { TORNADO_CELLS, tornadoChart } from '../../support/tornado';
import { newXlsxPackage } from '../../../src/workbook/adapters/xlsx';
import type { XmlElement } from '../../../src/workbook/adapters/xlsx/xml/tree';

/**
 * Issue 19: the tornado (a clustered bar chart, its series overlapping) as the package writer
 * makes it, opened by LibreOffice and saved again as .xlsx: LibreOffice's own chart part is
 * still a bar chart with horizontal bars (barDir bar), overlapping, its category labels low,
 * over the same cells: it read the chart, not just copied the part (it writes its own axis ids
 * and text properties).
 */
const BLAD = 'NPLV Gevoeligheid';

const local = (e: XmlElement) => e.name.slice(e.name.indexOf(':') + 1);
const all = (e: XmlElement, name: string): XmlElement[] => [...(local(e) === name ? [e] : []), ...e.children.flatMap((c) => all(c, name))];
const val = (e: XmlElement, name: string) => all(e, name)[0]?.attrs.get('val');

/**
 * Per chart part reached from the sheet's drawing: its bar direction, overlap and gap, where
 * its category labels sit, its series' formulas (name, categories, values).
 */
function bars(parts: Map<string, Buffer>) {
  return sheetChartParts(parts, BLAD).map((path) => {
    const space = xmlOf(parts, path);
    const chart = all(space, 'barChart')[0];
    return {
      look: ['barDir', 'overlap', 'gapWidth'].map((n) => val(chart, n)),
      labels: val(all(space, 'catAx')[0], 'tickLblPos'),
      formulas: all(chart, 'f').map((f) => f.text.replace(/&apos;/g, "'")),
    };
  });
}

const metLibreOffice = soffice() || process.env.CI === 'true' ? it : it.skip;

describe('the tornado of the package writer, opened by LibreOffice', () => {
  metLibreOffice(
    'saves it again as a bar chart with horizontal bars, overlapping, its labels low, over the same series',
    async () => {
      const dir = tempDir();
      const werkmap = await newXlsxPackage([{ name: BLAD, values: TORNADO_CELLS }]);
      await werkmap.port.apply({
        sheets: [],
        writes: [],
        deleteSheets: [],
        charts: [{ sheet: BLAD, charts: [tornadoChart('E2', 'L17')] }],
      });
      const ours = await packageParts(await werkmap.toBuffer());
      expect(packageProblems(ours)).toEqual([]);
      writeFileSync(join(dir, 'tornado.xlsx'), await werkmap.toBuffer());
      const own = bars(ours);
      const sheet = "'NPLV Gevoeligheid'!";
      const series = (c: string) => [`${sheet}$${c}$1`, `${sheet}$A$2:$A$3`, `${sheet}$${c}$2:$${c}$3`];
      expect(own).toEqual([{ look: ['bar', '100', '60'], labels: 'low', formulas: [...series('B'), ...series('C')] }]);
      sofficeConvert(dir, 'tornado.xlsx', 'xlsx', 'lo');
      expect(readdirSync(join(dir, 'lo'))).toEqual(['tornado.xlsx']);
      const theirs = await packageParts(readFileSync(join(dir, 'lo', 'tornado.xlsx')));
      expect([...theirs.keys()].filter((p) => /^xl\/charts\/chart[^/]*\.xml$/.test(p))).toHaveLength(1);
      expect(bars(theirs)).toEqual(own);
    },
    180_000,
  );
});
