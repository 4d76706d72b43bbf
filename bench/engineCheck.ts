import type { Dec, Resultaat } from '../src/engine';
import { assertSameFigures, type Figures } from '../test/support/sameFigures';
import { CIJFER_VELDEN, ONDERDEEL_VELDEN, REGEL_VELDEN, type FloatFigures } from './floatModel';

const num = (x: Dec) => x.toNumber();

/** Every figure of the engine's result, keyed as `expected` below keys the float model's. */
function engineFigures(resultaat: Resultaat): Figures {
  const pillars = new Map<string, number[]>();
  const pick = (o: object, velden: readonly string[]) => velden.map((v) => num((o as Record<string, Dec>)[v]));
  for (const p of resultaat.perioden) {
    pillars.set(`totaal ${p.periode}`, pick(p.totaal, CIJFER_VELDEN));
    for (const pijler of p.pijlers) {
      pillars.set(`pijler ${p.periode}|${pijler.pijler}`, pick(pijler, CIJFER_VELDEN));
      for (const o of pijler.onderdelen)
        pillars.set(
          `onderdeel ${p.periode}|${pijler.pijler}|${o.onderdeel.toLowerCase()}|${o.gebied.toLowerCase()}`,
          pick(o, ONDERDEEL_VELDEN),
        );
    }
  }
  resultaat.dekkingRegels.column('totaleDekking').forEach((x, i) => pillars.set(`dekking row ${i}`, [x]));
  const columns = REGEL_VELDEN.map((v) => resultaat.regels.column(v));
  const rows = Array.from({ length: columns[0].length }, (_, i) => columns.map((c) => c[i]));
  return { pillars, rows };
}

function expected(float: FloatFigures): Figures {
  const pillars = new Map<string, number[]>();
  for (const [periode, c] of float.totalen) pillars.set(`totaal ${periode}`, c);
  for (const [key, c] of float.pijlers) pillars.set(`pijler ${key}`, c);
  for (const [key, c] of float.onderdelen) pillars.set(`onderdeel ${key}`, c);
  float.totaleDekking.forEach((x, i) => pillars.set(`dekking row ${i}`, [x]));
  return { pillars, rows: float.rows };
}

/**
 * The engine's figures against the float model's, every one: the totals of each periode, each
 * pijler and onderdeel (per gebied), every opgave row's figures and every dekking row's total,
 * each within a relative `relative` (of the figure, or of 1 near zero): how many figures, and
 * the first that differs (the float model's figures first), if any.
 */
export function checkAgainstFloat(resultaat: Resultaat, float: FloatFigures, relative = 1e-9): { count: number; error?: string } {
  const want = expected(float);
  const count = [...want.pillars.values()].reduce((n, f) => n + f.length, 0) + want.rows.length * REGEL_VELDEN.length;
  try {
    assertSameFigures(engineFigures(resultaat), want, relative);
    return { count };
  } catch (e) {
    return { count, error: (e as Error).message.slice(0, 300) };
  }
}
