// node build/bench/xmlScan.js: reading a 200k-row worksheet part and its shared strings (the
// package adapter's XML reader), median of several runs. The part is generated here as Excel
// writes it: shared strings, numbers with a style, a formula with its cached value.
import { performance } from 'perf_hooks';
import { scanSheet } from '../src/workbook/adapters/xlsx/scanSheet';
import { parseSharedStrings } from '../src/workbook/adapters/xlsx/parts/sharedStrings';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

function sheetXml(rows: number): string {
  const parts = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><dimension ref="A1:H${rows}"/><sheetData>`];
  for (let r = 1; r <= rows; r++) {
    parts.push(
      `<row r="${r}" spans="1:8"><c r="A${r}" t="s"><v>${r % 1000}</v></c><c r="B${r}" t="s"><v>${(r * 7) % 1000}</v></c>` +
        `<c r="C${r}"><v>${r}</v></c><c r="D${r}" s="1"><v>${(r * 1.25).toFixed(2)}</v></c><c r="E${r}" s="1"><v>${r % 97}</v></c>` +
        `<c r="F${r}" s="2"><v>0.${r % 10}</v></c><c r="G${r}" t="str"><v>T${r}</v></c><c r="H${r}" s="1"><f>D${r}*2</f><v>${(r * 2.5).toFixed(2)}</v></c></row>`,
    );
  }
  parts.push('</sheetData></worksheet>');
  return parts.join('');
}

function stringsXml(n: number): string {
  const items = Array.from({ length: n }, (_, i) =>
    i % 10 === 0
      ? `<si><r><t>Gebied ${i} &amp; co</t></r><r><rPr><b/></rPr><t xml:space="preserve"> deel</t></r></si>`
      : `<si><t>Opgave ${i}</t></si>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${NS} count="${n}" uniqueCount="${n}">${items.join('')}</sst>`;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// Median wall time and median CPU time (user + system) of `runs` runs, in ms: on a busy machine the CPU time is the steadier.
function time(runs: number, f: () => unknown): string {
  const [wall, cpu]: number[][] = [[], []];
  for (let i = 0; i < runs; i++) {
    const [t, c] = [performance.now(), process.cpuUsage()];
    f();
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  return `${median(wall).toFixed(0)} ms wall, ${median(cpu).toFixed(0)} ms CPU`;
}

const rows = Number(process.argv[2] ?? 200_000);
const sheet = sheetXml(rows);
const sst = stringsXml(200_000);
const strings = parseSharedStrings(sst, 'xl/sharedStrings.xml');
console.log(
  `sheet part ${(sheet.length / 1e6).toFixed(1)} MB, ${rows} rows × 8 cells; shared strings ${(sst.length / 1e6).toFixed(1)} MB, 200000 items`,
);
console.log(`scanSheet: ${time(7, () => scanSheet(sheet, strings, 'xl/worksheets/sheet1.xml'))} (median of 7)`);
console.log(`parseSharedStrings: ${time(7, () => parseSharedStrings(sst, 'xl/sharedStrings.xml'))} (median of 7)`);
