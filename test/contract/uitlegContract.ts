import type { Uitleg } from '../../src/engine';
import { berekenWerkmap, herberekenWerkmap } from '../../src/workbook/herbereken';
import type { CellValue, WorkbookPort } from '../../src/workbook/port';
import { a1 } from '../../src/sheet/address';
import type { Harness } from './contract';
import { NU, ok, scenarioFixture } from './contractFixture';

type Uitlegger = (blad: string, cel: string) => Uitleg | undefined;

const TOTAALBEELD = 'NPLV Totaalbeeld';
// Fundering is off: its row (Opgave 24) shows empty cells that the Uitleg says do not count.
const AAN = ['Extra nieuwbouw', 'Wbi'];
const UIT_RIJ = 24;
const OPGAVE_UITVOER = [9, 15]; // I–O

async function grid(port: WorkbookPort, blad: string) {
  const [g] = await port.readSheets([blad]);
  return {
    rows: g.top + g.values.length,
    columns: g.left + Math.max(...g.values.map((r) => r.length)),
    at: (r: number, c: number): CellValue => g.values[r - g.top]?.[c - g.left] ?? null,
  };
}

/**
 * What the Uitleg of each cell of a sheet (and one row and column beyond) must be, given what
 * the run wrote there: in the columns it owns (`eigen`), a number's Uitleg has that number as
 * its waarde, exactly, and an empty cell of a row that does not count (`leeg`) 0; every other
 * cell has none. Returns how many figures it compared.
 */
async function expectUitleg(
  uitleg: Uitlegger,
  port: WorkbookPort,
  blad: string,
  eigen: (c: number) => boolean,
  leeg: (r: number) => boolean = () => false,
) {
  const g = await grid(port, blad);
  const wrong: string[] = [];
  let figures = 0;
  for (let r = 1; r <= g.rows + 1; r++)
    for (let c = 1; c <= g.columns + 1; c++) {
      const value = g.at(r, c);
      const verwacht = !eigen(c) ? undefined : typeof value === 'number' ? value : value === null && leeg(r) ? 0 : undefined;
      const kreeg = uitleg(blad, a1(r, c))?.waarde.toNumber();
      if (kreeg !== verwacht) wrong.push(`${blad}!${a1(r, c)}: ${JSON.stringify(value)}, Uitleg ${kreeg}`);
      if (verwacht !== undefined) figures++;
    }
  expect(wrong).toEqual([]);
  return figures;
}

/** Uitleg (issue 7) on every adapter: each cell that shows an output figure names it, where the run writes it. */
export function uitlegContract(harness: Harness): void {
  describe('Uitleg of a cell: its figure, exactly as the run writes it', () => {
    let voor: Uitlegger, na: Uitlegger, daarna: Uitlegger, stored: WorkbookPort;
    beforeAll(async () => {
      const port = await harness.create(scenarioFixture());
      // Before the first run the owned columns are not there yet: the cells where the run will put them.
      voor = ok(await berekenWerkmap(port, { nu: NU, scenarios: AAN })).uitleg;
      na = ok(await herberekenWerkmap(port, { nu: NU, scenarios: AAN })).uitleg;
      stored = await harness.reopen(port);
      // After it, the columns are found by their headers.
      daarna = ok(await berekenWerkmap(stored, { nu: NU, scenarios: AAN })).uitleg;
    });
    const each = () => [voor, na, daarna];

    it('Opgave: the seven columns of data rows and of the control row; the row of a scenario that is off says it does not count', async () => {
      for (const u of each()) {
        const eigen = (c: number) => c >= OPGAVE_UITVOER[0] && c <= OPGAVE_UITVOER[1];
        // 20 seed rows, the control row, Extra nieuwbouw and Fundering (off: 0), seven columns each.
        expect(await expectUitleg(u, stored, 'Opgave', eigen, (r) => r === UIT_RIJ)).toBe(23 * 7);
        expect(u('Opgave', 'I24')?.nietMeegeteld).toEqual({ scenario: 'Fundering' });
        expect(u('Opgave', 'I25')?.scenarios).toEqual(AAN);
      }
    });

    it('Dekking: Totale dekking of data rows and of the control row (7: 190 + 485)', async () => {
      for (const u of each()) {
        expect(await expectUitleg(u, stored, 'Dekking', (c) => c === 8)).toBe(14 + 1 + 1); // the seed's rows, the control row, Wbi
        expect(u('Dekking', 'H7')?.waarde.toNumber()).toBe(675);
        expect(u('Dekking', 'H17')?.waarde.toNumber()).toBe(43);
      }
    });

    it('NPLV Totaalbeeld: every amount of the sheet, and nothing else', async () => {
      for (const u of each()) expect(await expectUitleg(u, stored, TOTAALBEELD, () => true)).toBeGreaterThan(100);
    });

    it('sheet names in any case and spacing, $-addresses and ranges (their top-left cell)', () => {
      for (const u of each()) {
        const waarde = (blad: string, cel: string) => u(blad, cel)?.waarde.toNumber();
        expect(waarde('Opgave', 'I2')).toBe(222.5); // Rijksdeel of Nieuwbouw tot 2030: 445 × 50% (golden.json)
        expect([waarde('opgave', '$I$2'), waarde(' OPGAVE ', 'i2:k3'), waarde('Opgave', '$I2:$O$30')]).toEqual([222.5, 222.5, 222.5]);
        expect(waarde('nplv totaalbeeld', 'B5')).toBe(u(TOTAALBEELD, 'B5')?.waarde.toNumber());
        expect([u('Notities', 'B3'), u('Onbekend', 'I2'), u('Opgave', 'I'), u('Opgave', '2'), u('Opgave', ''), u('Opgave', 'I0')]).toEqual(
          Array(6).fill(undefined),
        );
      }
    });
  });
}
