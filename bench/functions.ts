import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { voorbeeldTabellen } from '../src/voorbeeld/werkmap';
import { run } from './childRun';
import type { GoalResult } from './goals';
import { medianOf } from './median';

const SAMPLES = 7;
const CHILD = join(__dirname, 'functionsChild.js');
const FUNCTIONS = [
  { name: 'rijksdeel', short: '10.000 × NPLV.RIJKSDEEL', label: '10.000 × NPLV.RIJKSDEEL(bedrag; onderdeel), one batch', goalMs: 50 },
  { name: 'totaalbeeld', short: 'NPLV.TOTAALBEELD', label: 'NPLV.TOTAALBEELD on the example (20 opgave, 14 dekking rows)', goalMs: 5 },
] as const;

interface Sample {
  loadMs: number;
  firstMs: number;
  warmMs: number;
}

/**
 * The custom functions as Excel calls them (single cells), each in fresh runtimes: a child
 * process per sample (bench/functionsChild.ts) loads the functions' module, makes the first
 * call and then the same call 100 times more: warm is the median of the last 50. SAMPLES
 * processes per function, the two functions alternating; medians over the samples. Goals: first call and warm, each within
 * 50 ms (the RIJKSDEEL batch) and 5 ms (TOTAALBEELD). Loading the module is printed beside
 * them, so that work moved from the first call into loading shows.
 */
export async function benchFunctions(): Promise<GoalResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'nplv-bench-functions-'));
  try {
    const tables = join(dir, 'tables.json');
    writeFileSync(tables, JSON.stringify(voorbeeldTabellen()));
    const samples = new Map<string, Sample[]>(FUNCTIONS.map((f) => [f.name, []]));
    for (let i = 0; i < SAMPLES; i++) {
      for (const f of FUNCTIONS) {
        const child = await run(process.execPath, [CHILD, f.name, tables], 60_000);
        if (child.code !== 0) throw new Error(`${f.name} in a fresh process failed (${child.code}): ${child.stderr}`);
        samples.get(f.name)!.push(JSON.parse(child.stdout) as Sample);
      }
    }
    console.log(`\nCustom functions (one call as Excel makes it, single cells), each in ${SAMPLES} fresh processes; medians`);
    const goals: GoalResult[] = [];
    for (const f of FUNCTIONS) {
      const of = (pick: (s: Sample) => number) => medianOf(samples.get(f.name)!.map(pick));
      const [load, first, warm] = [of((s) => s.loadMs), of((s) => s.firstMs), of((s) => s.warmMs)];
      console.log(
        `  ${f.label}: first call ${first.toFixed(1)} ms, warm ${warm.toFixed(2)} ms (loading the module before it: ${load.toFixed(0)} ms)`,
      );
      for (const [when, value] of [
        ['first call in a fresh runtime', first],
        ['warm', warm],
      ] as const) {
        goals.push({ goal: `${f.short}, ${when} ≤ ${f.goalMs} ms`, measured: `${value.toFixed(1)} ms`, met: value <= f.goalMs });
      }
    }
    return goals;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
