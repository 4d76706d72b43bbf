import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('the developer scripts', () => {
  it('npm test runs lint, and lint checks the format with Prettier', () => {
    expect(pkg.scripts.test).toMatch(/npm run lint\b/);
    expect(pkg.scripts.lint).toMatch(/prettier --check \./);
    expect(pkg.scripts['lint:fix']).toMatch(/eslint --fix .*prettier --write \./);
    expect(pkg.scripts.watch).toMatch(/webpack .*--watch/);
  });

  it('pins Office’s developer tools exactly, as optional dependencies, and never fetches whatever is latest', () => {
    for (const tool of ['office-addin-debugging', 'office-addin-dev-certs'])
      expect(pkg.optionalDependencies?.[tool]).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.devDependencies.prettier).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Object.values(pkg.scripts).filter((s) => /npx\s+(--yes|-y)\b/.test(s))).toEqual([]);
    for (const name of ['start', 'stop', 'dev-certs']) expect(pkg.scripts[name]).toMatch(/^node scripts\/officeAddin\.js office-addin-/);
  });

  it('a tool that is not installed (as office-addin-debugging on Linux) gives a message and exit code 1, not "command not found"', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/officeAddin.js'), 'office-addin-nergens', 'start'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('office-addin-nergens is not installed');
    expect(run.stderr).toContain('npm run demo');
  });

  it('an installed tool runs with its arguments and gives its exit code', () => {
    // node_modules/.bin/prettier stands in for an installed tool: `--version` prints the pinned version.
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/officeAddin.js'), 'prettier', '--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(pkg.devDependencies.prettier);
  });
});
