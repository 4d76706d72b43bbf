import React, { useEffect, useRef, useState } from 'react';
import { DefaultButton } from 'office-ui-fabric-react/lib/Button';
import { MessageBar, MessageBarType } from 'office-ui-fabric-react/lib/MessageBar';
import { TextField, type ITextField } from 'office-ui-fabric-react/lib/TextField';
import { usePaneEnv } from '../state/paneContext';
import type { PaneState } from '../state/paneState';
import { paneOordeel } from '../state/zelftestState';
import { kopieerNaarKlembord } from './klembord';
import { Sectie } from './Sectie';
import { klassen } from './styles';
import { ZelftestStappen } from './ZelftestStappen';
import { formatTijdstip, zelftestTekst, type ZelftestRapport } from '../../workbook';

/** The report as text in a read-only field, selected: the clipboard refused it, the analyst copies by hand. */
function HandKopie({ tekst }: { tekst: string }): JSX.Element {
  const veld = useRef<ITextField>(null);
  useEffect(() => {
    veld.current?.focus();
    veld.current?.select();
  }, []);
  return (
    <>
      <p className={klassen.toelichting} role="alert">
        Kopiëren naar het klembord is hier niet toegestaan. Selecteer de tekst en kopieer met Ctrl+C (op een Mac: Cmd+C).
      </p>
      <TextField componentRef={veld} label="Rapport als tekst" value={tekst} readOnly multiline rows={8} />
    </>
  );
}

function Rapport({ rapport }: { rapport: ZelftestRapport }): JSX.Element {
  const [kopie, setKopie] = useState<'gekopieerd' | 'met de hand'>();
  const tekst = zelftestTekst(rapport);
  const kopieer = async () => setKopie((await kopieerNaarKlembord(tekst)) ? 'gekopieerd' : 'met de hand');
  // The newest ExcelApi this Excel has (the sets it lacks stand at the steps that need them, and in the text).
  const excelApi = rapport.vereisten.filter((v) => v.naam === 'ExcelApi' && v.ondersteund).pop();
  return (
    <>
      <MessageBar messageBarType={rapport.geslaagd ? MessageBarType.success : MessageBarType.error}>{paneOordeel(rapport)}</MessageBar>
      <p className={klassen.toelichting}>
        {`Host ${rapport.host}, platform ${rapport.platform}, Office-versie ${rapport.versie}${excelApi ? `, ExcelApi ${excelApi.versie}` : ''}, invoegtoepassing ${rapport.addin}; ${formatTijdstip(rapport.tijdstip)}.`}
      </p>
      {rapport.achtergelaten && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {`Het tijdelijke blad '${rapport.blad}' kon niet worden verwijderd. Verwijder het zelf: rechtsklik op een bladtab, Zichtbaar maken, kies '${rapport.blad}' en verwijder het.`}
        </MessageBar>
      )}
      <ZelftestStappen stappen={rapport.stappen} />
      <p className={klassen.toelichting}>Er wordt niets verstuurd: kopieer het rapport en mail het naar de beheerders.</p>
      <div className={klassen.acties}>
        <DefaultButton text="Kopieer rapport" title="Zet het rapport als tekst op het klembord" onClick={() => void kopieer()} />
        <Sluiten />
      </div>
      {kopie === 'gekopieerd' && (
        <p className={klassen.toelichting} role="status">
          Het rapport staat op het klembord.
        </p>
      )}
      {kopie === 'met de hand' && <HandKopie tekst={tekst} />}
    </>
  );
}

function Sluiten(): JSX.Element {
  const { store } = usePaneEnv();
  return <DefaultButton text="Sluiten" ariaLabel="Zelftest sluiten" onClick={() => store.dispatch({ type: 'zelftest sluiten' })} />;
}

/**
 * Zelftest (issue 20): the report of the last Zelftest (under …), near the top of the pane
 * until it is closed: the verdict, where it ran, each step's outcome, and Kopieer rapport.
 */
export function Zelftest({ state }: { state: PaneState }): JSX.Element | null {
  if (!state.zelftest && !state.zelftestFout) return null;
  return (
    <Sectie id="nplv-zelftest" kop="Zelftest">
      {state.zelftest ? (
        <Rapport key={state.zelftest.tijdstip.getTime()} rapport={state.zelftest} />
      ) : (
        <>
          <MessageBar messageBarType={MessageBarType.error}>{state.zelftestFout}</MessageBar>
          <div className={klassen.knopRegel}>
            <Sluiten />
          </div>
        </>
      )}
    </Sectie>
  );
}
