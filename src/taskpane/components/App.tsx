import React, { useEffect, useMemo, useState } from 'react';
import type { PaneEnv } from '../state/actions';
import { Customizer } from 'office-ui-fabric-react/lib/Utilities';
import { Acties, MeerMenu } from './Acties';
import { Actiebericht } from './Actiebericht';
import './icons';
import { Kop } from './Kop';
import { Meldingen } from './Meldingen';
import { PaneContext } from '../state/paneContext';
import { getoond, getoondeWeergave } from '../state/paneState';
import { ResultaatPaneel } from './ResultaatPaneel';
import { Scenarios } from './Scenarios';
import type { SelectieVolger } from '../state/selectie';
import { createPaneStore, usePaneState, type PaneStore } from '../state/store';
import { klassen } from './styles';
import { LICHT, type PaneThema } from './thema';
import { Uitgangspunten } from './Uitgangspunten';
import { UitlegPaneel } from './UitlegPaneel';
import { WeergavePaneel } from './WeergavePaneel';
import { celUitlegger } from '../state/celUitleg';
import { verkenWerkmap } from '../state/openen';
import { Versies } from './Versies';
import { Gevoeligheid } from './Gevoeligheid';
import { Zelftest } from './Zelftest';
import type { WorkbookPort, ZelftestRapport } from '../../workbook';

export interface AppProps {
  port: WorkbookPort;
  /** Shared with the ribbon command; a fresh one when absent. */
  store?: PaneStore;
  /** The clock (tests fix it). */
  nu?: () => Date;
  /** The selection in the workbook, for the Uitleg (none: no Uitleg). */
  selectie?: SelectieVolger;
  /** Office's theme as the pane's colours (`paneThema`); none: light. */
  thema?: PaneThema;
  /** The Zelftest on Excel itself (issue 20), under …; none: not offered. */
  zelftest?: () => Promise<ZelftestRapport>;
}

const nieuweDatum = () => new Date();

function Pane({ store, thema }: { store: PaneStore; thema: PaneThema }): JSX.Element {
  const state = usePaneState(store);
  const { laatste } = state;
  const cijfers = getoond(state);
  const toon = getoondeWeergave(state);
  const vanRun = laatste?.soort === 'berekend' && !state.ongedaanOm ? laatste.uitleg : undefined;
  const vanVergelijking = state.vergeleken?.uitleg;
  const vanGevoeligheid = state.gevoelig?.uitleg;
  // One explainer per run, comparison and gevoeligheid: the Uitleg asks it once per selection (UitlegPaneel).
  const uitlegger = useMemo(() => celUitlegger(vanRun, vanVergelijking, vanGevoeligheid), [vanRun, vanVergelijking, vanGevoeligheid]);
  const resultaat = cijfers && toon && (
    <ResultaatPaneel
      resultaat={cijfers.resultaat}
      basis={cijfers.basis}
      geschreven={cijfers.geschreven}
      eenheid={{ werkmap: toon.eenheid, weergave: toon.weergave }}
    />
  );
  return (
    <main className={klassen.pane} style={kleurVariabelen(thema)} aria-busy={state.bezig}>
      <Kop state={state} menu={<MeerMenu bezig={state.bezig} />} />
      <Acties state={state} />
      {state.bericht && <Actiebericht bericht={state.bericht} />}
      <Zelftest state={state} />
      {/* As an analyst reads (issue 18): the answer first, then what to check, then what to change. */}
      {laatste && resultaat}
      {laatste && <Meldingen meldingen={cijfers?.meldingen ?? laatste.meldingen} />}
      <Scenarios state={state} />
      {/* Before the first run, a switch's figures and messages below the switches, so they do not move under the pointer. */}
      {!laatste && resultaat}
      {!laatste && cijfers && <Meldingen meldingen={cijfers.meldingen} />}
      {(laatste?.soort === 'berekend' || state.vergeleken || state.gevoelig) && (
        <UitlegPaneel uitlegger={uitlegger} ongedaan={!!state.ongedaanOm} vergeleken={!!state.vergeleken} gevoelig={!!state.gevoelig} />
      )}
      <Gevoeligheid state={state} />
      <WeergavePaneel state={state} />
      {cijfers && <Uitgangspunten sleutels={cijfers.resultaat.sleutels} perioden={cijfers.resultaat.periodenInGebruik} />}
      <Versies state={state} />
    </main>
  );
}

// The pane's own colours as the CSS variables styles.ts reads.
const kleurVariabelen = ({ kleuren }: PaneThema) =>
  ({
    '--nplv-tekst': kleuren.tekst,
    '--nplv-zacht': kleuren.zacht,
    '--nplv-lijn': kleuren.lijn,
    '--nplv-achtergrond': kleuren.achtergrond,
  }) as React.CSSProperties;

/** The NPLV task pane (PANE.md) on any workbook port: Office.js in Excel, in memory in tests. */
export function App({ port, store, nu = nieuweDatum, selectie, thema = LICHT, zelftest }: AppProps): JSX.Element {
  const [eigenStore] = useState(createPaneStore);
  const env: PaneEnv = useMemo(
    () => ({ port, store: store ?? eigenStore, nu, selectie, zelftest }),
    [port, store, eigenStore, nu, selectie, zelftest],
  );
  // On opening (and for another workbook): its scenarios, so they can be switched on before the first run.
  // And the versions it holds. Once per workbook, not per clock or selection.
  useEffect(() => {
    void verkenWerkmap(env);
  }, [env.port, env.store]);
  return (
    <PaneContext.Provider value={env}>
      <Customizer settings={thema.fluent ? { theme: thema.fluent } : {}}>
        <Pane store={env.store} thema={thema} />
      </Customizer>
    </PaneContext.Provider>
  );
}
