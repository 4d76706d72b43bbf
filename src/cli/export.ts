import type { TotaalbeeldLayout } from '../workbook';
import { blokken, type Blok, type TekstRij } from './blokken';

/** The byte order mark that makes Excel read a CSV file as UTF-8 (without it, `€` and `ë` come out wrong). */
export const BOM = '\uFEFF';

// A CSV field: quoted when it holds the separator, a quote, a line break or spaces at its ends.
const csvVeld = (t: string) => (/[;"\r\n]|^\s|\s$/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);

// A text cell that Excel would take for a formula (`=`, `+`, `-`, `@` first: a name typed as `=HYPERLINK(…)`) gets a `'` before it, as Excel itself marks text.
const alsTekst = (t: string, cel: unknown) => (typeof cel === 'string' && /^[=+\-@]/.test(t) ? `'${t}` : t);

/**
 * The Totaalbeeld as Dutch CSV, as Excel in Dutch writes and reads it: fields separated by `;`,
 * amounts as the sheet shows them (`3,05`, `1.415,0`: decimal comma, in the chosen unit and
 * decimals), one block per table with an empty line between, UTF-8 with a byte order mark; a
 * text that would read as a formula starts with `'`.
 */
export function totaalbeeldCsv(layout: TotaalbeeldLayout<unknown>): string {
  const regel = ({ teksten, rij }: TekstRij) => teksten.map((t, i) => csvVeld(alsTekst(t, rij.cells[i]))).join(';');
  return (
    BOM +
    blokken(layout)
      .map((b) => b.rijen.map(regel).join('\n'))
      .join('\n\n')
  );
}

// A Markdown table cell: `|` escaped, no line breaks.
const mdCel = (t: string) => t.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

// One block: its leading one-cell rows as lines (bold ones as bold), then a GitHub table from its first row with more cells.
function mdBlok({ rijen, getallen }: Blok, eerste: boolean): string {
  const start = rijen.findIndex((r) => r.teksten.length > 1);
  const kop = (start < 0 ? rijen : rijen.slice(0, start)).map(({ teksten, rij }, i) => {
    const t = mdCel(teksten[0] ?? '');
    if (eerste && i === 0) return `## ${t}`;
    return rij.bold ? `**${t}**` : t;
  });
  if (start < 0) return kop.join('\n\n');
  const tabel = rijen.slice(start);
  const breedte = Math.max(...tabel.map((r) => r.teksten.length));
  const regel = (cellen: string[]) => `| ${Array.from({ length: breedte }, (_, i) => cellen[i] ?? '').join(' | ')} |`;
  const cellen = ({ teksten, rij }: (typeof tabel)[number]) =>
    teksten.map((t) => mdCel(t)).map((t, i) => (rij.bold && t && (teksten.length === 1 || i === 0) ? `**${t}**` : t));
  const lijn = `|${Array.from({ length: breedte }, (_, i) => (getallen.has(i) ? ' ---: ' : ' --- ')).join('|')}|`;
  const lijnen = [regel(tabel[0].teksten.map(mdCel)), lijn, ...tabel.slice(1).map((r) => regel(cellen(r)))];
  return [...kop, lijnen.join('\n')].join('\n\n');
}

/**
 * The Totaalbeeld as Markdown: the title as a heading, each table as a GitHub table (its first
 * row the header; amounts right-aligned, as the sheet shows them), group labels in bold.
 */
export function totaalbeeldMarkdown(layout: TotaalbeeldLayout<unknown>): string {
  return blokken(layout)
    .map((b, i) => mdBlok(b, i === 0))
    .join('\n\n');
}
