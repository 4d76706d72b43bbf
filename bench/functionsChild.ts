// A child process of bench/functions.ts, a fresh runtime: `node functionsChild.js rijksdeel|totaalbeeld TABLES.json`.
// Loads the functions' module, makes the first call (10.000 × NPLV.RIJKSDEEL as one batch, or
// one NPLV.TOTAALBEELD on the tables), then the same call 100 times more (warm: the median of the last 50); prints the times (ms) as JSON.
import { readFileSync } from 'fs';
import { medianOf } from './median';

/** Calls after the first; warm is the median of the last half, when the runtime has optimized the code they run. */
const WARM_RUNS = 100;
const NAMES = ['Nieuwbouw', 'Leefomgeving', 'Onderwijs', 'Herstructurering corporatievoorraad'];

/** Excel's runtime, as far as the functions need it outside Excel. */
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: class extends Error {},
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
};

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const [which, tablesFile] = process.argv.slice(2);
const tables = JSON.parse(readFileSync(tablesFile, 'utf8')) as { opgave: unknown[][]; dekking: unknown[][] };

const loading = process.hrtime.bigint();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded here, timed, as the runtime loads the add-in's functions
const functions = require('../src/functions/functions') as typeof import('../src/functions/functions');
const loadMs = ms(loading);

const call =
  which === 'rijksdeel'
    ? () => {
        for (let i = 0; i < 10_000; i++) functions.rijksdeelFn([[100 + (i % 997) / 10]], [[NAMES[i % NAMES.length]]]);
      }
    : () => functions.totaalbeeld(tables.opgave, tables.dekking);

const first = process.hrtime.bigint();
call();
const firstMs = ms(first);
const warm = Array.from({ length: WARM_RUNS }, () => {
  const start = process.hrtime.bigint();
  call();
  return ms(start);
});
process.stdout.write(JSON.stringify({ loadMs, firstMs, warmMs: medianOf(warm.slice(WARM_RUNS / 2)) }));
