import { createHash } from 'crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join, relative, resolve } from 'path';
import ts from 'typescript';

/**
 * The command line as plain JavaScript, for running `nplv` as a process many times without a
 * compiler in each process: every .ts of src/ transpiled once (and again only when a source
 * changed) into a folder of the system's temporary folder, keyed by the sources' hash.
 */

const REPO = resolve(__dirname, '../..');
const SRC = join(REPO, 'src');

function bestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((e) => {
    const pad = join(map, e.name);
    if (e.isDirectory()) return bestanden(pad);
    return /\.(ts|json)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [pad] : [];
  });
}

/**
 * Reports the peak memory and the CPU time (user and system, all threads) of the process on
 * file descriptor 3 when it ends (an abort reports nothing). The peak is VmHWM of
 * /proc/self/status, the high-water mark of this program's own memory: getrusage's maxRSS
 * keeps, across exec, the resident size of the copy of the parent the process was forked as
 * (a jest worker of 240 MB makes every child "use" 240 MB).
 */
const MEET = `process.on('exit', () => {
  try {
    const fs = require('fs');
    const r = process.resourceUsage();
    const hwm = /VmHWM:\\s*(\\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    fs.writeSync(3, JSON.stringify({ kb: hwm ? Number(hwm[1]) : r.maxRSS, cpuUs: r.userCPUTime + r.systemCPUTime }));
  } catch (e) {}
});
`;

export interface Cli {
  /** The entry point (src/cli/bin.js). */
  bin: string;
  /** The script to preload with `-r`, which reports the peak memory. */
  meet: string;
  /** NODE_PATH for the process: the project's node_modules. */
  nodePath: string;
}

export function bouwCli(): Cli {
  const bronnen = bestanden(SRC).sort();
  const hash = createHash('sha256').update(MEET);
  for (const b of bronnen) hash.update(b).update(readFileSync(b));
  const doel = join(tmpdir(), `nplv-cli-${hash.digest('hex').slice(0, 16)}`);
  const cli: Cli = { bin: join(doel, 'src/cli/bin.js'), meet: join(doel, 'meet.js'), nodePath: join(REPO, 'node_modules') };
  if (existsSync(cli.meet)) return cli;
  // Built beside, then renamed into place: another test process may build at the same time.
  const bouw = `${doel}.${process.pid}.bouw`;
  for (const b of bronnen) {
    const uit = join(bouw, relative(REPO, b)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(uit), { recursive: true });
    if (b.endsWith('.json')) copyFileSync(b, uit);
    else {
      const { outputText } = ts.transpileModule(readFileSync(b, 'utf8'), {
        fileName: b,
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, resolveJsonModule: true },
      });
      writeFileSync(uit, outputText);
    }
  }
  writeFileSync(join(bouw, 'meet.js'), MEET);
  try {
    renameSync(bouw, doel);
  } catch {
    // Built by another process meanwhile: use that one.
  }
  return cli;
}
