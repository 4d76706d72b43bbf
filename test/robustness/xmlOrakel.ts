import { SaxesParser } from 'saxes';
import type { CellValue } from '../../src/workbook/port';
import { shiftFormula } from '../../src/workbook/adapters/xlsx/shiftFormula';

/**
 * The oracle of the XML reader's tests: a conforming XML parser (saxes, XML 1.0 without
 * namespace processing) builds the element tree, and the cells are taken from it by
 * SpreadsheetML's rules written out again here, independently of the package adapter:
 * `worksheet/sheetData/row/c` with the root's prefix, `r` or the next row/column, `v`, `f`,
 * `is` (its `t` and `r/t`, phonetic runs left out), numbers as xsd:double, `_xHHHH_` decoded.
 */

interface Knoop {
  naam: string;
  attrs: Record<string, string>;
  kinderen: Knoop[];
  tekst: string;
}

/** The root element of a well-formed part; throws what saxes reports (a DOCTYPE counts as refused, as the product refuses it). */
export function boom(xml: string): Knoop {
  const parser = new SaxesParser();
  const stapel: Knoop[] = [];
  let wortel: Knoop | undefined;
  parser.on('doctype', () => {
    throw new Error('DOCTYPE');
  });
  parser.on('opentag', (tag) => {
    const knoop: Knoop = { naam: tag.name, attrs: { ...(tag.attributes as Record<string, string>) }, kinderen: [], tekst: '' };
    if (stapel.length > 0) stapel[stapel.length - 1].kinderen.push(knoop);
    else wortel = knoop;
    stapel.push(knoop);
  });
  parser.on('closetag', () => void stapel.pop());
  const tekst = (t: string) => {
    if (stapel.length > 0) stapel[stapel.length - 1].tekst += t;
  };
  parser.on('text', tekst);
  parser.on('cdata', tekst);
  parser.write(xml).close();
  return wortel!;
}

export interface OrakelCel {
  rij: number;
  kolom: number;
  waarde: CellValue;
  formule: string | null;
  xf: number;
}

const ooxml = (t: string) => t.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
const kinderen = (k: Knoop | undefined, naam: string) => (k ? k.kinderen.filter((c) => c.naam === naam) : []);
const laatste = (k: Knoop, naam: string) => kinderen(k, naam).at(-1);

const DOUBLE = /^[ \t\r\n]*[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?[ \t\r\n]*$/;

function getal(v: string): number {
  const n = DOUBLE.test(v) ? Number(v.trim()) : NaN;
  if (!Number.isFinite(n)) throw new Error(`geen getal: ${v}`);
  return n;
}

/** The text of a string item: its `t` children and the `t` of its `r` runs. */
function tekstVan(item: Knoop, p: string): string {
  return ooxml(
    item.kinderen
      .map((k) =>
        k.naam === p + 't'
          ? k.tekst
          : k.naam === p + 'r'
            ? kinderen(k, p + 't')
                .map((t) => t.tekst)
                .join('')
            : '',
      )
      .join(''),
  );
}

function waarde(type: string, v: string | undefined, inline: string | undefined, strings: readonly string[]): CellValue {
  if (v === undefined && type !== 'inlineStr') return null;
  switch (type) {
    case 's':
      return strings[Number(v!.trim())] ?? null;
    case 'inlineStr':
      return inline ?? (v === undefined ? null : ooxml(v));
    case 'str':
      return ooxml(v!);
    case 'b':
      return ['1', 'true'].includes(v!.trim());
    case 'e':
      return { error: v! };
    case 'd': {
      const iso = /[zZ]|[+-]\d\d:\d\d$/.test(v!) || !v!.includes('T') ? v! : v! + 'Z';
      const ms = Date.parse(iso);
      return Number.isNaN(ms) ? v! : (ms - Date.UTC(1899, 11, 30)) / 86400000;
    }
    default:
      return getal(v!);
  }
}

const kolomNummer = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** The shared strings of an `sst` part, by the oracle. */
export function orakelStrings(xml: string): string[] {
  const root = boom(xml);
  const p = root.naam.slice(0, root.naam.indexOf(':') + 1);
  return kinderen(root, p + 'si').map((si) => tekstVan(si, p));
}

/** The cells of a worksheet part holding a value, a formula or a style, by the oracle. */
export function orakelCellen(xml: string, strings: readonly string[]): OrakelCel[] {
  const root = boom(xml);
  const p = root.naam.slice(0, root.naam.indexOf(':') + 1);
  if (root.naam !== p + 'worksheet') throw new Error('geen worksheet');
  const cellen: OrakelCel[] = [];
  const meesters = new Map<string, { tekst: string; rij: number; kolom: number }>();
  let rijNummer = 0;
  for (const data of kinderen(root, p + 'sheetData')) {
    for (const rij of kinderen(data, p + 'row')) {
      rijNummer = rij.attrs.r === undefined ? rijNummer + 1 : Number(rij.attrs.r);
      let kolom = 0;
      for (const c of kinderen(rij, p + 'c')) {
        const m = c.attrs.r === undefined ? undefined : /^([A-Za-z]+)([0-9]+)$/.exec(c.attrs.r);
        const [r, k] = m ? [Number(m[2]), kolomNummer(m[1])] : [rijNummer, kolom + 1];
        kolom = k;
        const [v, f, is] = [laatste(c, p + 'v'), laatste(c, p + 'f'), laatste(c, p + 'is')];
        const w = waarde(c.attrs.t ?? 'n', v?.tekst, is && tekstVan(is, p), strings);
        let formule: string | null = f && f.tekst !== '' ? f.tekst : null;
        if (f && f.attrs.t === 'shared') {
          const si = f.attrs.si ?? '';
          if (f.tekst !== '') meesters.set(si, { tekst: f.tekst, rij: r, kolom: k });
          else {
            const m2 = meesters.get(si);
            formule = m2 ? shiftFormula(m2.tekst, r - m2.rij, k - m2.kolom) : null;
          }
        }
        const xf = Number(c.attrs.s ?? 0);
        if (w !== null || formule !== null || xf !== 0) cellen.push({ rij: r, kolom: k, waarde: w, formule, xf });
      }
    }
  }
  return cellen;
}
