import fc from 'fast-check';
import { Dec } from '../../../src/engine';
import { gewoneWaarde, VOLLEDIG } from '../../../src/workbook/read/gewoneCel';
import { decimalOf } from '../../../src/workbook/read/parseNumberText';
import { readCell, type GelezenCel } from '../../../src/workbook/read/readCell';
import type { CellValue } from '../../../src/workbook/port';
import type { Soort } from '../../../src/workbook/sheetDefs';
import { grid } from '../../contract/grids';

const SOORTEN: Soort[] = ['tekst', 'bedrag', 'fractie', 'jaar'];
const NOTATIES = ['General', '#,##0.0', '0%', 'd-m-yyyy', 'h:mm', '@'];

// What the full read of a cell gives (readCell, WORKBOOK.md "Cell values"): the value, or the message.
function volledig(soort: Soort, value: CellValue, formula: string | null, numberFormat: string) {
  const c: GelezenCel = { veld: 'opgave', soort, rij: 2, kolom: 1, value, formula, numberFormat, bold: false };
  return readCell(grid('Opgave', [['Opgave'], [value]]), c, () => undefined).parsed;
}

const shown = (v: unknown) => (v instanceof Dec ? `Dec ${v.toString()} ${v.isNegative()}` : `${typeof v} ${String(v)}`);

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 10),
  fc.constantFrom(0, -0, 2030, 445, 1234.5, 0.1, 1e21, 1e-7, Number.MAX_SAFE_INTEGER),
  fc.constantFrom('', '  ', ' Fysiek ', '-', '–', 'PM', 'p.m.', '1.234,5', '30%', 'n.b.', '2030'),
  fc.string(),
  fc.boolean(),
  fc.constantFrom({ error: '#N/A' }, { error: '#DIV/0!' }),
);

describe('gewoneWaarde: the cells nearly every row holds, read straight away', () => {
  it('gives every cell it reads the value the full read gives it, and leaves the rest to that read', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SOORTEN),
        cellValue,
        fc.constantFrom(null, 'A1*2'),
        fc.constantFrom(...NOTATIES),
        (soort, value, formula, notatie) => {
          const gewoon = gewoneWaarde(soort, value, formula, notatie);
          if (gewoon === VOLLEDIG) return;
          const parsed = volledig(soort, value, formula, notatie);
          expect(parsed.ok).toBe(true);
          expect(shown(gewoon)).toBe(shown(parsed.ok && parsed.value));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads the plain cells itself: empty, text, a whole year, an amount, a key', () => {
    expect(gewoneWaarde('tekst', ' Fysiek ', null, 'General')).toBe('Fysiek');
    expect(gewoneWaarde('tekst', null, null, 'General')).toBe('');
    expect(gewoneWaarde('jaar', 2030, null, 'General')).toBe(2030);
    expect(shown(gewoneWaarde('bedrag', 1234.5, null, '#,##0.0'))).toBe('Dec 1234.5 false');
    expect(shown(gewoneWaarde('bedrag', null, null, 'General'))).toBe('Dec 0 false');
    expect(shown(gewoneWaarde('fractie', 0.3, null, '0%'))).toBe('Dec 0.3 false');
    expect(gewoneWaarde('fractie', null, null, 'General')).toBeUndefined();
  });

  it('leaves formulas, negative amounts, dates, text in a column of numbers and error values to the full read', () => {
    for (const [soort, value, formula, notatie] of [
      ['bedrag', 5, 'A1*2', 'General'],
      ['bedrag', -5, null, 'General'],
      ['bedrag', 46082, null, 'd-m-yyyy'],
      ['fractie', 0.5, null, 'h:mm'],
      ['bedrag', 'PM', null, 'General'],
      ['bedrag', '-', null, 'General'],
      ['jaar', 2030.5, null, 'General'],
      ['tekst', { error: '#N/A' }, null, 'General'],
      ['tekst', true, null, 'General'],
    ] as [Soort, CellValue, string | null, string][]) {
      expect(gewoneWaarde(soort, value, formula, notatie)).toBe(VOLLEDIG);
    }
  });
});

describe('decimalOf: a number as the decimal its shortest text shows', () => {
  it('equals decimal.js reading String(n), and −0 is 0', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.integer(),
          fc.integer({ min: -1e8, max: 1e8 }).map((n) => n / 100),
        ),
        (n) => {
          const d = decimalOf(n);
          const expected = new Dec(String(n));
          expect(d.toString()).toBe(expected.toString());
          expect(d.isNegative()).toBe(expected.isNegative());
        },
      ),
      { numRuns: 2000 },
    );
    expect(decimalOf(-0).isNegative()).toBe(false);
  });
});
