import { spawn } from 'child_process';
import { existsSync } from 'fs';

/** What a child process did: exit code, output, wall time and its peak memory. */
export interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident set in bytes (maxRSS of the process, or of its largest descendant), when `/usr/bin/time` is there to say it. */
  peakBytes?: number;
}

const TIME = '/usr/bin/time';
const PEAK = 'nplv-bench-peak-kb';

/** Whether peak memory can be measured here (GNU time, `apt-get install time`). */
export const canMeasurePeak = () => existsSync(TIME);

/**
 * Runs a command to its end (killed after `timeoutMs`), timing it from spawn to exit. Under
 * GNU time when it is installed, which reports the peak resident set (%M, in KiB = 1024 bytes)
 * as the kernel counts it for the process and the children it waited for.
 */
export function run(command: string, args: string[], timeoutMs: number): Promise<ChildRun> {
  const [file, argv] = canMeasurePeak() ? [TIME, ['-f', `${PEAK} %M`, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    const [out, err]: Buffer[][] = [[], []];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const stderr = Buffer.concat(err).toString();
      const peak = new RegExp(`${PEAK} (\\d+)\\n?$`).exec(stderr);
      const rest = peak ? stderr.slice(0, peak.index).replace(/Command exited with non-zero status \d+\n$/, '') : stderr;
      resolve({ code, stdout: Buffer.concat(out).toString(), stderr: rest, ms, ...(peak && { peakBytes: Number(peak[1]) * 1024 }) });
    });
  });
}
