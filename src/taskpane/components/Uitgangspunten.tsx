import React, { useState } from 'react';
import { ActionButton } from 'office-ui-fabric-react/lib/Button';
import { formatPercentage, type UitgangspuntBron, type PeriodeInGebruik, type SleutelInGebruik } from '../../engine';
import { klassen } from './styles';

const BRON: Record<UitgangspuntBron, string> = { standaard: 'standaard', werkmap: 'uit werkmap' };

function Tabel({
  naam,
  kop,
  kolommen,
  children,
}: {
  naam: string;
  kop: string;
  kolommen: string[];
  children: React.ReactNode;
}): JSX.Element {
  return (
    <table className={klassen.tabel} aria-label={naam}>
      <caption>{kop}</caption>
      <thead>
        <tr>
          {kolommen.map((k) => (
            <th key={k} scope="col">
              {k}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

function Sleutels({ sleutels }: { sleutels: SleutelInGebruik[] }): JSX.Element {
  return (
    <Tabel naam="Verdeelsleutels" kop="Verdeelsleutels (Rijksaandeel)" kolommen={['Onderdeel', 'Rijk', 'Bron']}>
      {sleutels.map((s) => (
        <tr key={`${s.pijler}|${s.onderdeel}`}>
          <th scope="row">{s.onderdeel === '*' ? `${s.pijler}: elk onderdeel` : s.onderdeel}</th>
          <td>{formatPercentage(s.rijksaandeel)}</td>
          <td>{BRON[s.bron]}</td>
        </tr>
      ))}
    </Tabel>
  );
}

function Perioden({ perioden }: { perioden: PeriodeInGebruik[] }): JSX.Element {
  return (
    <Tabel naam="Perioden" kop="Perioden" kolommen={['Periode', 'Jaren', 'Bron']}>
      {perioden.map((p) => (
        <tr key={p.periode}>
          <th scope="row">{p.periode}</th>
          <td>
            {p.eersteJaar}–{p.laatsteJaar} ({p.jaren} jaar)
          </td>
          <td>{BRON[p.bron]}</td>
        </tr>
      ))}
    </Tabel>
  );
}

/** The verdeelsleutels and perioden in force, marked standaard / uit werkmap; collapsed at first. */
export function Uitgangspunten({ sleutels, perioden }: { sleutels: SleutelInGebruik[]; perioden: PeriodeInGebruik[] }): JSX.Element {
  const [open, setOpen] = useState(false);
  return (
    <section>
      <h2 className={klassen.sectieKop}>
        <ActionButton
          iconProps={{ iconName: open ? 'ChevronDown' : 'ChevronRight' }}
          aria-expanded={open}
          aria-controls="nplv-uitgangspunten"
          onClick={() => setOpen(!open)}
        >
          Uitgangspunten
        </ActionButton>
      </h2>
      <div id="nplv-uitgangspunten" hidden={!open}>
        {open && (
          <>
            <Sleutels sleutels={sleutels} />
            <Perioden perioden={perioden} />
          </>
        )}
      </div>
    </section>
  );
}
