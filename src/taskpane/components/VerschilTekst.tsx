import React from 'react';
import { verschilUitlegRegels, type Plek, type VerschilUitleg } from '../../engine';
import { leesAdres, type Selectie } from '../state/selectie';
import { UitlegRegels } from './UitlegTekst';

/** The cells of the workbook now that the changes behind a difference name (the old version's are only text). */
const plekkenNu = (u: VerschilUitleg): Plek[] =>
  u.delen
    .flatMap((d) => d.wijzigingen.flatMap((w) => (w.nieuw?.plaats ? [leesAdres(w.nieuw.plaats)] : [])))
    .filter((p): p is Selectie => p !== undefined);

/** The engine's Uitleg of a difference as text (`verschilUitlegRegels`), the current workbook's cells as links. */
export function VerschilTekst({ uitleg, ga }: { uitleg: VerschilUitleg; ga: (p: Selectie) => void }): JSX.Element {
  return (
    <UitlegRegels regels={verschilUitlegRegels(uitleg)} plekken={plekkenNu(uitleg)} nietNa="oud " naam="Delen van het verschil" ga={ga} />
  );
}
