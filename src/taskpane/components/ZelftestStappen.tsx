import React from 'react';
import { paneUitkomst } from '../state/zelftestState';
import { klassen } from './styles';
import type { StapUitkomst, ZelftestStap } from '../../workbook';

/** An outcome in Dutch, an afwijking with its lines below it; what is not ok in bold. */
function Uitkomst({ uitkomst }: { uitkomst: StapUitkomst }): JSX.Element {
  return (
    <>
      <span className={uitkomst.soort === 'ok' ? undefined : klassen.nietGoed}>{paneUitkomst(uitkomst)}</span>
      {uitkomst.soort === 'afwijking' && (
        <ul className={klassen.onderdelen}>
          {uitkomst.verschillen.map((regel, i) => (
            <li key={i}>{regel}</li>
          ))}
        </ul>
      )}
    </>
  );
}

const syncs = (n: number) => `${n} ${n === 1 ? 'sync' : 'syncs'}`;

// A step not run (the host lacks it, or an earlier step failed) took no syncs and no time worth saying.
const gedraaid = ({ uitkomst }: ZelftestStap) => uitkomst.soort !== 'niet ondersteund' && uitkomst.soort !== 'overgeslagen';

function Stap({ stap }: { stap: ZelftestStap }): JSX.Element {
  return (
    <li className={klassen.regel}>
      {`${stap.naam}: `}
      <Uitkomst uitkomst={stap.uitkomst} />
      {gedraaid(stap) && <span className={klassen.klein}>{` · ${syncs(stap.syncs)}, ${Math.round(stap.ms)} ms`}</span>}
      {stap.onderdelen && stap.onderdelen.length > 0 && (
        <ul className={klassen.onderdelen} aria-label={`Onderdelen van ${stap.naam}`}>
          {stap.onderdelen.map((o, i) => (
            <li key={i}>
              {`${o.naam}: `}
              <Uitkomst uitkomst={o.uitkomst} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The Zelftest's steps in the order they ran, each with its outcome, syncs and time, and its checks below it. */
export function ZelftestStappen({ stappen }: { stappen: ZelftestStap[] }): JSX.Element {
  return (
    <ol className={klassen.lijst} aria-label="Stappen van de zelftest">
      {stappen.map((s, i) => (
        <Stap key={i} stap={s} />
      ))}
    </ol>
  );
}
