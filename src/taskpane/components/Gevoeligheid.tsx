import React from 'react';
import { DefaultButton } from 'office-ui-fabric-react/lib/Button';
import { paneBedragen } from '../state/bedragen';
import { berekenGevoeligheid } from '../state/gevoeligheidActies';
import { usePaneEnv } from '../state/paneContext';
import type { PaneState } from '../state/paneState';
import { metScenarios } from '../state/statusregel';
import { GevoeligheidTop } from './GevoeligheidTop';
import { Meldingen } from './Meldingen';
import { Sectie } from './Sectie';
import { klassen } from './styles';

/**
 * Gevoeligheid (issue 19): which verdeelsleutel moves the rest-Rijksopgave most. The button
 * moves each key alone 5 and 10 points down and up, with the scenarios switched on in the pane,
 * and writes the NPLV Gevoeligheid sheet (Ongedaan maken removes it); the pane shows the five
 * keys that matter most. Errors of the workbook: listed here, nothing written.
 */
export function Gevoeligheid({ state }: { state: PaneState }): JSX.Element {
  const env = usePaneEnv();
  const { bezig, gevoelig, gevoeligMeldingen } = state;
  return (
    <Sectie id="nplv-gevoeligheid" kop="Gevoeligheid">
      <p className={klassen.toelichting}>
        {`Elke verdeelsleutel apart 5 en 10 procentpunt omlaag en omhoog${metScenarios(state.scenarios ?? [])}: hoeveel verandert de rest-Rijksopgave? Het blad NPLV Gevoeligheid toont alle sleutels.`}
      </p>
      <div className={klassen.knopRegel}>
        <DefaultButton
          text="Gevoeligheid berekenen"
          disabled={bezig}
          title="Zet op het blad NPLV Gevoeligheid hoeveel de rest-Rijksopgave verandert als één verdeelsleutel verschuift"
          onClick={() => void berekenGevoeligheid(env)}
        />
      </div>
      {gevoeligMeldingen && <Meldingen meldingen={gevoeligMeldingen} kop="Meldingen bij gevoeligheid" id="nplv-gevoeligheidmeldingen" />}
      {gevoelig && <GevoeligheidTop gevoelig={gevoelig} eenheid={paneBedragen(state)} />}
    </Sectie>
  );
}
