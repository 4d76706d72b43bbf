import { bereken, type Doel, type Invoer } from '../src/engine';
import { plainRows, toInvoer } from '../test/support/data';
import { median, medianOf } from './median';

const N = 200_000;
const SCENARIO = 'Extra';

// Every tenth row of both sheets in one scenario: a workbook with scenario rows, as issue 7 adds them.
function withScenario(invoer: Invoer): Invoer {
  const mark = <T>(rows: readonly T[]) => rows.map((r, i) => (i % 10 === 0 ? { ...r, scenario: SCENARIO } : r));
  return { opgave: mark(invoer.opgave), dekking: mark(invoer.dekking) };
}

function ok(uitkomst: ReturnType<typeof bereken>) {
  if (!uitkomst.ok) throw new Error('benchmark input has errors');
  return uitkomst;
}

// Row figures spread over the sheet, and the two sums the pane can be asked for.
const rowQuestions = (count: number): Doel[] =>
  Array.from({ length: count }, (_, i) => ({
    soort: 'regel',
    index: Math.floor((i * N) / count),
    veld: i % 2 ? 'restopgave' : 'jaarlijkseRestopgave',
  }));
const PIJLER: Doel = { soort: 'pijler', periode: 'tot 2030', pijler: 'Fysiek', veld: 'restopgave' };
const TOTAAL: Doel = { soort: 'totaal', periode: 'tot 2030', veld: 'restopgavePerOnderdeel' };

/**
 * Issue 7 at 200k rows: what scenario rows cost a recalculation (the base, and with the
 * scenario on), and what the Uitleg costs the pane: the first question (which indexes the
 * rows) and the ones after it. No goal of its own; printed so a slowdown shows.
 */
export function benchScenarioUitleg(): void {
  console.log(`\nScenarios and Uitleg at ${N.toLocaleString('nl-NL')} opgave rows (every tenth row of both sheets in a scenario)`);
  const plain = toInvoer(plainRows(N));
  const marked = withScenario(plain);
  const runs = 3;
  const zonder = median(runs, () => ok(bereken(plain)));
  const basis = median(runs, () => ok(bereken(marked)));
  const aan = median(runs, () => ok(bereken(marked, { scenarios: [SCENARIO] })));
  console.log(
    `  recalculation: no Scenario column ${zonder.toFixed(0)} ms · base ${basis.toFixed(0)} ms · scenario on ${aan.toFixed(0)} ms`,
  );
  const { uitleg } = ok(bereken(marked, { scenarios: [SCENARIO] }));
  const [first, ...rest] = rowQuestions(100);
  const eerste = median(1, () => uitleg(first));
  const regels = rest.map((d) => median(1, () => uitleg(d)));
  const [pijler, totaal] = [PIJLER, TOTAAL].map((d) => median(1, () => uitleg(d)));
  const delen = Math.max(...(uitleg(PIJLER)?.termen.map((t) => t.delen.length) ?? [0]));
  console.log(
    `  Uitleg: first question ${eerste.toFixed(1)} ms (indexes the rows); a row's figure median ${medianOf(regels).toFixed(2)} ms, ` +
      `worst ${Math.max(...regels).toFixed(1)} ms of ${regels.length}; a pijler's restopgave ${pijler.toFixed(0)} ms ` +
      `(a term of it lists all its ${delen.toLocaleString('nl-NL')} dekking rows); a total per onderdeel ${totaal.toFixed(1)} ms`,
  );
}
