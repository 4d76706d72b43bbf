import React, { useState } from 'react';
import { ActionButton, DefaultButton } from 'office-ui-fabric-react/lib/Button';
import { TextField } from 'office-ui-fabric-react/lib/TextField';
import { usePaneEnv } from '../state/paneContext';
import type { PaneState } from '../state/paneState';
import { vastleggen, vergelijkMet, verwijderen } from '../state/versieActies';
import { Meldingen } from './Meldingen';
import { Sectie } from './Sectie';
import { klassen } from './styles';
import { VersieVergelijking } from './VersieVergelijking';
import { formatTijdstip, type VersieInfo } from '../../workbook';

/** `Versie 22-11-2026 14:32`: the label offered, the moment the pane opened or last recorded one. */
export const standaardLabel = (nu: Date) => `Versie ${formatTijdstip(nu)}`;

/** When a version was recorded, as the analyst's clock reads it (`22-11-2026 14:32`); the stored text when it is no date. */
function vastgelegdOm(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : formatTijdstip(d);
}

function VersieRegel({ versie, bezig }: { versie: VersieInfo; bezig: boolean }): JSX.Element {
  const env = usePaneEnv();
  return (
    <li className={klassen.versie}>
      <span className={klassen.versieNaam}>
        {versie.label}
        <span className={klassen.regels}>{` · ${vastgelegdOm(versie.vastgelegd)}`}</span>
      </span>
      <ActionButton
        text="Vergelijk met…"
        ariaLabel={`Vergelijk met ${versie.label}`}
        title={`Zet op het blad NPLV Vergelijking wat er sinds '${versie.label}' is veranderd, en waardoor`}
        disabled={bezig}
        onClick={() => void vergelijkMet(env, versie.label)}
      />
      <ActionButton
        text="Verwijderen"
        ariaLabel={`${versie.label} verwijderen`}
        disabled={bezig}
        onClick={() => void verwijderen(env, versie.label)}
      />
    </li>
  );
}

/**
 * Versies (issue 17): record the inputs that count and their result under a label, in the
 * workbook's hidden sheet NPLV Versies; the versions recorded, each to compare the workbook
 * now with or to remove; and the last comparison's differences per periode.
 */
export function Versies({ state }: { state: PaneState }): JSX.Element {
  const env = usePaneEnv();
  const [label, setLabel] = useState(() => standaardLabel(env.nu()));
  const { bezig, versies = [] } = state;
  const leg = async () => {
    await vastleggen(env, label);
    if (!env.store.getState().versieMeldingen) setLabel(standaardLabel(env.nu()));
  };
  return (
    <Sectie id="nplv-versies" kop="Versies">
      <p className={klassen.toelichting}>
        Een versie legt de invoer die nu meetelt en de uitkomst vast in de werkmap. Vergelijk met… zet op het blad NPLV Vergelijking wat er
        sindsdien is veranderd, en waardoor.
      </p>
      <div className={klassen.vastleggen}>
        <TextField
          label="Naam van de versie"
          value={label}
          onChange={(_e, v) => setLabel(v ?? '')}
          styles={{ root: { flex: 1, minWidth: 160 } }}
        />
        <DefaultButton text="Versie vastleggen" disabled={bezig} onClick={() => void leg()} />
      </div>
      {state.versieMeldingen && <Meldingen meldingen={state.versieMeldingen} kop="Meldingen bij versies" id="nplv-versiemeldingen" />}
      {versies.length === 0 ? (
        <p className={klassen.toelichting}>Nog geen versies vastgelegd.</p>
      ) : (
        <ul className={klassen.lijst} aria-label="Vastgelegde versies">
          {versies.map((v) => (
            <VersieRegel key={v.label} versie={v} bezig={bezig} />
          ))}
        </ul>
      )}
      {state.vergeleken && <VersieVergelijking state={state} vergeleken={state.vergeleken} />}
    </Sectie>
  );
}
