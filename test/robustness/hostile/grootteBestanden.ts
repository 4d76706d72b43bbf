import { a1 } from '../../../src/sheet/address';
import { celXml, xlsxMetBladXml } from '../andereMakers';

/**
 * Workbooks for the size kinds of issue 13, written as XML text (inline strings) and zipped as
 * the hand-written packages of test/robustness/andereMakers.ts: a million rows in seconds,
 * where a spreadsheet library would take minutes.
 */

export type Waarde = string | number;

/** One cell: a number, or text as an inline string. */
export const cel = (rij: number, kolom: number, v: Waarde): string =>
  celXml(typeof v === 'number' ? { n: v } : { inline: v }, a1(rij, kolom));

/** A row of cells from column `links` (1 = A). */
export const rij = (n: number, waarden: readonly (Waarde | null)[], links = 1): string =>
  `<row r="${n}">${waarden.map((v, i) => (v === null ? '' : cel(n, links + i, v))).join('')}</row>`;

/** A worksheet part of these rows (`rij` strings, in order). */
export const blad = (rijen: Iterable<string>): string => {
  const delen = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  for (const r of rijen) delen.push(r);
  delen.push('</sheetData></worksheet>');
  return delen.join('');
};

/** An .xlsx of these worksheet parts (name → XML), in this order. */
export const xlsx = (bladen: Record<string, string>): Promise<Buffer> =>
  xlsxMetBladXml(Object.entries(bladen).map(([naam, xml]) => ({ naam, xml })));

export const OPGAVE_KOP = ['Periode', 'Pijler', 'Onderdeel', 'Gebied', 'Opgave'];
export const DEKKING_KOP = ['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering', 'Rijksfinanciering'];

/** The small workbook of the robustness corpus (test/robustness/werkmap.ts): Opgave 400 + 200, Dekking 100 + 60 and 20 + 40. */
export function kleineRijen(): { opgave: (Waarde | null)[][]; dekking: (Waarde | null)[][] } {
  return {
    opgave: [OPGAVE_KOP, ['tot 2030', 'Fysiek', 'Nieuwbouw', null, 400], ['tot 2030', 'Sociaal-maatschappelijk', 'Onderwijs', null, 200]],
    dekking: [
      DEKKING_KOP,
      ['tot 2030', 'Fysiek', 'Realisatiestimulans', 'Nieuwbouw', 100, 60],
      ['tot 2030', 'Sociaal-maatschappelijk', 'Onderwijsachterstandenbeleid', 'Onderwijs', 20, 40],
    ],
  };
}

const PERIODEN = ['tot 2030', '2030 t/m 2035'];
const FYSIEK = ['Nieuwbouw', 'Herstructurering corporatievoorraad', 'Leefomgeving', 'Bereikbaarheid en mobiliteit'];
const SOCIAAL = ['Veiligheid & Criminaliteit', 'Onderwijs', 'Gezondheid & Zorg', 'Governance en Overig'];

/** The computed columns of an earlier run (WORKBOOK.md "What it writes"): Opgave's seven, Dekking's one. */
const OPGAVE_UITVOER = [
  'Rijksdeel',
  'Dekking',
  'Rijksdekking',
  'Restopgave',
  'Rest. Rijksopgave',
  'Jaarlijkse restopgave',
  'Overschot dekking',
];

/**
 * A workbook of `n` Opgave rows and n/2 Dekking rows (2 perioden, 8 onderdelen, 20 gebieden),
 * amounts by a fixed rule; `herberekend`: with the computed columns of an earlier run filled
 * (a number in each), as a workbook `nplv herbereken` wrote looks.
 */
export function groteWerkmap(n: number, herberekend = false): Promise<Buffer> {
  const uit = (aantal: number, i: number) => (herberekend ? Array.from({ length: aantal }, (_, k) => (i % 991) + k) : []);
  function* opgave() {
    yield rij(1, [...OPGAVE_KOP, ...(herberekend ? OPGAVE_UITVOER : [])]);
    for (let i = 0; i < n; i++) {
      const fysiek = i % 2 === 0;
      yield rij(i + 2, [
        PERIODEN[(i >> 1) % 2],
        fysiek ? 'Fysiek' : 'Sociaal-maatschappelijk',
        (fysiek ? FYSIEK : SOCIAAL)[(i >> 2) % 4],
        `Gebied ${(i >> 4) % 20}`,
        100 + (i % 997),
        ...uit(7, i),
      ]);
    }
  }
  function* dekking() {
    yield rij(1, [...DEKKING_KOP, ...(herberekend ? ['Totale dekking'] : [])]);
    for (let i = 0; i < n / 2; i++) {
      const fysiek = i % 2 === 0;
      yield rij(i + 2, [
        PERIODEN[(i >> 1) % 2],
        fysiek ? 'Fysiek' : 'Sociaal-maatschappelijk',
        'Regeling',
        (fysiek ? FYSIEK : SOCIAAL)[(i >> 2) % 4],
        10 + (i % 89),
        5 + (i % 43),
        ...uit(1, i),
      ]);
    }
  }
  return xlsx({ Opgave: blad(opgave()), Dekking: blad(dekking()) });
}
