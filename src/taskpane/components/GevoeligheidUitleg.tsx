import React from 'react';
import type { Plek, UitlegRegel } from '../../engine';
import type { Selectie } from '../state/selectie';
import { PlekLink } from './UitlegTekst';
import { klassen } from './styles';
import { verwijzingTekst } from '../../sheet';

/** How many cells a line links at most (a pijler's key can move hundreds of rows); the rest is counted. */
export const MAX_PLEKKEN = 10;

/** A line's cells after its text: ` (Opgave!D4, Opgave!E4)`, links that select them. */
function Plekken({ plekken, ga }: { plekken: Plek[]; ga: (p: Selectie) => void }): JSX.Element | null {
  if (plekken.length === 0) return null;
  const getoond = plekken.slice(0, MAX_PLEKKEN);
  const meer = plekken.length - getoond.length;
  return (
    <>
      {' ('}
      {getoond.map((p, i) => (
        <React.Fragment key={i}>
          {i > 0 && ', '}
          <PlekLink tekst={verwijzingTekst(p)} plek={p} ga={ga} />
        </React.Fragment>
      ))}
      {meer > 0 && ` en nog ${meer}`}
      {')'}
    </>
  );
}

/**
 * The Uitleg of a Δ cell of NPLV Gevoeligheid (issue 19): the first line (what the Δ is) as its
 * heading; then the key before and after, the Rijksdeel, each max(0; …) on the way to the
 * figure. The cells a line comes from follow it as links.
 */
export function GevoeligheidUitleg({ regels, ga }: { regels: UitlegRegel[]; ga: (p: Selectie) => void }): JSX.Element {
  const [eerste, ...rest] = regels;
  return (
    <>
      <p className={klassen.uitlegKop}>
        {eerste?.tekst}
        {eerste && <Plekken plekken={eerste.plekken} ga={ga} />}
      </p>
      <ul className={klassen.lijst} aria-label="Van sleutel tot Δ">
        {rest.map((r, i) => (
          <li key={i} className={klassen.regel}>
            {r.tekst}
            <Plekken plekken={r.plekken} ga={ga} />
          </li>
        ))}
      </ul>
    </>
  );
}
