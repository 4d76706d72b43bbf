import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';

/** Runs `nplv ARGS` in-process and collects its output. */
export async function nplv(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

export const tempDir = () => mkdtempSync(join(tmpdir(), 'nplv-cli-'));

/** What the analyst sees on a failure has no stack trace and no English error. */
export function geenStack(err: string): void {
  expect(err).not.toMatch(/^\s*at /m);
  expect(err).not.toMatch(/Error:/);
}

/** LibreOffice's own converter, when it is there (CI installs it: .ci/run). */
export function soffice(): string | undefined {
  return ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
}

/** Has LibreOffice convert `file` of `dir` to `to` (e.g. `xlsx`) into `dir/out`, with a profile of its own in `dir`. */
export function sofficeConvert(dir: string, file: string, to: string, out: string): void {
  const args = ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profiel`, '--convert-to', to, '--outdir', join(dir, out)];
  execFileSync(soffice()!, [...args, join(dir, file)], { stdio: 'ignore', timeout: 120_000 });
}

type Cell = string | number | null | { formula: string } | { error: string };

/** Writes a workbook with ExcelJS itself (not through the adapter under test). */
export async function writeWorkbook(path: string, sheets: Record<string, Cell[][]>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      }),
    );
  }
  await wb.xlsx.writeFile(path);
}

/** A sheet's cells as a plain grid of values (formula results as their formula text). */
export async function readWorkbook(path: string): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: Record<string, unknown[][]> = {};
  wb.eachSheet((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      rows[r - 1] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => (rows[r - 1][c - 1] = cell.value));
    });
    out[ws.name] = rows;
  });
  return out;
}

/** A small good workbook: two onderdelen and one dekking row. */
export const GOED = {
  Opgave: [
    ['Periode', 'Pijler', 'Onderdeel', 'Opgave'],
    ['tot 2030', 'Fysiek', 'Nieuwbouw', 445],
    ['tot 2030', 'Sociaal-maatschappelijk', 'Onderwijs', 415],
  ],
  Dekking: [
    ['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering', 'Rijksfinanciering'],
    ['tot 2030', 'Fysiek', 'Realisatiestimulans', 'Nieuwbouw', 145, 145],
  ],
} satisfies Record<string, Cell[][]>;
