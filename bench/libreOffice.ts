import { existsSync, mkdirSync, rmSync } from 'fs';
import { basename, join } from 'path';
import { run, type ChildRun } from './childRun';

/** LibreOffice's command, if installed (apt-get install libreoffice-calc). */
export function soffice(): string | undefined {
  return ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
}

/**
 * LibreOffice converting `input` to `format` (xlsx or csv) headless, with its profile in `dir`
 * (the first run makes it), into `dir/format/`. Throws when it wrote nothing.
 */
export async function convert(path: string, dir: string, input: string, format: 'xlsx' | 'csv', timeoutMs: number): Promise<ChildRun> {
  const outdir = join(dir, format);
  mkdirSync(outdir, { recursive: true });
  const args = ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', format, '--outdir', outdir, input];
  const output = join(outdir, basename(input).replace(/\.xlsx$/, `.${format}`));
  rmSync(output, { force: true });
  const done = await run(path, args, timeoutMs);
  if (done.code !== 0 || !existsSync(output)) throw new Error(`LibreOffice --convert-to ${format} failed (${done.code}): ${done.stderr}`);
  return done;
}
