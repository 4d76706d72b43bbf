import fc from 'fast-check';
import type { CellValue } from '../../../src/workbook/port';

/** What cells an adapter can hold, so that a random workbook holds nothing its file or Excel could not. */
export interface Kenmerken {
  /** NaN and ±Infinity as numbers: only a workbook in memory holds them (Excel and .xlsx have no such number). */
  nietEindig: boolean;
  /** '' as a value of its own, apart from an empty cell (Excel reads both as empty). */
  legeTekst: boolean;
  /**
   * Whether a cell the add-in overwrites (and puts back on undo) may hold text that spells an
   * error value: Office.js gives `#N/A` for both, so the Office adapter cannot tell them
   * apart (documented in officeCells.portCell).
   */
  fouttekstInEigen: boolean;
  /**
   * Whether a cell the add-in overwrites may hold any formula: the in-memory Excel recomputes
   * only arithmetic, so a formula it cannot compute loses its value when undo writes it back.
   */
  elkeFormuleInEigen: boolean;
  /**
   * Whether a cell may hold a formula without a computed value (issue 12: what openpyxl and
   * ExcelJS write): a workbook in memory and an .xlsx file may; Excel computes every formula it
   * opens (the in-memory Excel the arithmetic ones; the others keep the value they were given).
   */
  formuleZonderWaarde: boolean;
}

export const FOUTWAARDEN = ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!'];

/** Text as analysts' sheets hold it: Dutch number text, domain words, HTML, text that looks like something else. */
export const TEKSTEN = [
  // numbers as text, Dutch and otherwise
  '1.234',
  '1.234,5',
  '1.234.567',
  '0,3',
  '30%',
  '30 %',
  '−5',
  '-5',
  '1,234.5',
  '€ 5',
  '5 mln',
  '1e5',
  ' 12 ',
  '2030',
  '0x1F',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e400',
  'n.b.',
  '-',
  '–',
  '—',
  '?',
  // the domain's words (never a header)
  'tot 2030',
  '2030 t/m 2035',
  'tot 2031',
  'Fysiek',
  'Sociaal-maatschappelijk',
  'Nieuwbouw',
  'Leefomgeving',
  'Onderwijs',
  'Veiligheid & Criminaliteit',
  'Programma-organisatie',
  'Totaal',
  'Subtotaal fysiek',
  'Waarvan Rijksdeel',
  'Totale opgave fysieke pijler',
  'Rotterdam-Zuid',
  '*',
  // HTML and text that looks like a formula, a boolean or an error
  '<img src=x onerror=alert(1)>',
  '<b>vet</b>',
  '&amp;',
  '<script>alert(1)</script>',
  '"aanhalingstekens"',
  "'apostrof",
  '=1+1',
  '=SUM(A1:A3)',
  '+5',
  '@naam',
  'TRUE',
  'ONWAAR',
  ...FOUTWAARDEN,
  // other scripts, spaces and line breaks
  'Ëën',
  'coöperatie',
  '🙂',
  '日本語',
  'regel 1\nregel 2',
  ' spatie ',
  'tab\tin',
];

/** Numbers of every size: amounts, negatives, huge and tiny ones, -0, binary fractions. */
export function getal(k: Kenmerken): fc.Arbitrary<number> {
  return fc.oneof(
    fc.integer({ min: 0, max: 1_000_000_000 }).map((c) => c / 100),
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(0, -0, 0.1 + 0.2, 1e15 + 0.3, Number.MAX_SAFE_INTEGER, 1e21, 1e308, -1e308, 5e-324, 445, 1735),
    ...(k.nietEindig ? [fc.constantFrom(NaN, Infinity, -Infinity)] : []),
  );
}

export function tekst(k: Kenmerken): fc.Arbitrary<string> {
  return fc.oneof(fc.constantFrom(...TEKSTEN), fc.string({ minLength: 1, maxLength: 12 }), ...(k.legeTekst ? [fc.constant('')] : []));
}

export const foutwaarde = fc.constantFrom(...FOUTWAARDEN).map((error) => ({ error }));

/** Any cell value: number, text, boolean, error value or empty. */
export function celwaarde(k: Kenmerken): fc.Arbitrary<CellValue> {
  return fc.oneof(
    { arbitrary: getal(k), weight: 3 },
    { arbitrary: tekst(k), weight: 3 },
    { arbitrary: fc.boolean(), weight: 1 },
    { arbitrary: foutwaarde, weight: 1 },
    { arbitrary: fc.constant(null), weight: 2 },
  );
}

/** A well-formed amount: a number with up to two decimals, or empty as the seed and analysts write it (WORKBOOK.md: '-' or nothing is 0). */
export const bedrag: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 500_000 }).map((c) => c / 100), weight: 6 },
  { arbitrary: fc.integer({ min: 0, max: 5000 }), weight: 3 },
  { arbitrary: fc.constantFrom<CellValue>('-', '–', null, 0), weight: 1 },
);
