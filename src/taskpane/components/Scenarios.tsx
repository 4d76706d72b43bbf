import React from 'react';
import { Toggle } from 'office-ui-fabric-react/lib/Toggle';
import type { ScenarioInGebruik } from '../../engine';
import { switchScenarios } from '../state/actions';
import { usePaneEnv } from '../state/paneContext';
import { getoond, type PaneState } from '../state/paneState';
import { heeftScenario, zelfdeScenario } from '../state/scenarioNaam';
import { aantal } from '../state/statusregel';
import { klassen } from './styles';

/** `2 opgaveregels`, `1 dekkingsregel`, `2 opgaveregels en 1 dekkingsregel`. */
export function regelsVan(s: Pick<ScenarioInGebruik, 'opgaveRegels' | 'dekkingRegels'>): string {
  const delen = [
    ...(s.opgaveRegels ? [aantal(s.opgaveRegels, 'opgaveregel', 'opgaveregels')] : []),
    ...(s.dekkingRegels ? [aantal(s.dekkingRegels, 'dekkingsregel', 'dekkingsregels')] : []),
  ];
  return delen.join(' en ');
}

/**
 * The workbook's scenarios as the last figures name them; without figures, as a read before
 * any run found them (`verkend`); and those switched on that they do not name (however
 * spelled), so they can be switched off.
 */
function lijst(state: PaneState): { naam: string; regels?: string }[] {
  const bekend = getoond(state)?.resultaat.scenarios ?? state.verkend ?? [];
  const aan = (state.scenarios ?? []).filter((naam) => !bekend.some((s) => zelfdeScenario(s.naam, naam)));
  return [...bekend.map((s) => ({ naam: s.naam, regels: regelsVan(s) })), ...aan.map((naam) => ({ naam }))];
}

/**
 * The scenario switches (issue 7): rows with a scenario count only when it is on. A switch
 * computes without writing (base vs scenario in Resultaat); Herbereken writes what is on.
 */
export function Scenarios({ state }: { state: PaneState }): JSX.Element | null {
  const env = usePaneEnv();
  const scenarios = lijst(state);
  if (scenarios.length === 0) return null;
  const aan = state.scenarios ?? [];
  // In the workbook's order, whatever the order of the clicks.
  const zet = (naam: string, opAan: boolean) =>
    void switchScenarios(
      env,
      scenarios.map((s) => s.naam).filter((n) => (zelfdeScenario(n, naam) ? opAan : heeftScenario(aan, n))),
    );
  return (
    <section aria-labelledby="nplv-scenarios" aria-busy={state.rekent ?? false}>
      <h2 id="nplv-scenarios" className={klassen.sectieKop}>
        {"Scenario's"}
      </h2>
      <p className={klassen.toelichting}>
        Regels met een scenario tellen alleen mee als het aan staat. Aan- of uitzetten rekent door zonder te schrijven; Herbereken zet het
        in de werkmap.
      </p>
      {scenarios.map(({ naam, regels }) => (
        <Toggle
          key={naam}
          className={klassen.scenario}
          label={
            <>
              {naam}
              {regels && <span className={klassen.regels}>{` · ${regels}`}</span>}
            </>
          }
          inlineLabel
          onText="aan"
          offText="uit"
          checked={heeftScenario(aan, naam)}
          disabled={state.bezig}
          onChange={(_e, opAan) => zet(naam, !!opAan)}
        />
      ))}
    </section>
  );
}
