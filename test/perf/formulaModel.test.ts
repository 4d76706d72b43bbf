import { bereken, type Dec } from '../../src/engine';
import { plainRows, toInvoer } from '../support/data';
import { formulaModel } from '../support/formulaModel';
import { assertSameFigures, type Figures } from '../support/sameFigures';
import { allRows } from '../support/columns';

/** The engine's figures in the shape of the benchmark models (floatModel's order of fields). */
function engineFigures(rows: ReturnType<typeof plainRows>): Figures {
  const uitkomst = bereken(toInvoer(rows));
  if (!uitkomst.ok) throw new Error(uitkomst.meldingen.map((m) => m.bericht).join('; '));
  const { perioden, regels } = uitkomst.resultaat;
  const num = (values: Dec[]) => values.map((v) => v.toNumber());
  const pillars = new Map(
    perioden.flatMap((p) =>
      p.pijlers.map((c) => [
        `${p.periode}|${c.pijler}`,
        num([
          c.opgave,
          c.rijksdeel,
          c.restopgavePerOnderdeel,
          c.restRijksopgavePerOnderdeel,
          c.overschot,
          c.restopgave,
          c.restRijksopgave,
          c.jaarlijkseRestopgave,
        ]),
      ]),
    ),
  );
  const rowFigures = allRows(regels).map((r) =>
    num([r.rijksdeel, r.dekking, r.rijksdekking, r.restopgave, r.restRijksopgave, r.jaarlijkseRestopgave, r.overschot]),
  );
  return { pillars, rows: rowFigures };
}

describe("the benchmark's formula model (HyperFormula)", () => {
  const rows = plainRows(200);
  const actual = formulaModel(rows);

  it("gives the engine's figures per periode and pijler and per row", () => {
    const expected = engineFigures(rows);
    expect(expected.pillars.size).toBe(4);
    expect(() => assertSameFigures(actual, expected)).not.toThrow();
  });

  it('is caught when a figure differs', () => {
    const expected = engineFigures(rows);
    const [key, figures] = [...expected.pillars][0];
    expected.pillars.set(key, [figures[0] * (1 + 1e-8), ...figures.slice(1)]);
    expect(() => assertSameFigures(actual, expected)).toThrow(/differ at/);
  });
});
