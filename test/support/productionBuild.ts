import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import webpack from 'webpack';

/** Build settings given as `webpack --env NAME=value` would (webpack.config.js reads them before the process's environment). */
export type BuildEnv = {
  /** 'local' copies office.js into office-js/ (the default here: tests run offline); 'cdn' is what `npm run build` gives. */
  OFFICE_JS?: 'local' | 'cdn';
};

/**
 * `npm run build` (webpack.config.js as it is, production) into a new temporary folder; its path.
 * office.js comes from the local copy unless `env` asks for the CDN: the tests that open the
 * built pane must not need the network.
 */
export async function productionBuild(env: BuildEnv = {}): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'nplv-dist-'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(join(process.cwd(), 'webpack.config.js'))({ OFFICE_JS: 'local', ...env }, { mode: 'production' }); // npm and jest run from the root
  config.mode = 'production';
  config.output.path = out;
  const stats = await new Promise<webpack.Stats>((resolve, reject) => webpack(config, (err, s) => (err || !s ? reject(err) : resolve(s))));
  if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
  return out;
}
