import React from 'react';
import { DefaultButton, IconButton, PrimaryButton } from 'office-ui-fabric-react/lib/Button';
import type { IContextualMenuItem } from 'office-ui-fabric-react/lib/ContextualMenu';
import { Spinner, SpinnerSize } from 'office-ui-fabric-react/lib/Spinner';
import { addKeySheet, insertExample, runHerbereken, undoLastRun } from '../state/actions';
import { usePaneEnv } from '../state/paneContext';
import type { PaneState } from '../state/paneState';
import { runZelftest } from '../state/zelftestActies';
import { klassen } from './styles';

const geenMenuIcoon = () => null;

// Narrower than Fabric's default: both fit on one line of a 320 px pane with room to spare.
const smal = { root: { padding: '0 12px', minWidth: 0 } };

/** Herbereken, and Ongedaan maken after a run that wrote. */
export function Acties({ state }: { state: PaneState }): JSX.Element {
  const env = usePaneEnv();
  const { bezig } = state;
  return (
    <div className={klassen.acties}>
      <PrimaryButton
        styles={smal}
        text={bezig ? 'Bezig…' : 'Herbereken'}
        disabled={bezig}
        allowDisabledFocus
        aria-busy={bezig}
        title="Berekent het Totaalbeeld uit de bladen Opgave en Dekking en schrijft het in de werkmap"
        onRenderIcon={() => (bezig ? <Spinner size={SpinnerSize.xSmall} aria-hidden="true" /> : null)}
        onClick={() => void runHerbereken(env)}
      />
      {state.undo && (
        <DefaultButton
          styles={smal}
          text="Ongedaan maken"
          disabled={bezig}
          title="Zet terug wat de laatste berekening in de werkmap heeft overschreven"
          onClick={() => void undoLastRun(env)}
        />
      )}
    </div>
  );
}

/** The overflow menu (… at the right of the header, so the buttons fit a 320 px pane). */
export function MeerMenu({ bezig }: { bezig: boolean }): JSX.Element {
  const env = usePaneEnv();
  const menu: IContextualMenuItem[] = [
    { key: 'voorbeeld', text: 'Voorbeeld invoegen', onClick: () => void insertExample(env) },
    { key: 'verdeelsleutels', text: 'Verdeelsleutels-blad toevoegen', onClick: () => void addKeySheet(env, 'verdeelsleutels') },
    { key: 'perioden', text: 'Perioden-blad toevoegen', onClick: () => void addKeySheet(env, 'perioden') },
    // Issue 20: Excel's API on a temporary sheet, the report in the pane (where the entry can make one).
    ...(env.zelftest
      ? [
          {
            key: 'zelftest',
            text: 'Zelftest',
            title:
              'Probeert op een tijdelijk blad alles wat de invoegtoepassing in Excel doet, en toont het rapport; er wordt niets verstuurd',
            onClick: () => void runZelftest(env),
          },
        ]
      : []),
  ];
  return (
    <IconButton
      iconProps={{ iconName: 'More' }}
      title="Meer acties"
      ariaLabel="Meer acties"
      disabled={bezig}
      menuProps={{ items: menu }}
      onRenderMenuIcon={geenMenuIcoon}
    />
  );
}
