import { existsSync, mkdtempSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { canMeasurePeak, run, type ChildRun } from './childRun';
import { writeInput } from './cliInput';
import type { GoalResult } from './goals';
import { convert, soffice } from './libreOffice';
import { medianOf } from './median';
import { mb, seconds } from './units';

const ROWS = 100_000;
const BIG_ROWS = 200_000;
const RUNS = 3;
const GOAL_PEAK = 500e6;
const GOAL_BIG_PEAK = 1e9;
const TIMEOUT_MS = 10 * 60_000;
const CLI = join(__dirname, '../src/cli/bin.js'); // build/bench → build/src/cli

const nl = (n: number) => n.toLocaleString('nl-NL');
const shape = (n: number) => `${n / 1000}k opgave + ${n / 2000}k dekking rows`;

/** The CLI's phases from its progress lines on stderr (`[9.3 s] berekenen…`), and the start-up before them. */
function phases({ stderr, ms }: ChildRun): string {
  const at = (step: RegExp) => Number(new RegExp(`\\[([\\d.]+) s\\] ${step.source}`).exec(stderr)?.[1]) * 1000;
  const [compute, write, done] = [at(/berekenen/), at(/\S+ schrijven/), at(/klaar/)];
  if ([compute, write, done].some(Number.isNaN)) return 'phases not reported';
  return `start-up and exit ${seconds(ms - done)}, open ${seconds(compute)}, read sheets, compute and plan ${seconds(write - compute)}, write ${seconds(done - write)}`;
}

/** `nplv herbereken IN -o OUT` as a user runs it, a child process; throws unless it wrote OUT. */
async function nplv(input: string, output: string): Promise<ChildRun> {
  rmSync(output, { force: true });
  const done = await run(process.execPath, [CLI, 'herbereken', input, '-o', output], TIMEOUT_MS);
  if (done.code !== 0 || !existsSync(output)) throw new Error(`nplv herbereken failed (${done.code}): ${done.stderr}`);
  return done;
}

const peakText = (bytes: number | undefined) =>
  bytes === undefined ? 'peak not measured' : `peak ${mb(bytes)} (${(bytes / 2 ** 20).toFixed(0)} MiB)`;
const peakOf = (runs: ChildRun[]) => (runs.some((r) => r.peakBytes === undefined) ? undefined : Math.max(...runs.map((r) => r.peakBytes!)));
const timesText = (runs: ChildRun[]) => `median ${seconds(medianOf(runs.map((r) => r.ms)))} (${runs.map((r) => seconds(r.ms)).join(', ')})`;

function peakGoal(goal: string, peak: number | undefined, limit: number, reason: string): GoalResult {
  if (peak === undefined)
    return { goal, measured: '—', met: false, reason: 'peak memory not measured: GNU time (/usr/bin/time) not installed' };
  return { goal, measured: mb(peak), met: peak <= limit, ...(peak > limit && { reason }) };
}

/**
 * `nplv herbereken` as a user runs it — child processes on an .xlsx of 100k opgave and 50k
 * dekking rows — next to LibreOffice converting the same file to xlsx (the same work of
 * reading and writing a workbook) and to csv: RUNS rounds, alternating nplv, LibreOffice to
 * xlsx, to csv, after one LibreOffice start that makes its profile; medians, and nplv's highest
 * peak. Then nplv once on 200k opgave and 100k dekking rows, for its peak. Goals: faster than
 * LibreOffice to xlsx; peak ≤ 500 MB at 100k, ≤ 1 GB at 200k (MB = 10^6 bytes).
 */
export async function benchCliFile(): Promise<GoalResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'nplv-bench-cli-'));
  try {
    const [input, output] = [join(dir, 'in.xlsx'), join(dir, 'out.xlsx')];
    await writeInput(input, ROWS);
    console.log(
      `\nnplv herbereken on an .xlsx of ${nl(ROWS)} opgave and ${nl(ROWS / 2)} dekking rows (${mb(statSync(input).size, 1)}), as child processes, ${RUNS} rounds alternating`,
    );
    const lo = soffice();
    const first = lo && (await convert(lo, dir, input, 'xlsx', TIMEOUT_MS));
    const [cli, xlsx, csv]: ChildRun[][] = [[], [], []];
    for (let i = 0; i < RUNS; i++) {
      cli.push(await nplv(input, output));
      if (lo) xlsx.push(await convert(lo, dir, input, 'xlsx', TIMEOUT_MS));
      if (lo) csv.push(await convert(lo, dir, input, 'csv', TIMEOUT_MS));
    }
    const [ms, loMs] = [medianOf(cli.map((r) => r.ms)), lo ? medianOf(xlsx.map((r) => r.ms)) : undefined];
    const typical = cli.find((r) => r.ms === ms)!;
    const peak = peakOf(cli);
    console.log(`  nplv herbereken                ${timesText(cli)}  highest ${peakText(peak)}`);
    console.log(`    (the median run: ${phases(typical)}; output ${mb(statSync(output).size, 1)})`);
    if (lo && first) {
      console.log(
        `  LibreOffice --convert-to xlsx  ${timesText(xlsx)}  highest ${peakText(peakOf(xlsx))}  (its first start, making its profile: ${seconds(first.ms)})`,
      );
      console.log(`  LibreOffice --convert-to csv   ${timesText(csv)}  highest ${peakText(peakOf(csv))}`);
    } else console.log('  LibreOffice: not installed (apt-get install libreoffice-calc), not measured');
    if (!canMeasurePeak()) console.log('  peak memory: GNU time not installed (apt-get install time), not measured');

    const big = join(dir, 'big.xlsx');
    await writeInput(big, BIG_ROWS);
    const bigRun = await nplv(big, output);
    console.log(
      `  nplv herbereken, ${nl(BIG_ROWS)} opgave and ${nl(BIG_ROWS / 2)} dekking rows (${mb(statSync(big).size, 1)}): ${seconds(bigRun.ms)}, ${peakText(bigRun.peakBytes)}; ${phases(bigRun)}`,
    );

    const measured = `peak ${peak === undefined ? '—' : mb(peak)}; ${phases(typical)}`;
    return [
      {
        goal: `nplv herbereken, ${shape(ROWS)}: faster than LibreOffice to xlsx`,
        measured: loMs === undefined ? seconds(ms) : `${seconds(ms)} / ${seconds(loMs)}`,
        met: loMs !== undefined && ms < loMs,
        ...(loMs === undefined ? { reason: 'LibreOffice not installed: not measured' } : ms >= loMs && { reason: measured }),
      },
      peakGoal(`nplv herbereken, ${shape(ROWS)}: peak memory ≤ ${mb(GOAL_PEAK)}`, peak, GOAL_PEAK, measured),
      peakGoal(`nplv herbereken, ${shape(BIG_ROWS)}: peak memory ≤ ${mb(GOAL_BIG_PEAK)}`, bigRun.peakBytes, GOAL_BIG_PEAK, phases(bigRun)),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
