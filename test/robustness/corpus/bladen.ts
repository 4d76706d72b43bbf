import type { CellValue } from '../../../src/workbook/port';
import { fouten, goed, type Geval } from '../geval';
import type { RobustSheet } from '../harnesses';
import {
  basis,
  dekking,
  DEKKING_KOP,
  D_NIEUWBOUW,
  D_ONDERWIJS,
  NIEUWBOUW,
  NIEUWBOUW_CIJFERS,
  ONDERWIJS,
  ONDERWIJS_CIJFERS,
  opgave,
  OPGAVE_KOP,
} from '../werkmap';

const GEEN_KOP_OPGAVE = 'geen kopregel gevonden in de eerste 10 rijen (nodig: Periode, Pijler, Onderdeel, Opgave)';
const GEEN_KOP_DEKKING = 'geen kopregel gevonden in de eerste 10 rijen (nodig: Periode, Pijler, Bron, Cofinanciering, Rijksfinanciering)';

/**
 * A Totaalbeeld sheet of a version before issue 12 (no line naming the add-in's cells): the
 * block around A1 is the add-in's; Z40, apart from it, is the analyst's and stays.
 */
const oudTotaalbeeld = (name: string): RobustSheet => ({
  name,
  rows: [
    ['NPLV Totaalbeeld — berekend 01-01-2026 09:00 uit Opgave (A1:E3) en Dekking (A1:F3); verdeelsleutels: standaard'],
    ['Bedragen in mln euro'],
  ],
  formulas: { Z40: { formula: '1+1', result: 2 } },
});

const blanco = (n: number): CellValue[][] => Array.from({ length: n }, () => []);
const vanaf = (column: number, row: CellValue[]) => [...Array(column - 1).fill(null), ...row];

// The base Opgave rows with a one-column gap before Opgave, at C4; a row of spaces between.
const OPGAVE_VERSPREID: CellValue[][] = [
  vanaf(3, ['Opgave NPLV 2026']),
  ...blanco(2),
  vanaf(3, ['Periode', 'Pijler', 'Onderdeel', null, 'Opgave']),
  vanaf(3, ['tot 2030', 'Fysiek', 'Nieuwbouw', null, 400]),
  vanaf(3, [null, null, '   ']),
  vanaf(3, ['tot 2030', 'Sociaal-maatschappelijk', 'Onderwijs', null, 200]),
];
const DEKKING_VERSPREID: CellValue[][] = [[], vanaf(2, DEKKING_KOP), vanaf(2, D_NIEUWBOUW), [], vanaf(2, D_ONDERWIJS)];

// 1,000,003 × 5 = 5,000,015 cells from A1 to the last formatted cell: more than Excel on the web reads in one range.
const MILJOEN = { column: 5, from: 4, to: 1_000_003, format: '#,##0.0' };

/** The sheets and their layout: names, headers, where the table stands, merged and hidden cells, size, earlier output. */
export const BLADEN: Geval[] = [
  {
    soort: 'empty Opgave and Dekking sheets',
    werkmap: [opgave({}, { rows: [] }), dekking({}, { rows: [] })],
    verwacht: fouten(`fout Opgave: ${GEEN_KOP_OPGAVE}`, `fout Dekking: ${GEEN_KOP_DEKKING}`),
  },
  {
    // Nothing to compute: the owned headers, no figures, a Totaalbeeld without a periode.
    soort: 'header rows only',
    werkmap: [opgave({}, { rows: [OPGAVE_KOP] }), dekking({}, { rows: [DEKKING_KOP] })],
    verwacht: goed({ opgaveRijen: {}, dekkingRijen: {}, totaleOpgave: null }),
  },
  {
    soort: 'no Dekking sheet',
    werkmap: [opgave(), { name: 'Notities', rows: [['Dekking volgt']] }],
    verwacht: fouten("fout Dekking: blad 'Dekking' ontbreekt (ook goed: Dekkingen)"),
  },
  {
    soort: "sheets named 'Opgave 2026' and 'Dekking 2026' (names WORKBOOK.md does not accept)",
    werkmap: [opgave({}, { name: 'Opgave 2026' }), dekking({}, { name: 'Dekking 2026' })],
    verwacht: fouten(
      "fout Opgave: blad 'Opgave' ontbreekt (ook goed: Opgaven)",
      "fout Dekking: blad 'Dekking' ontbreekt (ook goed: Dekkingen)",
    ),
  },
  {
    soort: "sheet names in other case: 'opgave', 'DEKKING'",
    werkmap: [opgave({}, { name: 'opgave' }), dekking({}, { name: 'DEKKING' })],
    verwacht: goed({ opgaveBlad: 'opgave', dekkingBlad: 'DEKKING' }),
  },
  {
    soort: "an error in a sheet named 'opgaven': its place as the workbook spells it",
    werkmap: [opgave({ E2: 'n.b.' }, { name: 'opgaven' }), dekking()],
    verwacht: fouten("fout opgaven!E2: 'n.b.' is geen bedrag"),
  },
  {
    // Space-insensitive, so accepted; the place is written as Excel writes a reference to such a sheet.
    soort: "an error in a sheet named ' Opgave ' (spaces around the name): its place quoted",
    werkmap: [opgave({ E2: 'n.b.' }, { name: ' Opgave ' }), dekking()],
    verwacht: fouten("fout ' Opgave '!E2: 'n.b.' is geen bedrag"),
  },
  {
    // Issue 12: the leftmost was read without a word (400 where the analyst may have meant 999). Two of the
    // headers are the field's own name, so none is preferred: an error naming all three.
    soort: 'duplicate headers: Opgave twice (and Bedrag, its synonym)',
    werkmap: basis({ F1: 'Opgave', F2: 999, F3: 999, G1: 'Bedrag', G2: 1, G3: 1 }),
    verwacht: fouten(
      "fout Opgave!E1: kolommen E1 'Opgave', F1 'Opgave' en G1 'Bedrag' zijn alle de kolom Opgave; laat er één over (namen voor Opgave: Opgave, Totale opgave, Bedrag)",
    ),
  },
  {
    soort: 'missing required headers',
    werkmap: basis({ B1: 'Fysiek of sociaal' }, { E1: 'Cofi', F1: 'Rijk' }),
    verwacht: fouten(
      "fout Opgave!A1: kolom 'Pijler' ontbreekt in de kopregel (rij 1)",
      "fout Dekking!A1: kolommen 'Cofinanciering', 'Rijksfinanciering' ontbreken in de kopregel (rij 1); bedoelt u E1 'Cofi' (Cofinanciering) en F1 'Rijk' (Rijksfinanciering)?",
    ),
  },
  {
    soort: 'the header row below row 10',
    werkmap: [opgave({}, { rows: [['Opgave NPLV 2026'], ...blanco(9), OPGAVE_KOP, NIEUWBOUW, ONDERWIJS] }), dekking()],
    verwacht: fouten(`fout Opgave: ${GEEN_KOP_OPGAVE}`),
  },
  {
    soort: 'table not at A1, with blank rows, a blank column and a row of spaces',
    werkmap: [opgave({}, { rows: OPGAVE_VERSPREID }), dekking({}, { rows: DEKKING_VERSPREID })],
    verwacht: goed({
      opgaveKolom: 'H',
      opgaveKop: 4,
      opgaveRijen: { 5: NIEUWBOUW_CIJFERS, 7: ONDERWIJS_CIJFERS },
      dekkingKolom: 'H',
      dekkingKop: 2,
      dekkingRijen: { 3: 160, 5: 60 },
    }),
  },
  {
    soort: 'a merged title above the header row (A1:E1)',
    werkmap: [opgave({}, { rows: [['Opgave NPLV 2026'], OPGAVE_KOP, NIEUWBOUW, ONDERWIJS], merges: ['A1:E1'] }), dekking()],
    verwacht: goed({ opgaveKop: 2, opgaveRijen: { 3: NIEUWBOUW_CIJFERS, 4: ONDERWIJS_CIJFERS } }),
  },
  {
    // Excel gives a merged area's value in its top-left cell only: A3 is empty.
    soort: 'merged periode cells (A2:A3)',
    werkmap: basis({ A3: null }).map((s) => (s.name === 'Opgave' ? { ...s, merges: ['A2:A3'] } : s)),
    verwacht: fouten('fout Opgave!A3: periode is leeg'),
  },
  {
    // Open in WORKBOOK.md; decided: a hidden row counts, as it does in SUM.
    soort: 'a hidden row',
    werkmap: [opgave({}, { hiddenRows: [3] }), dekking()],
    verwacht: goed(),
  },
  {
    soort: '1,000,000 empty formatted rows below the table',
    groot: true,
    werkmap: [opgave({}, { formattedEmpty: MILJOEN }), dekking()],
    verwacht: goed(),
  },
  {
    soort: 'a Totaalbeeld sheet from an earlier run, between Opgave and Dekking',
    werkmap: [opgave(), oudTotaalbeeld('NPLV Totaalbeeld'), dekking()],
    verwacht: goed({ totaalbeeldBlijft: ['Z40'] }),
  },
  {
    soort: "a Totaalbeeld sheet from an earlier run named in other case, 'nplv totaalbeeld'",
    werkmap: [...basis(), oudTotaalbeeld('nplv totaalbeeld')],
    verwacht: goed({ totaalbeeld: 'nplv totaalbeeld', totaalbeeldBlijft: ['Z40'] }),
  },
  {
    soort: 'a Totaalbeeld sheet from an earlier run, and now an error',
    werkmap: [...basis({ E3: 'n.b.' }), oudTotaalbeeld('NPLV Totaalbeeld')],
    verwacht: fouten("fout Opgave!E3: 'n.b.' is geen bedrag"),
  },
  {
    // Blank for the sheet's own columns: skipped like a blank row, and left alone.
    soort: 'a row holding only a remark, in a column that is not ours',
    werkmap: basis({ F1: 'Toelichting', F4: 'Zie de notitie van januari' }),
    verwacht: goed({ opgaveKolom: 'G' }),
  },
  {
    // Not a control row (no Totaal/Totale/Subtotaal/Waarvan label): a data row without periode, pijler, onderdeel.
    soort: 'a bare sum below the table, without a label',
    werkmap: [opgave({}, { formulas: { E4: { formula: 'SUM(E2:E3)', result: 600 } } }), dekking()],
    verwacht: fouten('fout Opgave!A4: periode is leeg', 'fout Opgave!B4: pijler is leeg', 'fout Opgave!C4: onderdeel is leeg'),
  },
  {
    // The Totaal row totals rows 2–3: Rijksdeel 200 + 150 = 350; dekking 220; Rijksdekking 100; restopgave 380;
    // rest-Rijks 140 + 110 = 250; per jaar 95; typed 700 against 400 + 200 = 600.
    soort: 'a control row that does not add up',
    werkmap: basis({ A4: 'Totaal', E4: 700 }),
    verwacht: goed({
      opgaveRijen: { 2: NIEUWBOUW_CIJFERS, 3: ONDERWIJS_CIJFERS, 4: [350, 220, 100, 380, 250, 95, 0] },
      meldingen: ["controle Opgave!E4: controlerij 'Totaal': opgave is 700, de regels erboven geven 600 (verschil 100)"],
    }),
  },
  // Issue 12, items 11, 12 and 14.
  {
    soort: 'a verdeelsleutel of 50 (meant as 50%)',
    werkmap: [opgave({ F1: 'Verdeelsleutel', F2: 50 }), dekking()],
    verwacht: fouten('fout Opgave!F2: verdeelsleutel 50 ligt niet tussen 0 en 1 (0% en 100%); bedoelt u 50%?'),
  },
  {
    // The typed 612,3456 in a cell `#,##0.00` shows 612,35: so does the message; 612,3456 − 600 = 12,3456 → 12,35.
    // The figures are those of 'a control row that does not add up': the typed amount is never added in.
    soort: "a control row's typed amount in a message as its cell shows it (#,##0.00)",
    werkmap: [opgave({ A4: 'Totaal', E4: 612.3456 }, { numberFormats: { E4: '#,##0.00' } }), dekking()],
    verwacht: goed({
      opgaveRijen: { 2: NIEUWBOUW_CIJFERS, 3: ONDERWIJS_CIJFERS, 4: [350, 220, 100, 380, 250, 95, 0] },
      meldingen: ["controle Opgave!E4: controlerij 'Totaal': opgave is 612,35, de regels erboven geven 600 (verschil 12,35)"],
    }),
  },
  {
    // −40,769874 in a cell `#,##0.0` shows −40,8: so does the message.
    soort: 'a negative amount in a message as its cell shows it (#,##0.0)',
    werkmap: [opgave({ E2: -40.769874 }, { numberFormats: { E2: '#,##0.0' } }), dekking()],
    verwacht: fouten('fout Opgave!E2: opgave -40,8 is negatief'),
  },
  {
    // Nieuwbouw 2030 t/m 2035 (6 jaar): 600 × 50% = 300; no dekking; restopgave 600; rest-Rijks 300; per jaar 600 / 6 = 100.
    // The Totaal row: Rijksdeel 200 + 300, dekking 160, Rijksdekking 60, restopgave 240 + 600, rest-Rijks 140 + 300,
    // no yearly figure (60 a year over 4 years + 100 a year over 6 is none), overschot 0; typed 1000 = 400 + 600.
    // The Totaalbeeld's tot 2030: opgave 400, dekking 160, restopgave 240, per jaar 60, per onderdeel 240.
    soort: 'a control row over rows of two perioden (no yearly figure)',
    werkmap: [
      opgave(
        {},
        { rows: [OPGAVE_KOP, NIEUWBOUW, ['2030 t/m 2035', 'Fysiek', 'Nieuwbouw', null, 600], [null, null, 'Totaal', null, 1000]] },
      ),
      dekking({}, { rows: [DEKKING_KOP, D_NIEUWBOUW] }),
    ],
    verwacht: goed({
      opgaveRijen: { 2: NIEUWBOUW_CIJFERS, 3: [300, 0, 0, 600, 300, 100, 0], 4: [500, 160, 60, 840, 440, null, 0] },
      dekkingRijen: { 2: 160 },
      totaleOpgave: [400, 160, 240, 60, 240],
    }),
  },
];
