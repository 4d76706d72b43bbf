import { melding, engineTekst } from '../messages';
import { normalize } from '../names';
import type { DekkingInvoer, Invoer, Melding, OpgaveInvoer, ScenarioInGebruik } from '../types';

/** Which rows count under a choice of scenarios (issue 7): rows without a scenario always do. */
export interface ScenarioKeuze {
  scenarios: ScenarioInGebruik[];
  /** Whether a row counts; always true when no row names a scenario. */
  telt: (row: OpgaveInvoer | DekkingInvoer) => boolean;
  /** Scenarios asked for that no row names. */
  fouten: Melding[];
}

/**
 * The scenarios named in the rows, in the order of their first row (opgave rows first), and
 * which of them `aan` switches on. A scenario asked for that no row names is an error, so a
 * typing error never silently gives the base.
 */
export function scenarioKeuze(invoer: Invoer, aan: readonly string[] = []): ScenarioKeuze {
  const found = new Map<string, ScenarioInGebruik>();
  const count = (rows: readonly (OpgaveInvoer | DekkingInvoer)[], veld: 'opgaveRegels' | 'dekkingRegels') => {
    for (const row of rows) {
      const naam = row.scenario?.trim();
      if (!naam) continue;
      const key = normalize(naam);
      let s = found.get(key);
      if (!s) found.set(key, (s = { naam, aan: false, opgaveRegels: 0, dekkingRegels: 0 }));
      s[veld]++;
    }
  };
  count(invoer.opgave, 'opgaveRegels');
  count(invoer.dekking, 'dekkingRegels');
  const on = new Set<string>();
  const fouten: Melding[] = [];
  for (const naam of aan) {
    const s = found.get(normalize(naam));
    if (s) {
      s.aan = true;
      on.add(normalize(naam));
    } else
      fouten.push(
        melding(
          'fout',
          undefined,
          'scenario',
          engineTekst.scenarioOnbekend(
            naam,
            [...found.values()].map((x) => x.naam),
          ),
        ),
      );
  }
  const telt =
    found.size === 0 ? () => true : (row: OpgaveInvoer | DekkingInvoer) => !row.scenario?.trim() || on.has(normalize(row.scenario));
  return { scenarios: [...found.values()], telt, fouten };
}

/** The indices of the rows that do not count: none, without a look at the rows, when no row names a scenario. */
export function uitgesloten(rows: readonly (OpgaveInvoer | DekkingInvoer)[], keuze: ScenarioKeuze): number[] {
  const out: number[] = [];
  if (keuze.scenarios.length > 0) rows.forEach((r, i) => keuze.telt(r) || out.push(i));
  return out;
}

/** The checked rows without those that do not count (the same array when all count). */
export function zonder<T extends { index: number }>(rows: readonly T[], uit: readonly number[]): readonly T[] {
  if (uit.length === 0) return rows;
  const skip = new Set(uit);
  return rows.filter((r) => !skip.has(r.index));
}

/** Warnings for the fields given as PM in rows that count: they count as 0. */
export function pmWarnings(rows: readonly (OpgaveInvoer | DekkingInvoer)[], telt: ScenarioKeuze['telt']): Melding[] {
  const out: Melding[] = [];
  for (const row of rows) {
    if (!row.pm?.length || !telt(row)) continue;
    for (const veld of row.pm) out.push(melding('waarschuwing', row.herkomst, veld, engineTekst.pm(veld)));
  }
  return out;
}
