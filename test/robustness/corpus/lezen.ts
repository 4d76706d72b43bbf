import { fouten, goed, type Geval } from '../geval';
import { basis, dekking, opgave } from '../werkmap';

const OPSLAAN = 'zonder berekende waarde — open het bestand in Excel of LibreOffice en sla het op';
const GETALNOTATIE = 'geef de cel de getalnotatie Getal of Percentage';
const ALS_TEKST = 'is tekst, geen getal; maak er een getal van (Excel: Converteren naar getal), dan telt het mee';

/**
 * Issue 12: inputs that look fine in Excel and gave a wrong figure without a word — formulas
 * without a computed value, dates in amount and key cells, two headers for one field — and
 * the near misses whose message now helps. A formula "without a computed value" is one whose
 * fixture result is null: ExcelJS writes it with no `<v>`, as openpyxl does; the in-memory
 * Excel calculates what it can when it opens, as Excel does (then there is no warning).
 */
export const LEZEN: Geval[] = [
  {
    // =350+50 is 400, Nieuwbouw's amount of the base: the base's figures, with a warning.
    soort: 'a simple formula without a computed value in an amount cell (=350+50)',
    werkmap: [opgave({ E2: null }, { formulas: { E2: { formula: '350+50', result: null } } }), dekking()],
    verwacht: goed({ meldingen: ['waarschuwing Opgave!E2: formule =350+50 zonder berekende waarde; exact uitgerekend: 400'] }),
    verwachtOp: { office: goed() },
  },
  {
    // Dekking E2 = SUM(E3:E3) + 80 = 20 + 80 = 100, Nieuwbouw's cofinanciering of the base.
    soort: 'SUM over cells, without a computed value, in a dekking amount',
    werkmap: [opgave(), dekking({ E2: null }, { formulas: { E2: { formula: 'SUM(E3:E3)+80', result: null } } })],
    verwacht: goed({ meldingen: ['waarschuwing Dekking!E2: formule =SUM(E3:E3)+80 zonder berekende waarde; exact uitgerekend: 100'] }),
    verwachtOp: { office: goed() },
  },
  {
    // Not simple: never 0 (which would have given Nieuwbouw a restopgave of 0 − 160 → 0 without a word).
    soort: 'a formula we cannot compute, without a computed value (VLOOKUP)',
    werkmap: [opgave({ E2: null }, { formulas: { E2: { formula: 'VLOOKUP(C2,H:I,2,FALSE)', result: null } } }), dekking()],
    verwacht: fouten(`fout Opgave!E2: formule =VLOOKUP(C2,H:I,2,FALSE) ${OPSLAAN}`),
  },
  {
    // Text is never computed here: the periode of a fourth Opgave row (Nieuwbouw, 10) as a formula without a value.
    soort: 'a formula without a computed value in a text cell (periode)',
    werkmap: [
      opgave({ B4: 'Fysiek', C4: 'Nieuwbouw', E4: 10 }, { formulas: { A4: { formula: '"tot "&"2030"', result: null } } }),
      dekking(),
    ],
    verwacht: fouten(`fout Opgave!A4: formule ="tot "&"2030" ${OPSLAAN}`),
    // Excel would show 'tot 2030'; the in-memory Excel does not calculate & and leaves the cell without a
    // value, and on Excel the adapter reads formulas of amount, key and year columns only: an empty periode.
    verwachtOp: { office: fouten('fout Opgave!A4: periode is leeg') },
  },
  {
    // 46082 is 1 March 2026 in Excel's 1900 date system (1-1-2026 is 46023, + 31 + 28): never 46.082 mln.
    soort: 'a date (a number formatted d-m-yyyy) in an amount cell',
    werkmap: [opgave({ E2: 46082 }, { numberFormats: { E2: 'd-m-yyyy' } }), dekking()],
    verwacht: fouten(`fout Opgave!E2: de cel is een datum (1-3-2026), geen bedrag; ${GETALNOTATIE}`),
  },
  {
    // Excel's built-in date format 14 (mm-dd-yy); 45000 is 15 March 2023 (1-1-2023 is 44927, + 31 + 28 + 14).
    soort: 'a date in the built-in date format 14 in a dekking amount',
    werkmap: [opgave(), dekking({ F3: 45000 }, { numberFormats: { F3: 'mm-dd-yy' } })],
    verwacht: fouten(`fout Dekking!F3: de cel is een datum (15-3-2023), geen bedrag; ${GETALNOTATIE}`),
  },
  {
    // 0.5 as a time is 12:00 (half a day).
    soort: 'a time (h:mm) in a verdeelsleutel cell',
    werkmap: [opgave({ F1: 'Verdeelsleutel', F2: 0.5 }, { numberFormats: { F2: 'h:mm' } }), dekking()],
    verwacht: fouten(`fout Opgave!F2: de cel is een tijd (12:00), geen verdeelsleutel; ${GETALNOTATIE}`),
  },
  {
    soort: "a verdeelsleutel given as text ('0,5')",
    werkmap: basis({ F1: 'Verdeelsleutel', F2: '0,5' }),
    verwacht: fouten(`fout Opgave!F2: '0,5' ${ALS_TEKST}`),
  },
  {
    // Opgave is the field's own name: read (400, 200: the base), Totale opgave (999) ignored with a word.
    soort: "two headers for one field, one of them its own name ('Opgave', 'Totale opgave')",
    werkmap: basis({ F1: 'Totale opgave', F2: 999, F3: 999 }),
    verwacht: goed({
      meldingen: ["waarschuwing Opgave!E1: kolom E1 'Opgave' gelezen als Opgave; F1 'Totale opgave' genegeerd"],
      opgaveKolom: 'G',
    }),
  },
  {
    soort: "two headers for one field, neither its own name ('Bedrag', 'Totale opgave')",
    werkmap: basis({ E1: 'Bedrag', F1: 'Totale opgave', F2: 999, F3: 999 }),
    verwacht: fouten(
      "fout Opgave!E1: kolommen E1 'Bedrag' en F1 'Totale opgave' zijn allebei de kolom Opgave; laat er één over (namen voor Opgave: Opgave, Totale opgave, Bedrag)",
    ),
  },
  {
    soort: "two columns headed 'Rijksfinanciering' in Dekking",
    werkmap: basis({}, { G1: 'Rijksfinanciering', G2: 1, G3: 1 }),
    verwacht: fouten(
      "fout Dekking!F1: kolommen F1 'Rijksfinanciering' en G1 'Rijksfinanciering' zijn allebei de kolom Rijksfinanciering; laat er één over (namen voor Rijksfinanciering: Rijksfinanciering, Rijksfin., Rijksfin)",
    ),
  },
  {
    soort: "a header that nearly names a required column ('Opgav')",
    werkmap: basis({ E1: 'Opgav' }),
    verwacht: fouten("fout Opgave!A1: kolom 'Opgave' ontbreekt in de kopregel (rij 1); bedoelt u E1 'Opgav'?"),
  },
  {
    soort: "a header with a year ('Opgave 2026') and one with a typing error ('Pijlr')",
    werkmap: [opgave({ B1: 'Pijlr', E1: 'Opgave 2026' }), dekking()],
    verwacht: fouten(
      "fout Opgave!A1: kolommen 'Pijler', 'Opgave' ontbreken in de kopregel (rij 1); bedoelt u B1 'Pijlr' (Pijler) en E1 'Opgave 2026' (Opgave)?",
    ),
  },
];
