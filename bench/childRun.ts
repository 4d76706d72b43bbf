import { spawn } from 'child_process';
import { writeFileSync } from 'fs';
import { join } from 'path';

/** What a child process did: exit code, output, wall time and, for node, its peak memory. */
export interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident set in MB (node children started with `nodeWithPeak` only). */
  peakMb?: number;
}

const PEAK = 'nplv-bench-peak-kb';

/**
 * Runs a command to its end (killed after `timeoutMs`), timing it from spawn to exit. When it is
 * a node process started through `nodeWithPeak`, its peak memory is read from the last line of
 * its stderr.
 */
export function run(command: string, args: string[], timeoutMs: number): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    const [out, err]: Buffer[][] = [[], []];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const stderr = Buffer.concat(err).toString();
      const peak = new RegExp(`${PEAK} (\\d+)`).exec(stderr);
      resolve({ code, stdout: Buffer.concat(out).toString(), stderr: stderr.replace(/\n?nplv-bench-peak-kb \d+\n?/, ''), ms, ...(peak && { peakMb: Number(peak[1]) / 1024 }) });
    });
  });
}

/**
 * The arguments for `node SCRIPT ARGS` that also report the process's peak memory (maxRSS, as
 * the kernel counts it) on stderr at exit, through a preloaded file written into `dir`.
 */
export function nodeWithPeak(dir: string, script: string, args: string[]): [string, string[]] {
  const preload = join(dir, 'peak.js');
  writeFileSync(preload, `process.on('exit', () => require('fs').writeSync(2, '\\n${PEAK} ' + process.resourceUsage().maxRSS + '\\n'));\n`);
  return [process.execPath, ['--require', preload, script, ...args]];
}
