import { aanIn, type Berekening, type PaneState } from './paneState';

/** The pane's texts about a run: the header's state line and its parts. */

const twee = (n: number) => String(n).padStart(2, '0');

/** `14:32`, local time. */
export const klokTijd = (d: Date) => `${twee(d.getHours())}:${twee(d.getMinutes())}`;

export const aantal = (n: number, enkel: string, meer: string) => `${n} ${n === 1 ? enkel : meer}`;

/** The header's one-line state (PANE.md). */
export function statusregel(state: PaneState): string {
  const { laatste } = state;
  if (state.bezig) return `Bezig met ${state.bezigMet ?? 'de werkmap'}…`;
  if (!laatste) return 'Nog niet berekend';
  if (laatste.soort === 'fouten') return `${aantal(laatste.meldingen.length, 'fout', 'fouten')} — niets geschreven`;
  if (state.ongedaanOm)
    return `Ongedaan gemaakt om ${klokTijd(state.ongedaanOm)} — de berekening van ${klokTijd(laatste.tijd)} staat niet meer in de werkmap`;
  const regels = `${aantal(laatste.opgaveregels, 'opgaveregel', 'opgaveregels')}, ${aantal(laatste.dekkingsregels, 'dekkingsregel', 'dekkingsregels')}`;
  return `Berekend om ${klokTijd(laatste.tijd)}${metScenarios(aanIn(laatste.resultaat))} — ${regels}${nietMeegeteld(laatste)}`;
}

/** `A`, `A en B`, `A, B en C`. */
export const opsomming = (namen: readonly string[]) =>
  namen.length <= 1 ? namen.join('') : `${namen.slice(0, -1).join(', ')} en ${namen[namen.length - 1]}`;

/** ` met scenario Wbi naar rato`, ` met scenario's AZWA en Wbi naar rato`; nothing for the base. */
export const metScenarios = (aan: readonly string[]) =>
  aan.length === 0 ? '' : ` met ${aan.length === 1 ? 'scenario' : "scenario's"} ${opsomming(aan)}`;

// ` (6 regels in scenario's die uit staan)`: the rows that did not count.
function nietMeegeteld({ nietMeegeteld: n, resultaat }: Berekening): string {
  if (n === 0) return '';
  const uit = resultaat.scenarios.filter((s) => !s.aan).length;
  return ` (${aantal(n, 'regel', 'regels')} in ${uit === 1 ? 'een scenario dat uit staat' : "scenario's die uit staan"})`;
}
