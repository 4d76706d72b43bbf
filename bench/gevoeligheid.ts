import { bereken, gevoeligheid } from '../src/engine';
import { plainRows, toInvoer } from '../test/support/data';
import { median } from './median';

const SIZES = [1_000, 10_000, 100_000];

/**
 * Issue 19: what the gevoeligheid costs next to one recalculation. Each key in use is moved
 * down and up by 5 and 10 points, each variant the model run again on the key's own rows, so the
 * cost grows with keys × steps × rows per key. No goal of its own; printed so a slowdown shows.
 */
export function benchGevoeligheid(): void {
  console.log('\nGevoeligheid (issue 19): every key in use at −10, −5, +5, +10 pp, each variant the model run again on its key’s rows');
  for (const n of SIZES) {
    const invoer = toInvoer(plainRows(n));
    const runs = n >= 100_000 ? 1 : 3;
    const eenmaal = median(runs, () => bereken(invoer));
    let sleutels = 0;
    const ms = median(runs, () => {
      const u = gevoeligheid(invoer);
      if (!u.ok) throw new Error('benchmark input has errors');
      sleutels = u.gevoeligheid.sleutels.length;
    });
    console.log(
      `  ${n.toLocaleString('nl-NL')} opgave rows: ${sleutels} keys, ${ms.toFixed(0)} ms (${(ms / eenmaal).toFixed(0)}× one recalculation of ${eenmaal.toFixed(0)} ms)`,
    );
  }
}
