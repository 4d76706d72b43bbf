import React, { useState } from 'react';
import { ActionButton } from 'office-ui-fabric-react/lib/Button';
import { Link } from 'office-ui-fabric-react/lib/Link';
import { MessageBar, MessageBarType } from 'office-ui-fabric-react/lib/MessageBar';
import type { Ernst, Melding } from '../../engine';
import { showPlace } from '../state/actions';
import { usePaneEnv } from '../state/paneContext';
import { klassen } from './styles';
import { plaatsVan } from '../../workbook';

interface Groep {
  ernst: Ernst;
  titel: string;
  type: MessageBarType;
  kleur: string;
}

// Fouten first (PANE.md).
const GROEPEN: readonly Groep[] = [
  { ernst: 'fout', titel: 'Fouten', type: MessageBarType.error, kleur: '#a80000' },
  { ernst: 'waarschuwing', titel: 'Waarschuwingen', type: MessageBarType.warning, kleur: '#c19c00' },
  { ernst: 'controle', titel: 'Controles', type: MessageBarType.info, kleur: '#0078d4' },
];

/** How many lines a group shows before "Alle … tonen". */
export const EERSTE_REGELS = 50;

function MeldingRegel({ melding }: { melding: Melding }): JSX.Element {
  const env = usePaneEnv();
  const plaats = plaatsVan(melding);
  return (
    <li className={klassen.regel}>
      {melding.cel ? (
        <Link className={klassen.plaats} aria-label={`Ga naar ${plaats}`} onClick={() => void showPlace(env, melding)}>
          {plaats}
        </Link>
      ) : (
        <span className={klassen.plaats}>{plaats}</span>
      )}
      {plaats && ': '}
      {melding.bericht}
    </li>
  );
}

function MeldingGroep({ groep, meldingen, id: sectie }: { groep: Groep; meldingen: Melding[]; id: string }): JSX.Element {
  const [alles, setAlles] = useState(false);
  const id = `${sectie}-${groep.ernst}`;
  const getoond = alles ? meldingen : meldingen.slice(0, EERSTE_REGELS);
  return (
    <section aria-labelledby={id}>
      <MessageBar messageBarType={groep.type}>
        <span id={id} role="heading" aria-level={3}>
          {groep.titel} ({meldingen.length})
        </span>
      </MessageBar>
      <ul className={klassen.lijst} style={{ borderLeft: `3px solid ${groep.kleur}` }}>
        {getoond.map((m, i) => (
          <MeldingRegel key={i} melding={m} />
        ))}
      </ul>
      {getoond.length < meldingen.length && (
        <ActionButton onClick={() => setAlles(true)}>{`Alle ${meldingen.length} ${groep.titel.toLowerCase()} tonen`}</ActionButton>
      )}
    </section>
  );
}

/**
 * The messages of the last run (or, under their own heading, of an action on versions),
 * grouped Fouten / Waarschuwingen / Controles, counts in the headings.
 */
export function Meldingen({
  meldingen,
  kop = 'Meldingen',
  id = 'nplv-meldingen',
}: {
  meldingen: Melding[];
  kop?: string;
  id?: string;
}): JSX.Element | null {
  if (meldingen.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className={klassen.sectieKop}>
        {kop}
      </h2>
      {GROEPEN.map((groep) => {
        const inGroep = meldingen.filter((m) => m.ernst === groep.ernst);
        return inGroep.length > 0 && <MeldingGroep key={groep.ernst} groep={groep} meldingen={inGroep} id={id} />;
      })}
    </section>
  );
}
