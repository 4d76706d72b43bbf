import { meldingLine } from '../../../src/cli/report';
import { MemoryWorkbook } from '../../../src/workbook/adapters/memory/memoryWorkbook';
import { berekenWerkmap, herberekenWerkmap } from '../../../src/workbook/herbereken';
import { readXlsxPackage } from '../../../src/workbook/adapters/xlsx';
import { memoryHarness } from '../../robustness/harnesses';
import { CORPUS } from '../../robustness/corpus';
import { blad, rij, xlsx } from '../../robustness/hostile/grootteBestanden';

/**
 * Issue 13, items 2, 6 and 7: a grid's memory goes with its cells, not its used range; and a
 * result that cannot be written is refused by both commands alike.
 */

const LAATSTE_RIJ = 1_048_576;

describe('a sparse sheet', () => {
  /** The distinct row arrays of a grid and how many cells they hold together. */
  const omvang = (rows: unknown[][]) => {
    const eigen = new Set(rows);
    return { rijen: rows.length, verschillend: eigen.size, cellen: [...eigen].reduce((n, r) => n + r.length, 0) };
  };

  it('on the memory adapter: a million rows share one empty row; only the rows with a cell have their own', async () => {
    const wb = new MemoryWorkbook({ Blad: { values: [['a', 1]] } });
    await wb.apply({ sheets: [], writes: [{ sheet: 'Blad', top: LAATSTE_RIJ, left: 26, values: [['z']] }], deleteSheets: [] });
    const [g] = await wb.readSheets(['Blad']);
    // Rows 1 and 1048576 (2 and 26 cells long) and the one shared empty row.
    expect(omvang(g.values)).toEqual({ rijen: LAATSTE_RIJ, verschillend: 3, cellen: 28 });
    expect(Object.isFrozen(g.values[1])).toBe(true);
  });

  it('on the package adapter: one value at XFD1048576 beside A1 is two rows of cells, not 17 billion', async () => {
    const bytes = await xlsx({ Blad: blad([rij(1, ['a', 1]), rij(LAATSTE_RIJ, ['x'], 16_384)]) });
    const [g] = await (await readXlsxPackage(bytes)).port.readSheets(['Blad']);
    expect([g.top, g.left]).toEqual([1, 1]);
    expect(omvang(g.values)).toEqual({ rijen: LAATSTE_RIJ, verschillend: 3, cellen: 2 + 16_384 });
    expect(g.values[LAATSTE_RIJ - 1][16_383]).toBe('x');
  });
});

describe('what cannot be written is refused by both commands alike', () => {
  // The million-row kind is run through the process for both commands (test/hostile/grootte.ts).
  const fouten = CORPUS.filter((g) => 'fouten' in g.verwacht && /XFD|32,76|beyond/.test(g.soort) && !/1048576/.test(g.soort));

  it('covers the kinds of items 6 and 7', () => expect(fouten.length).toBeGreaterThanOrEqual(4));

  it.each(fouten)(
    '$soort: the same errors from totaalbeeld (berekenWerkmap) as from herbereken',
    async ({ werkmap, verwacht }) => {
      const [schrijvend, lezend] = [await memoryHarness.create(werkmap), await memoryHarness.create(werkmap)];
      const [h, b] = [await herberekenWerkmap(schrijvend), await berekenWerkmap(lezend)];
      expect(b.ok).toBe(false);
      expect(b.meldingen.map(meldingLine)).toEqual(h.meldingen.map(meldingLine));
      expect(b.meldingen.map(meldingLine).sort()).toEqual([...(verwacht as { fouten: string[] }).fouten].sort());
    },
    60_000,
  );
});
