import { rijksdeelFn, totaalbeeld } from '../src/functions/functions';
import { voorbeeldTabellen } from '../src/voorbeeld/werkmap';
import { median } from './median';

/** Excel's runtime, as far as the functions need it outside Excel. */
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: class extends Error {},
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
};

const { opgave, dekking } = voorbeeldTabellen();

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
