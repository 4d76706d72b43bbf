import { readFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import type { GoalResult } from './goals';
import { productionBuild } from '../test/support/productionBuild';

const GOAL_KB = 350;

/**
 * The pane's JS from a production build as `npm run build` makes it (office.js from Microsoft's
 * CDN: nothing of it in the folder, and only the add-in's own bundles are measured): gzip size
 * against its goal; and the build's folder (the demo, which loads no office.js, for firstRender).
 */
export async function benchPaneSize(): Promise<{ dist: string; goals: GoalResult[] }> {
  const out = await productionBuild({ OFFICE_JS: 'cdn' });
  const goals: GoalResult[] = [];
  console.log("\nThe pane's JavaScript (production build)");
  for (const file of ['taskpane.js', 'functions.js']) {
    const raw = readFileSync(join(out, file));
    const kb = gzipSync(raw).length / 1000;
    const goal = file === 'taskpane.js' ? `  (goal ≤ ${GOAL_KB} KB: ${kb <= GOAL_KB ? 'met' : 'NOT MET'})` : '';
    console.log(`  ${file.padEnd(14)} ${(raw.length / 1000).toFixed(0).padStart(5)} KB, gzip ${kb.toFixed(0).padStart(4)} KB${goal}`);
    if (file === 'taskpane.js') goals.push({ goal: `pane JS gzip ≤ ${GOAL_KB} KB`, measured: `${kb.toFixed(0)} KB`, met: kb <= GOAL_KB });
  }
  return { dist: out, goals };
}
