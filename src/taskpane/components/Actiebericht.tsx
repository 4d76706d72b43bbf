import React from 'react';
import { MessageBar, MessageBarType } from 'office-ui-fabric-react/lib/MessageBar';
import { usePaneEnv } from '../state/paneContext';
import type { Bericht } from '../state/paneState';

const TYPE: Record<Bericht['soort'], MessageBarType> = {
  info: MessageBarType.info,
  gelukt: MessageBarType.success,
  fout: MessageBarType.error,
};

/** The notice of the last menu action, undo or workbook failure; the analyst can close it. */
export function Actiebericht({ bericht }: { bericht: Bericht }): JSX.Element {
  const { store } = usePaneEnv();
  return (
    <MessageBar
      messageBarType={TYPE[bericht.soort]}
      isMultiline
      onDismiss={() => store.dispatch({ type: 'bericht' })}
      dismissButtonAriaLabel="Sluiten"
    >
      {bericht.tekst}
    </MessageBar>
  );
}
