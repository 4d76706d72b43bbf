import React from 'react';
import type { PaneState } from '../state/paneState';
import { statusregel } from '../state/statusregel';
import { klassen } from './styles';

/**
 * The add-in's mark (the ribbon's icon, drawn by scripts/make-icons.js) and "NPLV-opgave" with the overflow menu
 * beside it, and the one-line state, announced to screen readers when it changes.
 */
export function Kop({ state, menu }: { state: PaneState; menu: React.ReactNode }): JSX.Element {
  return (
    <header>
      <div className={klassen.kopRegel}>
        <h1 className={klassen.kop}>
          <img src="assets/icon-20.png" srcSet="assets/icon-40.png 2x, assets/icon-80.png 4x" width={20} height={20} alt="" />
          NPLV-opgave
        </h1>
        {menu}
      </div>
      <p className={klassen.status} role="status" aria-live="polite">
        {statusregel(state)}
      </p>
    </header>
  );
}
