import ExcelJS from 'exceljs';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { nodeWithPeak, run, type ChildRun } from './childRun';
import type { GoalResult } from './goals';
import { benchSheets } from '../test/support/sheets';

const ROWS = 100_000;
const GOAL_MB = 1024;
const TIMEOUT_MS = 10 * 60_000;
const CLI = join(__dirname, '../src/cli/bin.js'); // build/bench → build/src/cli

/** Writes the sheets of `benchSheets(n)` with ExcelJS's streaming writer (shared strings, as Excel writes them), not through the adapter measured. */
async function writeInput(path: string, n: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  for (const [name, { values }] of Object.entries(benchSheets(n))) {
    const ws = wb.addWorksheet(name);
    for (const row of values) ws.addRow(row as ExcelJS.CellValue[]).commit();
  }
  await wb.commit();
}

/** The CLI's phases from its progress lines on stderr (`[9.3 s] berekenen…`), in seconds. */
function phases(stderr: string): { read: number; compute: number; write: number } | undefined {
  const at = (step: RegExp) => Number(new RegExp(`\\[([\\d.]+) s\\] ${step.source}`).exec(stderr)?.[1]);
  const [compute, write, done] = [at(/berekenen/), at(/\S+ schrijven/), at(/klaar/)];
  return [compute, write, done].some(Number.isNaN) ? undefined : { read: compute, compute: write - compute, write: done - write };
}

function soffice(): string | undefined {
  return ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
}

/** LibreOffice converting the file to CSV: a first run makes its profile, the second is timed. */
async function libreOffice(dir: string, input: string): Promise<{ first: ChildRun; warm: ChildRun } | undefined> {
  const path = soffice();
  if (!path) return undefined;
  const args = ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', 'csv', '--outdir', join(dir, 'csv'), input];
  const first = await run(path, args, TIMEOUT_MS);
  const warm = await run(path, args, TIMEOUT_MS);
  if (warm.code !== 0 || !existsSync(join(dir, 'csv', 'in.csv'))) throw new Error(`LibreOffice failed: ${warm.stderr}`);
  return { first, warm };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (x: number) => `${x.toFixed(0)} MB`;

/**
 * `nplv herbereken` as a user runs it — a child process on a 100k-row .xlsx (100.000 opgave
 * and 50.000 dekking rows) — timed with its peak memory and its phases, next to LibreOffice
 * converting the input to CSV. Goals: not slower than LibreOffice; peak memory ≤ 1 GB.
 */
export async function benchCliFile(n = ROWS): Promise<GoalResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'nplv-bench-cli-'));
  try {
    const [input, output] = [join(dir, 'in.xlsx'), join(dir, 'out.xlsx')];
    await writeInput(input, n);
    mkdirSync(join(dir, 'csv'));
    const rows = n.toLocaleString('nl-NL');
    console.log(`\nnplv herbereken on an .xlsx of ${rows} opgave and ${(n / 2).toLocaleString('nl-NL')} dekking rows (${(statSync(input).size / 1e6).toFixed(1)} MB), as child processes`);
    const cli = await run(...nodeWithPeak(dir, CLI, ['herbereken', input, '-o', output]), TIMEOUT_MS);
    if (cli.code !== 0 || !existsSync(output)) throw new Error(`nplv herbereken failed (${cli.code}): ${cli.stderr}`);
    const phase = phases(cli.stderr);
    const phaseText = phase ? `open ${phase.read.toFixed(1)} s, read sheets, compute and fill ${phase.compute.toFixed(1)} s, write ${phase.write.toFixed(1)} s` : 'phases not reported';
    const lo = await libreOffice(dir, input);
    console.log(`  nplv herbereken                ${s(cli.ms).padStart(8)}  peak ${mb(cli.peakMb!)}  (${phaseText}; output ${(statSync(output).size / 1e6).toFixed(1)} MB)`);
    console.log(lo ? `  LibreOffice --convert-to csv   ${s(lo.warm.ms).padStart(8)}  (${s(lo.first.ms)} on its first start, making its profile)` : '  LibreOffice: not installed (apt-get install libreoffice-calc), not measured');
    // Found by profiling (docs/performance.md): what the run keeps alive at once is what the collector copies.
    const floor = `the grids read, the engine's decimals and the write plan live at once (peak ${mb(cli.peakMb!)}), so garbage collection takes about a third of the run; LibreOffice converts in native code without computing anything`;
    return [
      {
        goal: `nplv herbereken, ${n / 1000}k rows ≤ LibreOffice to CSV`,
        measured: lo ? `${s(cli.ms)} / ${s(lo.warm.ms)}` : s(cli.ms),
        met: lo !== undefined && cli.ms <= lo.warm.ms,
        ...(!lo ? { reason: 'LibreOffice not installed: not measured' } : cli.ms > lo.warm.ms && { reason: `${phaseText}; ${floor}` }),
      },
      {
        goal: `nplv herbereken, ${n / 1000}k rows: peak memory ≤ 1 GB`,
        measured: mb(cli.peakMb!),
        met: cli.peakMb! <= GOAL_MB,
        ...(cli.peakMb! > GOAL_MB && { reason: floor }),
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
