import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { join, resolve } from 'path';
import { tempDir } from './run';

/**
 * The command line needs only the package's `dependencies` (issue 14: ExcelJS is a dev
 * dependency of the tests, so `npm install --omit=dev` leaves it and its deprecated
 * dependencies out). Every command runs in one process in which ExcelJS cannot be found, as
 * after such an install (dependencyGuard.cjs); the packages its files required are listed.
 */

const REPO = resolve(__dirname, '../../..');
const { dependencies } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

// bin.ts's own modules, then each command in turn; at the end the ExcelJS adapter, which must fail to load here.
const SCRIPT = `
const cli = (f) => require(${JSON.stringify(join(REPO, 'src/cli'))} + '/' + f);
cli('vangnet.ts'); cli('fouten.ts');
const { main } = cli('main.ts');
(async () => {
  const codes = [];
  for (const argv of JSON.parse(process.env.NPLV_RUNS)) codes.push(await main(argv, { out: () => {}, err: (t) => process.stderr.write(t + '\\n') }));
  process.emit('nplv:report');
  let adapter = 'geladen';
  try { require(${JSON.stringify(join(REPO, 'src/workbook/adapters/exceljs/xlsxWorkbook.ts'))}); } catch (e) { adapter = e.code; }
  process.stdout.write(JSON.stringify({ codes, adapter }));
})();
`;

it('every command runs without ExcelJS, and src/ requires only the dependencies of package.json', () => {
  const dir = tempDir();
  const [voorbeeld, uit, requires] = ['voorbeeld.xlsx', 'uit.xlsx', 'requires.json'].map((f) => join(dir, f));
  const runs = [
    ['voorbeeld', voorbeeld],
    ['herbereken', voorbeeld, '-o', uit],
    ['totaalbeeld', voorbeeld, '--json'],
    ['uitleg', uit, 'Opgave!I4'],
    [],
    ['--help'],
    ['herbereken', join(dir, 'bestaat-niet.xlsx')],
  ];
  const r = spawnSync(
    process.execPath,
    ['-r', join(__dirname, 'tsRegister.cjs'), '-r', join(__dirname, 'dependencyGuard.cjs'), '-e', SCRIPT],
    {
      cwd: REPO,
      encoding: 'utf8',
      timeout: 110_000,
      env: { ...process.env, NPLV_RUNS: JSON.stringify(runs), NPLV_REQUIRES: requires },
    },
  );
  expect(r.stderr).toMatch(/^nplv: .*bestaat-niet\.xlsx/); // the last run only: a file that is not there
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  // The guard works: the ExcelJS adapter cannot load here.
  expect(JSON.parse(r.stdout)).toEqual({ codes: [0, 0, 0, 0, 0, 0, 2], adapter: 'MODULE_NOT_FOUND' });
  const { fromSrc, loaded } = JSON.parse(readFileSync(requires, 'utf8')) as { fromSrc: string[]; loaded: string[] };
  expect(fromSrc).toEqual(Object.keys(dependencies));
  // typescript: the hook that runs src/ from its source (tsRegister.cjs), not the command line.
  expect(loaded.filter((p) => p !== 'typescript')).toEqual(fromSrc);
}, 120_000);
