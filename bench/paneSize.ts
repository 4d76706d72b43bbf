import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { gzipSync } from 'zlib';
import webpack from 'webpack';

const GOAL_KB = 350;

/** The production build (webpack.config.js as it is) into a temporary folder; the pane's JS gzip size against its goal. */
export async function benchPaneSize(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'nplv-bench-dist-'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(join(process.cwd(), 'webpack.config.js'))({}, { mode: 'production' });
  config.mode = 'production';
  config.output.path = out;
  const stats = await new Promise<webpack.Stats>((resolve, reject) => webpack(config, (err, s) => (err || !s ? reject(err) : resolve(s))));
  if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
  console.log('\nThe pane\'s JavaScript (production build)');
  for (const file of ['taskpane.js', 'functions.js']) {
    const raw = readFileSync(join(out, file));
    const kb = gzipSync(raw).length / 1000;
    const goal = file === 'taskpane.js' ? `  (goal ≤ ${GOAL_KB} KB: ${kb <= GOAL_KB ? 'met' : 'NOT MET'})` : '';
    console.log(`  ${file.padEnd(14)} ${(raw.length / 1000).toFixed(0).padStart(5)} KB, gzip ${kb.toFixed(0).padStart(4)} KB${goal}`);
  }
}
