import { fouten, goed, type Geval } from '../geval';
import type { RobustSheet } from '../harnesses';
import { basis, dekking, DEKKING_KOP, D_NIEUWBOUW, D_ONDERWIJS, NIEUWBOUW_CIJFERS, opgave, type Regelcijfers } from '../werkmap';

const PERIODEN = '(bekend: tot 2030, 2030 t/m 2035)';
const PIJLERS = '(bekend: Fysiek, Sociaal-maatschappelijk)';

const verdeelsleutels = (...rows: [string, string, string][]): RobustSheet => ({
  name: 'Verdeelsleutels',
  rows: [['Pijler', 'Onderdeel', 'Rijksaandeel'], ...rows],
});

// Keys 40% (Nieuwbouw) and 60% (Onderwijs): Nieuwbouw 400 × 40% = 160, rest-Rijks 160 − 60 = 100;
// Onderwijs 200 × 60% = 120, rest-Rijks 120 − 40 = 80. Dekking and restopgave as in the base.
const NIEUWBOUW_40: Regelcijfers = [160, 160, 60, 240, 100, 60, 0];
const ONDERWIJS_60: Regelcijfers = [120, 60, 40, 140, 80, 35, 0];

/** Names: periode, pijler, onderdeel, spelling and spaces, header synonyms; verdeelsleutels (WORKBOOK.md, MODEL.md). */
export const NAMEN: Geval[] = [
  {
    soort: 'unknown periode',
    werkmap: basis({ A3: 'tot 2031' }, { A2: 'na 2035' }),
    verwacht: fouten(
      `fout Opgave!A3: periode 'tot 2031' is onbekend ${PERIODEN}`,
      `fout Dekking!A2: periode 'na 2035' is onbekend ${PERIODEN}`,
    ),
  },
  {
    soort: 'unknown pijler',
    werkmap: basis({ B3: 'Economisch' }, { B3: 'Economisch' }),
    verwacht: fouten(
      `fout Opgave!B3: pijler 'Economisch' is onbekend ${PIJLERS}`,
      `fout Dekking!B3: pijler 'Economisch' is onbekend ${PIJLERS}`,
    ),
  },
  {
    soort: 'unknown onderdeel of the physical pillar (no verdeelsleutel)',
    werkmap: basis({ C2: 'Funderingsherstel' }),
    verwacht: fouten(
      "fout Opgave!C2: onderdeel 'Funderingsherstel' van pijler Fysiek heeft geen verdeelsleutel; geef hem op in een blad Verdeelsleutels of een kolom Verdeelsleutel",
    ),
  },
  {
    // A social theme without a key of its own gets the pijler's 75%: the same figures as Onderwijs.
    soort: 'unknown theme of the social pillar',
    werkmap: basis({ C3: 'Sport en cultuur' }, { D3: 'Sport en cultuur' }),
    verwacht: goed(),
  },
  {
    // Leefomgeving 30 + 20 counts at pillar level: Totale opgave 600; 270; 600 − 270 = 330; 82,5; per onderdeel still 380.
    soort: 'dekking for an onderdeel without opgave',
    werkmap: basis({}, { A4: 'tot 2030', B4: 'Fysiek', C4: 'ORV-regeling', D4: 'Leefomgeving', E4: 30, F4: 20 }),
    verwacht: goed({
      dekkingRijen: { 2: 160, 3: 60, 4: 50 },
      totaleOpgave: [600, 270, 330, 82.5, 380],
      meldingen: [
        "waarschuwing Dekking!D4: onderdeel 'Leefomgeving' heeft geen opgaveregel in tot 2030 / Fysiek; deze dekking telt mee op pijlerniveau",
      ],
    }),
  },
  {
    soort: 'an empty onderdeel in Opgave',
    werkmap: basis({ C3: null }),
    verwacht: fouten('fout Opgave!C3: onderdeel is leeg'),
  },
  {
    // Empty = pillar level: Onderwijs keeps no dekking: 150; 0; 0; 200; 150; 50. Totale opgave: dekking still 220, per onderdeel 240 + 200.
    soort: 'an empty onderdeel in Dekking (pillar level)',
    werkmap: basis({}, { D3: null }),
    verwacht: goed({ opgaveRijen: { 2: NIEUWBOUW_CIJFERS, 3: [150, 0, 0, 200, 150, 50, 0] }, totaleOpgave: [600, 220, 380, 95, 440] }),
  },
  {
    soort: 'trailing and non-breaking spaces in names and headers',
    werkmap: basis(
      { E1: 'Opgave\u00a0', A2: 'tot 2030 ', B2: 'Fysiek\u00a0', C2: ' Nieuwbouw\u00a0', C3: 'Onderwijs  ' },
      { C1: ' Bron', D3: '\u00a0Onderwijs' },
    ),
    verwacht: goed(),
  },
  {
    soort: "periode spelled otherwise: 'Tot  2030', 'TOT 2030', '2026-2029', '2026 t/m 2029'",
    werkmap: basis({ A2: 'Tot  2030', A3: '2026-2029' }, { A2: 'TOT 2030', A3: '2026 t/m 2029' }),
    verwacht: goed(),
  },
  {
    soort: 'header synonyms, case and accents',
    werkmap: basis(
      { A1: 'PÉRIODE', C1: 'Thema', D1: 'Focusgebied', E1: 'Bedrag' },
      { C1: 'Regeling', D1: 'Toegerekend aan', E1: 'Cofin.', F1: 'Rijksfin.' },
    ),
    verwacht: goed(),
  },
  {
    soort: "percentages as text in a Verdeelsleutels sheet: '40%', and '60%' for every social theme (*)",
    werkmap: [...basis(), verdeelsleutels(['Fysiek', 'Nieuwbouw', '40%'], ['Sociaal-maatschappelijk', '*', '60%'])],
    verwacht: goed({ opgaveRijen: { 2: NIEUWBOUW_40, 3: ONDERWIJS_60 } }),
  },
  {
    soort: 'a verdeelsleutel above 100% and one that is no number, in the Verdeelsleutels sheet',
    werkmap: [...basis(), verdeelsleutels(['Fysiek', 'Nieuwbouw', '150%'], ['Sociaal-maatschappelijk', '*', 'veel'])],
    verwacht: fouten(
      'fout Verdeelsleutels!C2: verdeelsleutel 150% ligt niet tussen 0% en 100%',
      "fout Verdeelsleutels!C3: 'veel' is geen verdeelsleutel (verwacht: een getal als 0,3 of een percentage als 30%)",
    ),
  },
  {
    // PM belongs to the rows of Opgave and Dekking (issue 7); a Verdeelsleutels sheet that says PM has no key: an error, as before.
    soort: 'PM in the Verdeelsleutels sheet',
    werkmap: [...basis(), verdeelsleutels(['Fysiek', 'Nieuwbouw', 'PM'])],
    verwacht: fouten("fout Verdeelsleutels!C2: 'PM' is geen verdeelsleutel (verwacht: een getal als 0,3 of een percentage als 30%)"),
  },
  {
    soort: 'a Perioden sheet with a year in words and a periode whose years are reversed',
    werkmap: [
      ...basis(),
      {
        name: 'Perioden',
        rows: [
          ['Periode', 'Eerste jaar', 'Laatste jaar'],
          ['na 2035', 2036, 'twintig'],
          ['later', 2040, 2036],
        ],
      },
    ],
    verwacht: fouten(
      "fout Perioden!C2: 'twintig' is geen jaartal",
      "fout Perioden!B3: periode 'later': eerste en laatste jaar moeten hele jaren zijn, het eerste niet na het laatste",
    ),
  },
  {
    soort: "a Verdeelsleutel column in Opgave: the text '40%' and the number 0.6 shown as 60%",
    werkmap: [opgave({ F1: 'Verdeelsleutel', F2: '40%', F3: 0.6 }, { numberFormats: { F3: '0%' } }), dekking()],
    verwacht: goed({ opgaveKolom: 'G', opgaveRijen: { 2: NIEUWBOUW_40, 3: ONDERWIJS_60 } }),
  },
  // Issue 12: the unit the workbook states names the amounts and sets their format; it never changes a figure.
  {
    soort: "units in brackets in the amount headers: 'Opgave (mln €)', 'Cofin. (x € 1 mln)', 'Rijksfinanciering [miljoen]'",
    werkmap: basis({ E1: 'Opgave (mln €)' }, { E1: 'Cofin. (x € 1 mln)', F1: 'Rijksfinanciering [miljoen]' }),
    verwacht: goed(),
  },
  {
    soort: "an amount header with a bracket that names no unit: 'Opgave (raming)' is the column Opgave, in mln euro",
    werkmap: basis({ E1: 'Opgave (raming)' }),
    verwacht: goed(),
  },
  {
    soort: "amounts in euro: 'Opgave (€)' and a title 'Dekking NPLV — bedragen in euro' above the Dekking header",
    werkmap: [
      opgave({ E1: 'Opgave (€)' }),
      dekking({}, { rows: [['Dekking NPLV — bedragen in euro'], DEKKING_KOP, D_NIEUWBOUW, D_ONDERWIJS] }),
    ],
    verwacht: goed({ eenheid: 'euro', getalnotatie: '#,##0', dekkingKop: 2, dekkingRijen: { 3: 160, 4: 60 } }),
  },
  {
    // The Perioden sheet gives tot 2030 its standard years (2026–2029): the figures of the base.
    soort: "amounts in thousands: an Eenheid setting 'x € 1.000' above the Perioden header",
    werkmap: [
      ...basis(),
      {
        name: 'Perioden',
        rows: [
          ['Eenheid', 'x € 1.000'],
          ['Periode', 'Eerste jaar', 'Laatste jaar'],
          ['tot 2030', 2026, 2029],
        ],
      },
    ],
    verwacht: goed({ eenheid: 'duizend euro', getalnotatie: '#,##0' }),
  },
  {
    soort: "units that differ between the sheets: 'Opgave (mln €)' and a title 'Bedragen in euro' above the Dekking header",
    werkmap: [opgave({ E1: 'Opgave (mln €)' }), dekking({}, { rows: [['Bedragen in euro'], DEKKING_KOP, D_NIEUWBOUW, D_ONDERWIJS] })],
    verwacht: fouten("fout Dekking!A1: eenheid 'euro' wijkt af van 'mln €' in Opgave!E1; gebruik één eenheid"),
  },
  {
    soort: "a unit in an amount header that is none it knows: 'Rijksfinanciering (x € 10.000)'",
    werkmap: basis({}, { F1: 'Rijksfinanciering (x € 10.000)' }),
    verwacht: fouten(
      "fout Dekking!F1: eenheid 'x € 10.000' is onbekend; bekend: euro (€), duizend euro (x € 1.000, k€), mln euro (x € 1 mln, miljoen) of mld euro (miljard)",
    ),
  },
];
