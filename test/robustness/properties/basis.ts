import fc from 'fast-check';
import type { CellValue } from '../../../src/workbook/port';
import { voorbeeldWerkmap } from '../../../src/voorbeeld/werkmap';
import { DEKKING_ROWS, OPGAVE_ROWS } from '../../contract/seedSheets';
import { bedrag } from './celwaarden';
import { blad, type Werkmap } from './werkmap';

/** A table as the well-formed workbooks hold it: rows from A1, the header row (1-based). */
interface Voorbeeldtabel {
  rows: CellValue[][];
  kopRij: number;
}

const BEDRAGKOPPEN = ['Opgave', 'Cofinanciering', 'Rijksfinanciering'];

/** The two well-formed shapes: the seed's neat tables (header in row 1), and the example workbook (title rows, control rows, '-'). */
const VORMEN: { opgave: Voorbeeldtabel; dekking: Voorbeeldtabel }[] = [
  { opgave: { rows: OPGAVE_ROWS, kopRij: 1 }, dekking: { rows: DEKKING_ROWS, kopRij: 1 } },
  { opgave: { rows: voorbeeldWerkmap().Opgave, kopRij: 3 }, dekking: { rows: voorbeeldWerkmap().Dekking, kopRij: 3 } },
];

/**
 * The table with some of its rows (most, in order) and new amounts in some of them: a row is
 * dropped one time in eight, an amount replaced one time in two.
 */
function varieer({ rows, kopRij }: Voorbeeldtabel): fc.Arbitrary<CellValue[][]> {
  const kop = rows[kopRij - 1];
  const bedragKolommen = kop.flatMap((v, i) => (typeof v === 'string' && BEDRAGKOPPEN.includes(v) ? [i] : []));
  const data = rows.slice(kopRij);
  const rij = (r: CellValue[]) =>
    fc
      .option(fc.tuple(...bedragKolommen.map(() => fc.option(bedrag, { nil: undefined, freq: 2 }))), { nil: undefined, freq: 8 })
      .map((nieuw) => {
        if (!nieuw) return undefined;
        const uit = [...r];
        bedragKolommen.forEach((k, i) => nieuw[i] !== undefined && r.length > k && (uit[k] = nieuw[i]!));
        return uit;
      });
  return fc
    .tuple(...data.map(rij))
    .map((gekozen) => [...rows.slice(0, kopRij).map((r) => [...r]), ...gekozen.filter((r) => r !== undefined)]);
}

/** A well-formed workbook like the example: sheets Opgave and Dekking, nothing else. */
export const goedeWerkmap: fc.Arbitrary<Werkmap> = fc
  .constantFrom(...VORMEN)
  .chain((vorm) => fc.tuple(fc.constant(vorm), varieer(vorm.opgave), varieer(vorm.dekking)))
  .map(([vorm, opgave, dekking]) => ({
    bladen: [blad('Opgave', opgave), blad('Dekking', dekking)],
    opgave: { blad: 'Opgave', kopRij: vorm.opgave.kopRij },
    dekking: { blad: 'Dekking', kopRij: vorm.dekking.kopRij },
  }));
