import { bereken, Dec, type Resultaat } from '../../src/engine';
import { checkAgainstFloat } from '../../bench/engineCheck';
import { floatModel } from '../../bench/floatModel';
import { plainRows, toInvoer } from '../support/data';

function resultaat(rows: ReturnType<typeof plainRows>): Resultaat {
  const uitkomst = bereken(toInvoer(rows));
  if (!uitkomst.ok) throw new Error(uitkomst.meldingen.map((m) => m.bericht).join('; '));
  return uitkomst.resultaat;
}

describe("the benchmark's rows", () => {
  it('give n/2 dekking rows, mirroring the even opgave rows, unless told otherwise', () => {
    const { opgave, dekking } = plainRows(40);
    expect(dekking).toHaveLength(20);
    dekking.forEach((d, j) =>
      expect([d.periode, d.pijler, d.gebied]).toEqual([opgave[2 * j].periode, opgave[2 * j].pijler, opgave[2 * j].gebied]),
    );
  });

  it('give as many dekking rows as asked: the same first n/2, then the odd opgave rows', () => {
    const half = plainRows(40);
    const { opgave, dekking } = plainRows(40, 40);
    expect(dekking).toHaveLength(40);
    expect(dekking.slice(0, 20)).toEqual(half.dekking);
    dekking
      .slice(20)
      .forEach((d, j) =>
        expect([d.periode, d.pijler, d.gebied]).toEqual([opgave[2 * j + 1].periode, opgave[2 * j + 1].pijler, opgave[2 * j + 1].gebied]),
      );
    expect(new Set(dekking.map((d) => d.pijler))).toEqual(new Set(['Fysiek', 'Sociaal-maatschappelijk']));
  });
});

describe("the benchmark's check of the engine against the float model", () => {
  const rows = plainRows(2_000, 2_000);
  const float = floatModel(rows);

  it('finds every figure the same: each periode, pijler, onderdeel, opgave row and dekking row', () => {
    const check = checkAgainstFloat(resultaat(rows), float);
    expect(check.error).toBeUndefined();
    // 2 perioden and 4 pijlers of 14 figures; per periode and pijler 20 gebieden with 4 of the
    // pijler's 5 onderdelen each (row i: onderdeel (i >> 2) % 5, gebied (i >> 4) % 20) of 10;
    // 7 per opgave row, 1 per dekking row
    expect(check.count).toBe(2 * 14 + 4 * 14 + 2 * 2 * 20 * 4 * 10 + 2_000 * 7 + 2_000);
  });

  it.each([
    ["a row's figure differs", (r: Resultaat) => (r.regels.column('restRijksopgave')[17] *= 1 + 1e-8), /row 17/],
    ["a dekking row's total differs", (r: Resultaat) => (r.dekkingRegels.column('totaleDekking')[1_999] += 0.01), /dekking row 1999/],
    [
      "an onderdeel's figure differs",
      (r: Resultaat) => (r.perioden[1].pijlers[1].onderdelen[3].rijksoverschot = new Dec(1)),
      /onderdeel 2030 t\/m 2035\|Sociaal/,
    ],
    [
      "a periode's total differs",
      (r: Resultaat) => (r.perioden[0].totaal.jaarlijkseRestRijksopgave = r.perioden[0].totaal.restRijksopgave),
      /totaal tot 2030/,
    ],
    ['an onderdeel is missing', (r: Resultaat) => r.perioden[0].pijlers[0].onderdelen.pop(), /expected/],
  ])('is caught when %s', (_, change, where) => {
    const r = resultaat(rows);
    change(r);
    expect(checkAgainstFloat(r, float).error).toMatch(where);
  });
});
