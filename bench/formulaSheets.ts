import type { Sheets } from 'hyperformula';
import { STANDAARD_PERIODEN, STANDAARD_SLEUTELS } from '../src/engine';
import { columnLetter } from '../src/sheet';
import type { PlainRows } from '../test/support/data';

/** Where the results stand in the sheets of `formulaSheets` (0-based rows and columns). */
export interface FormulaLayout {
  /** `periode|pijler` of each row of the Pijlers sheet, from its second row on. */
  pillars: string[];
  /** Pijlers sheet: the columns of floatModel's pillar figures, in its order. */
  pillarColumns: number[];
  /** Opgave sheet: the columns of floatModel's row figures, in its order. */
  rowColumns: number[];
}

// A1 column letters of a 0-based column: 0 → A.
const col = (c: number) => columnLetter(c + 1);
/** An absolute range of columns `c`..`last` over the data rows 2..rows+1 of a sheet. */
const range = (sheet: string, c: number, rows: number, last = c) => `${sheet}!$${col(c)}$2:$${col(last)}$${rows + 1}`;
/** A SUMIFS of `sum` over `sheet` where each criteria column equals the cell of this row. */
function sumifs(sheet: string, rows: number, sum: number, criteria: [number, string][]): string {
  return `=SUMIFS(${[range(sheet, sum, rows), ...criteria.flatMap(([c, cell]) => [range(sheet, c, rows), cell])].join(',')})`;
}

/**
 * The analyst's workbook for the same figures as `floatModel`, as plain Excel formulas (English
 * names and `,` as HyperFormula reads them; Dutch Excel shows `;`): a BENCHMARK BASELINE, never
 * used by the product.
 *
 * - Verdeelsleutels: key `pijler|onderdeel` (`pijler|` for the pijler's default) and Rijksaandeel,
 *   the numbers of MODEL.md as data. Perioden: first and last year, Jaren = last − first + 1.
 * - Opgave (one row per opgave row): Rijksdeel = opgave × VLOOKUP of the key (else the pijler's),
 *   the row's group by MATCH in Onderdelen, its share of the group's dekking and Rijksdekking,
 *   restopgave, rest-Rijksopgave, per jaar and overschot — MAX(0, …) as in MODEL.md.
 * - Dekking: Totale dekking = cofinanciering + Rijksfinanciering.
 * - Onderdelen (one row per periode/pijler/onderdeel/gebied, the list a pivot would give):
 *   SUMIFS of opgave, Rijksdeel, dekking and Rijksdekking; restopgave, rest-Rijks and overschot.
 * - Pijlers (one row per periode and pijler): SUMIFS over Onderdelen and Dekking; saldering
 *   with MAX(0, …); per jaar with a VLOOKUP of the periode's years.
 */
export function formulaSheets({ opgave, dekking }: PlainRows): { sheets: Sheets; layout: FormulaLayout } {
  const sleutels = STANDAARD_SLEUTELS.map((s) => [`${s.pijler}|${s.onderdeel === '*' ? '' : s.onderdeel}`, s.rijksaandeel.toNumber()]);
  const perioden = STANDAARD_PERIODEN.map((p, i) => [p.periode, p.eersteJaar, p.laatsteJaar, `=C${i + 2}-B${i + 2}+1`]);
  const keyRange = range('Verdeelsleutels', 0, sleutels.length, 1);
  const jaren = (cell: string) => `VLOOKUP(${cell},${range('Perioden', 0, perioden.length, 3)},4,FALSE())`;

  const groups: string[][] = [];
  const seen = new Set<string>();
  for (const r of opgave) {
    const key = [r.periode, r.pijler, r.onderdeel, r.gebied].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    groups.push([r.periode, r.pijler, r.onderdeel, r.gebied]);
  }
  const pillars = [...new Set(groups.map(([periode, pijler]) => `${periode}|${pijler}`))];
  const [n, m, g] = [opgave.length, dekking.length, groups.length];
  const ond = (c: number) => range('Onderdelen', c, g);

  const opgaveSheet = opgave.map((r, i) => {
    const x = i + 2;
    const inGroup = (c: number) => `INDEX(${ond(c)},H${x})`;
    return [
      r.periode,
      r.pijler,
      r.onderdeel,
      r.gebied,
      r.opgave,
      `=E${x}*IFERROR(VLOOKUP(B${x}&"|"&C${x},${keyRange},2,FALSE()),VLOOKUP(B${x}&"|",${keyRange},2,FALSE()))`,
      `=A${x}&"|"&B${x}&"|"&C${x}&"|"&D${x}`,
      `=MATCH(G${x},${ond(11)},0)`,
      `=IF(${inGroup(4)}=0,0,${inGroup(6)}*E${x}/${inGroup(4)})`,
      `=IF(${inGroup(5)}=0,0,${inGroup(7)}*F${x}/${inGroup(5)})`,
      `=MAX(0,E${x}-I${x})`,
      `=MAX(0,F${x}-J${x})`,
      `=K${x}/${jaren(`A${x}`)}`,
      `=MAX(0,I${x}-E${x})`,
    ];
  });
  const dekkingSheet = dekking.map((r, i) => [
    r.periode,
    r.pijler,
    r.bron,
    r.onderdeel || null,
    r.gebied,
    r.cofinanciering,
    r.rijksfinanciering,
    `=F${i + 2}+G${i + 2}`,
  ]);
  const onderdelenSheet = groups.map((key, i) => {
    const x = i + 2;
    const byGroup: [number, string][] = [
      [0, `A${x}`],
      [1, `B${x}`],
      [2, `C${x}`],
      [3, `D${x}`],
    ];
    const dekkingByGroup: [number, string][] = [
      [0, `A${x}`],
      [1, `B${x}`],
      [3, `C${x}`],
      [4, `D${x}`],
    ];
    return [
      ...key,
      sumifs('Opgave', n, 4, byGroup),
      sumifs('Opgave', n, 5, byGroup),
      sumifs('Dekking', m, 7, dekkingByGroup),
      sumifs('Dekking', m, 6, dekkingByGroup),
      `=MAX(0,E${x}-G${x})`,
      `=MAX(0,F${x}-H${x})`,
      `=MAX(0,G${x}-E${x})`,
      `=A${x}&"|"&B${x}&"|"&C${x}&"|"&D${x}`,
    ];
  });
  const pijlersSheet = pillars.map((pillar, i) => {
    const x = i + 2;
    const byPillar: [number, string][] = [
      [0, `A${x}`],
      [1, `B${x}`],
    ];
    return [
      ...pillar.split('|'),
      ...[4, 5, 8, 9, 10].map((c) => sumifs('Onderdelen', g, c, byPillar)),
      sumifs('Dekking', m, 7, byPillar),
      sumifs('Dekking', m, 6, byPillar),
      `=MAX(0,C${x}-H${x})`,
      `=MAX(0,D${x}-I${x})`,
      `=J${x}/${jaren(`A${x}`)}`,
    ];
  });
  const head = (...names: string[]) => [names];
  return {
    sheets: {
      Verdeelsleutels: [...head('Sleutel', 'Rijksaandeel'), ...sleutels],
      Perioden: [...head('Periode', 'Eerste jaar', 'Laatste jaar', 'Jaren'), ...perioden],
      Opgave: [
        ...head(
          'Periode',
          'Pijler',
          'Onderdeel',
          'Gebied',
          'Opgave',
          'Rijksdeel',
          'Sleutel',
          'Groep',
          'Dekking',
          'Rijksdekking',
          'Restopgave',
          'Rest. Rijksopgave',
          'Jaarlijkse restopgave',
          'Overschot dekking',
        ),
        ...opgaveSheet,
      ],
      Dekking: [
        ...head('Periode', 'Pijler', 'Bron', 'Onderdeel', 'Gebied', 'Cofinanciering', 'Rijksfinanciering', 'Totale dekking'),
        ...dekkingSheet,
      ],
      Onderdelen: [
        ...head(
          'Periode',
          'Pijler',
          'Onderdeel',
          'Gebied',
          'Opgave',
          'Rijksdeel',
          'Dekking',
          'Rijksdekking',
          'Restopgave',
          'Rest. Rijksopgave',
          'Overschot',
          'Sleutel',
        ),
        ...onderdelenSheet,
      ],
      Pijlers: [
        ...head(
          'Periode',
          'Pijler',
          'Opgave',
          'Rijksdeel',
          'Restopgave per onderdeel',
          'Rest. Rijksopgave per onderdeel',
          'Overschot',
          'Dekking',
          'Rijksdekking',
          'Restopgave',
          'Rest. Rijksopgave',
          'Jaarlijkse restopgave',
        ),
        ...pijlersSheet,
      ],
    },
    layout: { pillars, pillarColumns: [2, 3, 4, 5, 6, 9, 10, 11], rowColumns: [5, 8, 9, 10, 11, 12, 13] },
  };
}
