import React from 'react';
import { statusregel, type PaneState } from './paneState';
import { klassen } from './styles';

/** "NPLV-opgave" and the one-line state, announced to screen readers when it changes. */
export function Kop({ state }: { state: PaneState }): JSX.Element {
  return (
    <header>
      <h1 className={klassen.kop}>NPLV-opgave</h1>
      <p className={klassen.status} role="status" aria-live="polite">
        {statusregel(state)}
      </p>
    </header>
  );
}
