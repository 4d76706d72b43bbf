import { rijksdeelFn, totaalbeeld } from '../src/functions/functions';
import voorbeeld from '../src/voorbeeld/voorbeeld.json';

/** Excel's runtime, as far as the functions need it outside Excel. */
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: class extends Error {},
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
};

function median(runs: number, f: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    f();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const opgave = [['Periode', 'Pijler', 'Onderdeel', 'Opgave'], ...voorbeeld.opgave.map((r) => [r.periode, r.pijler, r.onderdeel, r.opgave])];
const dekking = [
  ['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering', 'Rijksfinanciering'],
  ...voorbeeld.dekking.map((r) => [r.periode, r.pijler, r.bron, r.onderdeel, r.cofinanciering, r.rijksfinanciering]),
];

export function benchFunctions(): void {
  const names = ['Nieuwbouw', 'Leefomgeving', 'Onderwijs', 'Herstructurering corporatievoorraad'];
  const calls = median(5, () => {
    for (let i = 0; i < 10_000; i++) rijksdeelFn([[100 + (i % 997) / 10]], [[names[i % names.length]]]);
  });
  const tb = median(9, () => totaalbeeld(opgave, dekking));
  console.log('\nCustom functions (one call as Excel makes it, single cells)');
  console.log(`  10.000 × NPLV.RIJKSDEEL(bedrag; onderdeel): ${calls.toFixed(1)} ms (${((calls / 10_000) * 1000).toFixed(1)} µs per call)`);
  console.log(`  NPLV.TOTAALBEELD on the example (20 opgave, 14 dekking rows): ${tb.toFixed(2)} ms`);
}
