import { fouten, goed, type Geval } from '../geval';
import { basis, dekking, opgave, NIEUWBOUW_CIJFERS, ONDERWIJS_CIJFERS } from '../werkmap';

// A theme name as long as a cell holds (Excel: 32,767 characters).
const LANGE_NAAM = 'Leefbaarheid en veiligheid in de wijk, '.repeat(900).slice(0, 32_767);

/** What cells hold: text, error values, signs, sizes, booleans, dates, formulas (WORKBOOK.md "Cell values"). */
export const WAARDEN: Geval[] = [
  {
    soort: 'text in amount cells',
    werkmap: basis({ E2: 'n.b.' }, { F3: 'ca. 40' }),
    verwacht: fouten("fout Opgave!E2: 'n.b.' is geen bedrag", "fout Dekking!F3: 'ca. 40' is geen bedrag"),
  },
  {
    // Issue 7: PM (pro memorie) counts as 0, with a warning at its cell. Onderwijs: Rijksfinanciering PM → 0;
    // dekking 20 + 0 = 20; Rijksdekking 0; 200 − 20 = 180; 150 − 0 = 150; 180 / 4 = 45.
    // Totale opgave: 600; 160 + 20 = 180; 600 − 180 = 420; 420 / 4 = 105; 240 + 180 = 420.
    soort: 'PM in an amount cell',
    werkmap: basis({}, { F3: 'PM' }),
    verwacht: goed({
      meldingen: ['waarschuwing Dekking!F3: Rijksfinanciering is PM (pro memorie) en telt als 0'],
      opgaveRijen: { 2: NIEUWBOUW_CIJFERS, 3: [150, 20, 0, 180, 150, 45, 0] },
      dekkingRijen: { 2: 160, 3: 20 },
      totaleOpgave: [600, 180, 420, 105, 420],
    }),
  },
  {
    // A key given as p.m.: Nieuwbouw's Rijksdeel 400 × 0 = 0; rest-Rijksopgave max(0; 0 − 60) = 0; the rest as the base.
    soort: 'PM as a verdeelsleutel',
    werkmap: basis({ F1: 'Verdeelsleutel', F2: 'p.m.' }),
    verwacht: goed({
      meldingen: ['waarschuwing Opgave!F2: verdeelsleutel is PM (pro memorie) en telt als 0'],
      opgaveKolom: 'G',
      opgaveRijen: { 2: [0, 160, 60, 240, 0, 60, 0], 3: ONDERWIJS_CIJFERS },
    }),
  },
  {
    soort: 'error values #N/A and #DIV/0! (a formula’s cached result) in amount cells',
    werkmap: [opgave({ E3: { error: '#N/A' } }), dekking({}, { formulas: { E2: { formula: '1/0', result: { error: '#DIV/0!' } } } })],
    verwacht: fouten('fout Opgave!E3: de cel bevat de foutwaarde #N/B', 'fout Dekking!E2: de cel bevat de foutwaarde #DEEL/0!'),
  },
  {
    soort: 'a formula in an amount cell whose result is text',
    werkmap: [opgave({}, { formulas: { E3: { formula: 'IFERROR(1/0,"n.b.")', result: 'n.b.' } } }), dekking()],
    verwacht: fouten("fout Opgave!E3: 'n.b.' is geen bedrag"),
  },
  {
    // One message for the cell: it is not empty, it holds an error value.
    soort: 'an error value #REF! in a text cell (periode)',
    werkmap: basis({ A2: { error: '#REF!' } }),
    verwacht: fouten('fout Opgave!A2: de cel bevat de foutwaarde #VERW!'),
  },
  {
    soort: 'negative amounts',
    werkmap: basis({ E2: -50 }, { F2: -5 }),
    verwacht: fouten('fout Opgave!E2: opgave -50 is negatief', 'fout Dekking!F2: Rijksfinanciering -5 is negatief'),
  },
  {
    soort: 'a unicode minus as text, "−5"',
    werkmap: basis({}, { E3: '−5' }),
    verwacht: fouten("fout Dekking!E3: '−5' is tekst, geen getal; maak er een getal van (Excel: Converteren naar getal), dan telt het mee"),
  },
  {
    // Nieuwbouw 1e300: Rijksdeel 1e300 × 50% = 5e299; restopgave 1e300 − 160 = 1e300 and rest-Rijks 5e299 − 60 = 5e299
    // at 34 significant digits; per jaar 1e300 / 4 = 2.5e299. Totale opgave 1e300 + 200 = 1e300, restopgave 1e300 − 220 = 1e300.
    soort: 'a huge amount, 1e300',
    werkmap: basis({ E2: 1e300 }),
    verwacht: goed({
      opgaveRijen: { 2: [5e299, 160, 60, 1e300, 5e299, 2.5e299, 0], 3: ONDERWIJS_CIJFERS },
      totaleOpgave: [1e300, 220, 1e300, 2.5e299, 1e300],
    }),
  },
  {
    // Dekking: Nieuwbouw '-' + 60 and '—' + 10 (row 4) → 70, all Rijks; Onderwijs '–' + 40 → 40.
    // Nieuwbouw: 200; 70; 70; 400 − 70 = 330; 200 − 70 = 130; 330 / 4 = 82,5. Onderwijs: 150; 40; 40; 160; 110; 40.
    // Totale opgave: 600; 110; 490; 122,5; 330 + 160 = 490.
    soort: 'dashes for zero: "-", "–", "—"',
    werkmap: basis({}, { E2: '-', E3: '–', A4: 'tot 2030', B4: 'Fysiek', C4: 'Wbi', D4: 'Nieuwbouw', E4: '—', F4: 10 }),
    verwacht: goed({
      opgaveRijen: { 2: [200, 70, 70, 330, 130, 82.5, 0], 3: [150, 40, 40, 160, 110, 40, 0] },
      dekkingRijen: { 2: 60, 3: 40, 4: 10 },
      totaleOpgave: [600, 110, 490, 122.5, 490],
    }),
  },
  {
    // Onderwijs opgave empty = 0: Rijksdeel 0; dekking 60 all overschot; rest 0. Sociaal: dekking 60 > opgave 0 (clamped).
    // Totale opgave: 400; 220; 400 − 220 = 180; 45; per onderdeel 240 + 0 = 240.
    soort: 'an empty amount cell in a filled row (0, with the overschot it makes)',
    werkmap: basis({ E3: null }),
    verwacht: goed({
      opgaveRijen: { 2: NIEUWBOUW_CIJFERS, 3: [0, 60, 40, 0, 0, 0, 60] },
      totaleOpgave: [400, 220, 180, 45, 240],
      meldingen: [
        'waarschuwing Opgave!E3: dekking van Onderwijs (tot 2030) is 60, 60 meer dan de opgave van 0; bij saldering telt het overschot mee voor de pijler, per onderdeel niet',
        'waarschuwing Opgave!E3: de dekking van Sociaal-maatschappelijk (tot 2030) is groter dan de opgave; de restopgave is 0 en het verschil tussen saldering en per onderdeel is niet meer alleen het overschot',
      ],
    }),
  },
  {
    soort: 'booleans in amount cells',
    werkmap: basis({ E2: true }, { E3: false }),
    verwacht: fouten("fout Opgave!E2: 'WAAR' is geen bedrag", "fout Dekking!E3: 'ONWAAR' is geen bedrag"),
  },
  {
    // Issue 12: it was read as its serial number (46.050 mln) without a word. 46050 is 28 January 2026
    // (1-1-2026 is 46023, + 27).
    soort: 'a date in an amount cell (no longer read as its serial number)',
    werkmap: [opgave({ E3: 46050 }, { numberFormats: { E3: 'dd-mm-yyyy' } }), dekking()],
    verwacht: fouten('fout Opgave!E3: de cel is een datum (28-1-2026), geen bedrag; geef de cel de getalnotatie Getal of Percentage'),
  },
  {
    // Two Nieuwbouw rows of 6e307, each a number Excel holds; their sum 1.2e308 is beyond Excel's
    // 9.99999999999999E+307. On the Totaalbeeld (tot 2030): Tabel 1's restopgave B5 (per jaar, a
    // quarter, fits); below its control line, Fysieke pijler opgave B10, restopgave D10, per onderdeel
    // F10; Totale opgave B12, D12, F12; the per-onderdeel row of Nieuwbouw (19): opgave B19 and
    // restopgave G19. The rows themselves (6e307 − dekking) still fit.
    soort: 'amounts whose sum is beyond what Excel can hold',
    werkmap: basis({ B3: 'Fysiek', C3: 'Nieuwbouw', E2: 6e307, E3: 6e307 }),
    verwacht: fouten(
      ...['B5', 'B10', 'D10', 'F10', 'B12', 'D12', 'F12', 'B19', 'G19'].map(
        (cel) =>
          `fout 'NPLV Totaalbeeld'!${cel}: de uitkomst is groter dan Excel kan bevatten (9,99999999999999E+307); controleer de bedragen`,
      ),
    ),
  },
  {
    soort: 'Dutch number text "1.735" (thousands or decimals?)',
    werkmap: basis({ E2: '1.735' }),
    // Text in an amount cell is an error (WORKBOOK.md), and 1.735 could be 1735 or 1,735 anyway.
    verwacht: fouten(
      "fout Opgave!E2: '1.735' is tekst, geen getal; maak er een getal van (Excel: Converteren naar getal), dan telt het mee",
    ),
  },
  {
    soort: 'very long text: a theme name of 32,767 characters',
    werkmap: basis({ C3: LANGE_NAAM }, { D3: LANGE_NAAM }),
    verwacht: goed(),
  },
  {
    soort: 'formulas in input cells, with their cached results',
    werkmap: [
      opgave({}, { formulas: { E2: { formula: '300+100', result: 400 }, C3: { formula: '"Onder"&"wijs"', result: 'Onderwijs' } } }),
      dekking({}, { formulas: { F2: { formula: 'SUM(30,30)', result: 60 } } }),
    ],
    verwacht: goed(),
  },
];
