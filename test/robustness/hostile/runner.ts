import { spawn } from 'child_process';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { bouwCli, type Cli } from '../../support/bouwCli';
import type { Soort, Uitkomst } from './soort';
import { itGroot } from '../../support/groteGevallen';

const GRENS = { ms: 2_000, mb: 200 };
// A run that passes its bound this far is ended: a regression fails fast, never eats the machine.
const NOODREM = { factor: 5, minMs: 15_000, heapMb: 1_024 };

let cli: Cli | undefined;

/** Runs `nplv ARGS` as a process in `map` and measures it (wall time from spawn to exit, CPU time, peak memory). */
export function draai(soort: Pick<Soort, 'grens' | 'proces'>, args: readonly string[], map: string): Promise<Uitkomst> {
  cli ??= bouwCli();
  const { bin, meet, nodePath } = cli;
  const grens = { ...GRENS, ...soort.grens };
  const heap = Math.max(NOODREM.heapMb, grens.mb * 2);
  const { env, uid, gid, signaal } = soort.proces ?? {};
  return new Promise((klaar, mis) => {
    const start = process.hrtime.bigint();
    const kind = spawn(process.execPath, [`--max-old-space-size=${heap}`, '-r', meet, bin, ...args], {
      cwd: map,
      env: { ...process.env, ...env, NODE_PATH: nodePath },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
      ...(uid === undefined ? {} : { uid, gid }),
    });
    const [stdout, stderr, meting]: string[][] = [[], [], []];
    let gestuurd = false;
    const stuur = () => {
      if (gestuurd || !signaal) return;
      gestuurd = true;
      kind.kill(signaal.signaal);
    };
    kind.stdout!.on('data', (d: Buffer) => stdout.push(d.toString()));
    kind.stderr!.on('data', (d: Buffer) => {
      stderr.push(d.toString());
      if (signaal && signaal.na instanceof RegExp && signaal.na.test(stderr.join(''))) stuur();
    });
    (kind.stdio[3] as NodeJS.ReadableStream).on('data', (d: Buffer) => meting.push(d.toString()));
    if (signaal && typeof signaal.na === 'number') setTimeout(stuur, signaal.na);
    const rem = setTimeout(() => kind.kill('SIGKILL'), Math.max(NOODREM.minMs, grens.ms * NOODREM.factor));
    kind.on('error', mis);
    kind.on('close', (code, sig) => {
      clearTimeout(rem);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const m = meting.length ? (JSON.parse(meting.join('')) as { kb: number; cpuUs: number }) : undefined;
      klaar({ code, signaal: sig, stdout: stdout.join(''), stderr: stderr.join(''), ms, cpuMs: m && m.cpuUs / 1000, mb: m && m.kb / 1024 });
    });
  });
}

/** A fresh folder for one kind. */
export const nieuweMap = () => mkdtempSync(join(tmpdir(), 'nplv-vijandig-'));

/**
 * One test per kind: `nplv` as a process on what the kind makes ends as the kind expects,
 * within its time and memory, with no stack trace (unless it asks for `--debug`), and passes
 * the kind's own checks on its folder.
 */
export function toetsSoorten(titel: string, soorten: readonly Soort[]): void {
  const namen = soorten.map((s) => s.naam);
  describe(titel, () => {
    // Transpiling src/ once takes seconds on a busy machine: not part of any kind's time.
    beforeAll(() => void (cli ??= bouwCli()), 180_000);
    it('every kind has a name of its own', () => expect(new Set(namen).size).toBe(namen.length));
    for (const soort of soorten) {
      const grens = { ...GRENS, ...soort.grens };
      (soort.groot ? itGroot : it)(
        `${soort.naam} (punt ${soort.punt}): exit ${soort.verwacht.exit}, ≤ ${grens.ms} ms, ≤ ${grens.mb} MB`,
        async () => {
          const map = nieuweMap();
          const args = await soort.maak(map);
          const run = await draai(soort, args, map);
          const samenvatting = {
            code: run.code,
            signaal: run.signaal,
            stderr: run.stderr.slice(0, 2000),
            stdout: run.stdout.slice(0, 500),
          };
          const doodDoor = soort.verwacht.signaal !== undefined && run.signaal === soort.verwacht.signaal;
          expect(samenvatting).toMatchObject(doodDoor ? { signaal: soort.verwacht.signaal } : { code: soort.verwacht.exit });
          if (soort.verwacht.stderr) expect(run.stderr).toMatch(soort.verwacht.stderr);
          if (soort.verwacht.stdout) expect(run.stdout).toMatch(soort.verwacht.stdout);
          if (!args.includes('--debug')) {
            expect(run.stderr).not.toMatch(/^\s+at /m);
            expect(run.stderr).not.toMatch(/\b(Error|TypeError|RangeError):/);
          }
          // A process that dies by a signal cannot say its peak; every other run must.
          if (!doodDoor) expect([run.mb, run.cpuMs]).toEqual([expect.any(Number), expect.any(Number)]);
          if (run.cpuMs !== undefined) expect(run.cpuMs).toBeLessThanOrEqual(grens.ms);
          if (run.mb !== undefined) expect(run.mb).toBeLessThanOrEqual(grens.mb);
          await soort.na?.(map, run);
        },
        Math.max(NOODREM.minMs, grens.ms * NOODREM.factor) + 30_000,
      );
    }
  });
}
