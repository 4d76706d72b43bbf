import { spawnSync, type SpawnSyncOptions } from 'child_process';
import { chmodSync, mkdirSync, readdirSync, statSync } from 'fs';
import { dirname, join, resolve } from 'path';
import { bouwCli } from '../../support/bouwCli';
import { nplv, tempDir } from './run';

/**
 * The `nplv` binary as a process (src/cli/bin.ts, transpiled once: test/support/bouwCli.ts): what the analyst sees
 * on stderr and the exit code when a file cannot be used (issue 12, item 6).
 */

const REPO = resolve(__dirname, '../../..');

function nplvProces(argv: string[], opties: SpawnSyncOptions = {}): { status: number | null; stderr: string; stdout: string } {
  const cli = bouwCli();
  const env = { ...process.env, NODE_PATH: cli.nodePath, ...opties.env };
  const r = spawnSync(process.execPath, [cli.bin, ...argv], { cwd: REPO, encoding: 'utf8', timeout: 110_000, ...opties, env });
  return { status: r.status, stderr: String(r.stderr), stdout: String(r.stdout) };
}

/** A folder others may enter, with the example workbook in it. */
async function map(): Promise<{ dir: string; file: string }> {
  const dir = tempDir();
  chmodSync(dir, 0o755);
  const file = join(dir, 'raming.xlsx');
  expect((await nplv('voorbeeld', file)).code).toBe(0);
  return { dir, file };
}

describe('nplv as a process: one Dutch line, exit 2', () => {
  it('herbereken -o into a folder that does not exist (was: an English stack trace)', async () => {
    const { dir, file } = await map();
    const { status, stdout, stderr } = nplvProces(['herbereken', file, '-o', join(dir, 'bestaat-niet', 'uit.xlsx')]);
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toBe(`nplv: de map '${join(dir, 'bestaat-niet')}' bestaat niet; maak hem eerst aan of kies een andere map\n`);
    expect(readdirSync(dir)).toEqual(['raming.xlsx']);
  }, 120_000);

  // Root may write anywhere: the write is then tried as the user nobody, who needs to read this checkout.
  const alsRoot = process.getuid?.() === 0;
  const leesbaar = (p: string): boolean => p === dirname(p) || ((statSync(p).mode & 0o005) === 0o005 && leesbaar(dirname(p)));
  const kan = !alsRoot || leesbaar(REPO);
  if (!kan) console.warn('De test "a folder without write permission" is overgeslagen: de gebruiker nobody kan deze checkout niet lezen.');

  (kan ? it : it.skip)(
    'herbereken into a folder without write permission, with --debug: the line, then the stack',
    async () => {
      const { dir, file } = await map();
      const alleenLezen = join(dir, 'alleen-lezen');
      mkdirSync(alleenLezen, { mode: 0o555 });
      chmodSync(alleenLezen, 0o555);
      const uit = join(alleenLezen, 'uit.xlsx');
      const { status, stderr } = nplvProces(['herbereken', file, '-o', uit, '--debug'], alsRoot ? { uid: 65534, gid: 65534 } : {});
      const [regel, ...details] = stderr.trimEnd().split('\n');
      expect(status).toBe(2);
      expect(regel).toBe(`nplv: kan '${uit}' niet schrijven: geen toestemming (rechten van het bestand of de map)`);
      expect(details[0]).toBe(`CliFout: kan '${uit}' niet schrijven: geen toestemming (rechten van het bestand of de map)`);
      expect(details.slice(1).every((d) => /^ {4}at /.test(d))).toBe(true);
      expect(details.length).toBeGreaterThan(1);
      expect(readdirSync(alleenLezen)).toEqual([]);
    },
    120_000,
  );

  (kan ? it : it.skip)(
    'totaalbeeld of an input without read permission',
    async () => {
      const { file } = await map();
      chmodSync(file, 0o200);
      const { status, stdout, stderr } = nplvProces(['totaalbeeld', file], alsRoot ? { uid: 65534, gid: 65534 } : {});
      expect([status, stdout, stderr]).toEqual([
        2,
        '',
        `nplv: kan '${file}' niet lezen: geen toestemming (rechten van het bestand of de map)\n`,
      ]);
    },
    120_000,
  );
});
