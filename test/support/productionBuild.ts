import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import webpack from 'webpack';

/** `npm run build` (webpack.config.js as it is, production) into a new temporary folder; its path. */
export async function productionBuild(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'nplv-dist-'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(join(process.cwd(), 'webpack.config.js'))({}, { mode: 'production' }); // npm and jest run from the root
  config.mode = 'production';
  config.output.path = out;
  const stats = await new Promise<webpack.Stats>((resolve, reject) => webpack(config, (err, s) => (err || !s ? reject(err) : resolve(s))));
  if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
  return out;
}
