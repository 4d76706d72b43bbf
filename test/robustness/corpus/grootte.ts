import { fouten, goed, type Geval } from '../geval';
import { basis, dekking, opgave } from '../werkmap';

/**
 * Sizes (issue 13, items 2, 6 and 7): a used range of billions of cells with three values in
 * it, texts that become longer than a cell holds, a value in the last column, sums beyond a
 * double. Memory goes with the cells present; what a run cannot write is an error at its cell.
 */

const TOTAALBEELD = "'NPLV Totaalbeeld'";
const VOORBIJ_XFD =
  'de berekende kolommen komen 7 kolommen voorbij XFD, de laatste kolom van Excel; maak de kolommen rechts van de tabel leeg';
const tekstTeLang = (lengte: string) =>
  `de tekst voor deze cel wordt ${lengte} tekens lang, langer dan een cel van Excel bevat (32.767); maak de tekst waaruit hij komt korter`;
// Office reads a used range as a whole rectangle, every cell of it: one that large is refused with its size (celLimiet.ts).
const bereikTeGroot = (bereik: string, cellen: string) =>
  new RegExp(
    `^blad 'Opgave': het gebruikte bereik ${bereik} telt ${cellen.replace(/\./g, '\\.')} cellen; er worden hoogstens 4\\.000\\.000 cellen per blad gelezen`,
  );

// A gebied of 32.764 characters: the per-onderdeel table shows it indented under its onderdeel (issue 16), 4 + 32.764 = 32.768,
// in A24 (rows: title, unit, blank, Tabel 1 (3) and its control line, blank, tot 2030 (7), blank, per gebied (2), blank,
// per onderdeel: heading, pijler, onderdeel, gebied).
const GEBIED = 'Oost'.repeat(8191);
// A Dekking onderdeel of 32.767 characters (as long as a cell holds) that no Opgave row has.
const ONDERDEEL = 'Onderwijs'.repeat(3641).slice(0, 32_767);

// The sums of the 1e308 kinds land on the Totaalbeeld (tot 2030) in Tabel 1's restopgave B5 (its yearly figure, a
// quarter, fits), below its control line the Fysieke pijler's opgave B10, restopgave D10 and per onderdeel F10, the
// Totale opgave B12, D12, F12, and the per-onderdeel row of Nieuwbouw (19): opgave B19, restopgave G19.
const SOM_CELLEN = ['B5', 'B10', 'D10', 'F10', 'B12', 'D12', 'F12', 'B19', 'G19'];
const teGroot = () =>
  fouten(
    ...SOM_CELLEN.map(
      (cel) => `fout ${TOTAALBEELD}!${cel}: de uitkomst is groter dan Excel kan bevatten (9,99999999999999E+307); controleer de bedragen`,
    ),
  );

export const GROOTTE: Geval[] = [
  {
    // The used range A1:XFD1048576 (17 billion cells) holds the table and one note; the computed columns would start after XFD.
    soort: 'one value at XFD1048576 beside the table',
    groot: true,
    werkmap: basis({ XFD1048576: 'notitie' }),
    verwacht: fouten(`fout Opgave!XFD1: ${VOORBIJ_XFD}`),
    verwachtOp: { office: { geweigerd: bereikTeGroot('A1:XFD1048576', '17.179.869.184') } },
  },
  {
    // A1:Z1048576: the table's rows are 2 and 3; row 1048576 holds nothing in A–E, so it is no row of the table.
    soort: 'one value at Z1048576 beside the table',
    groot: true,
    werkmap: basis({ Z1048576: 'notitie' }),
    verwacht: goed({ opgaveKolom: 'AA' }),
    verwachtOp: { office: { geweigerd: bereikTeGroot('A1:Z1048576', '27.262.976') } },
  },
  {
    soort: 'a value in column XFD (the computed columns would fall beyond it)',
    werkmap: basis({ XFD2: 'notitie' }),
    verwacht: fouten(`fout Opgave!XFD1: ${VOORBIJ_XFD}`),
  },
  {
    soort: 'a gebied of 32,764 characters (its label on the Totaalbeeld is longer than a cell)',
    werkmap: basis({ D2: GEBIED }),
    verwacht: fouten(`fout ${TOTAALBEELD}!A24: ${tekstTeLang('32.768')}`),
  },
  {
    // The engine warns that the row counts at pijler level, quoting the name whole: the Totaalbeeld's
    // list of messages (row 23 `Meldingen`, 24 its header, 25 the first) cannot hold that text in C25.
    soort: 'a Dekking onderdeel of 32,767 characters that no Opgave row has',
    werkmap: [opgave(), dekking({ D3: ONDERDEEL })],
    verwacht: fouten(`fout ${TOTAALBEELD}!C25: ${tekstTeLang('32.879')}`),
  },
  {
    // Two Nieuwbouw rows of 9e307, each a number Excel holds; their sum 1.8e308 is beyond a double (Infinity), where the
    // JSON showed `"opgave": null`. The same cells as the sum of 1.2e308 (corpus/waarden.ts).
    soort: 'amounts whose sum is beyond a double',
    werkmap: basis({ B3: 'Fysiek', C3: 'Nieuwbouw', E2: 9e307, E3: 9e307 }),
    verwacht: teGroot(),
  },
];
