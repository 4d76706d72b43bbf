import type { CellValue } from '../../../src/workbook/port';
import { fouten, goed, type Geval } from '../geval';
import type { RobustSheet } from '../harnesses';
import { basis } from '../werkmap';

const TITEL = 'NPLV Totaalbeeld — berekend 01-01-2026 09:00 uit Opgave (A1:E3) en Dekking (A1:F3); verdeelsleutels: standaard';
const regel = (gebied: string) => `Cellen van de add-in: ${gebied} — wat u elders op dit blad zet, blijft bij Herbereken staan.`;

/** A Totaalbeeld sheet an earlier run left, with the line naming its cells, and what the analyst added. */
function eerderTotaalbeeld(rows: CellValue[][], blad: Partial<RobustSheet> = {}): RobustSheet {
  return { name: 'NPLV Totaalbeeld', rows, ...blad };
}

// Rows 1–2, 60 and 62 as the earlier run named them (A1:A2; A4:F60; A62): F60 and the line A62 lie below the new layout
// (about 20 rows for the base workbook, A–I); K1 and K3 are the analyst's, right of everything the add-in writes.
const VERDER: CellValue[][] = [[TITEL, ...Array(9).fill(null), 'mijn notitie'], ['Bedragen in mln euro']];
VERDER[59] = [null, null, null, null, null, 'oud'];
VERDER[61] = [regel('A1:A2; A4:F60; A62')];

/** The NPLV Totaalbeeld sheet of an earlier run and what the analyst added to it (issue 12). */
export const TOTAALBEELD_BLAD: Geval[] = [
  {
    soort: "an earlier run's Totaalbeeld naming its cells, the analyst's note and formula beside them",
    werkmap: [
      ...basis(),
      eerderTotaalbeeld(VERDER, { formulas: { K3: { formula: '1+1', result: 2 } }, numberFormats: { K3: '0.00', F60: '#,##0.0' } }),
    ],
    verwacht: goed({ totaalbeeldLeeg: ['F60', 'A62'], totaalbeeldBlijft: ['K1', 'K3'] }),
  },
  {
    // The earlier run wrote A1:A2 and its line A4; the new summary table starts at A4 (A4:F10), its first pijler row is row 5.
    soort: "the analyst's note where the new Totaalbeeld goes",
    werkmap: [...basis(), eerderTotaalbeeld([[TITEL], ['Bedragen in mln euro'], [], [regel('A1:A2; A4')], [null, 'mijn notitie']])],
    verwacht: fouten(
      "fout 'NPLV Totaalbeeld'!B5: de cel is door u gevuld ('mijn notitie') en ligt in het nieuwe Totaalbeeld; verplaats de inhoud en herbereken",
    ),
  },
];
