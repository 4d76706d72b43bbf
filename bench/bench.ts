import { bereken } from '../src/engine';
import { plainRows, toInvoer } from './data';
import { floatModel } from './floatModel';
import { benchFirstRender } from './firstRender';
import { benchFunctions } from './functions';
import { benchPaneSize } from './paneSize';
import { benchOffice } from './office';
import { median as time } from './median';

const GOAL_MS = 1000;
const GOAL_RATIO = 5;

console.log('NPLV benchmark — engine (exact decimals) next to the same model in plain float JS');
console.log(`goals: engine ≤ ${GOAL_MS} ms at 200k rows; decimal/float ≤ ${GOAL_RATIO}×\n`);
console.log(['rows', 'engine ms', 'float ms', 'decimal/float', 'engine ms / 1k rows'].map((h) => h.padStart(21)).join(''));
const results: { n: number; engine: number; ratio: number }[] = [];
for (const n of [1_000, 10_000, 100_000, 200_000]) {
  const plain = plainRows(n);
  const invoer = toInvoer(plain);
  const runs = n >= 100_000 ? 3 : 7;
  const engine = time(runs, () => {
    if (!bereken(invoer).ok) throw new Error('benchmark input has errors');
  });
  const float = time(runs, () => floatModel(plain));
  results.push({ n, engine, ratio: engine / float });
  console.log([n.toLocaleString('nl-NL'), engine.toFixed(1), float.toFixed(1), (engine / float).toFixed(1) + '×', ((engine / n) * 1000).toFixed(2)].map((c) => c.padStart(21)).join(''));
}
const at200k = results[results.length - 1];
console.log(`\n200k rows: ${at200k.engine.toFixed(0)} ms (goal ≤ ${GOAL_MS}): ${at200k.engine <= GOAL_MS ? 'ok' : 'NOT MET'}; ` +
  `decimal/float ${at200k.ratio.toFixed(1)}× (goal ≤ ${GOAL_RATIO}×): ${at200k.ratio <= GOAL_RATIO ? 'ok' : 'NOT MET'}`);

benchFunctions();
benchOffice()
  .then(benchPaneSize)
  .then(benchFirstRender)
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
