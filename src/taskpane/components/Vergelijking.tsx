import React from 'react';
import type { CijferVeld, Dec, PeriodeResultaat } from '../../engine';
import { bedragenIn, exactBedrag, toonBedrag, type Bedragweergave } from '../state/bedragen';
import { klassen } from './styles';

/** The figures compared, in two groups: the total, and the Rijk's part of it. */
const GROEPEN: readonly { kop: string; rijen: readonly [string, CijferVeld][] }[] = [
  {
    kop: 'Totaal',
    rijen: [
      ['Opgave', 'opgave'],
      ['Dekking', 'dekking'],
      ['Restopgave', 'restopgave'],
      ['Per jaar', 'jaarlijkseRestopgave'],
    ],
  },
  {
    kop: 'waarvan Rijk',
    rijen: [
      ['Rijksdeel', 'rijksdeel'],
      ['Rijksdekking', 'rijksdekking'],
      ['Rest. Rijksopgave', 'restRijksopgave'],
      ['Rijk per jaar', 'jaarlijkseRestRijksopgave'],
    ],
  },
];

/** `+43`, `−7`, `0`: the difference, signed, rounded as the amounts are. */
export function toonVerschil(verschil: Dec, eenheid: Bedragweergave): string {
  const teken = verschil.isZero() ? '' : verschil.isPositive() ? '+' : '−';
  return `${teken}${toonBedrag(verschil.abs(), eenheid)}`;
}

/** An amount in a table cell, rounded; the exact amount in its tooltip. */
export function Bedrag({ bedrag, eenheid }: { bedrag: Dec; eenheid: Bedragweergave }) {
  return <td title={exactBedrag(bedrag, eenheid)}>{toonBedrag(bedrag, eenheid)}</td>;
}

/** A difference in a table cell, signed and rounded; the exact amount in its tooltip. */
export function Verschilcel({ bedrag, eenheid }: { bedrag: Dec; eenheid: Bedragweergave }) {
  return <td title={exactBedrag(bedrag, eenheid)}>{toonVerschil(bedrag, eenheid)}</td>;
}

/** A periode's totals without and with the scenarios that are on, and the difference. */
export function Vergelijking({
  basis,
  met,
  eenheid,
}: {
  basis: PeriodeResultaat;
  met: PeriodeResultaat;
  eenheid: Bedragweergave;
}): JSX.Element {
  return (
    <table className={klassen.tabel} aria-label={`Basis en scenario's ${met.periode}`}>
      <caption>{`${met.eersteJaar}–${met.laatsteJaar}: zonder scenario's (basis) en met; ${bedragenIn(eenheid)}`}</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">Basis</th>
          <th scope="col">{"Met scenario's"}</th>
          <th scope="col">Verschil</th>
        </tr>
      </thead>
      {GROEPEN.map(({ kop, rijen }) => (
        <tbody key={kop}>
          <tr className={klassen.totaal}>
            <th scope="colgroup" colSpan={4}>
              {kop}
            </th>
          </tr>
          {rijen.map(([label, veld]) => {
            const verschil = met.totaal[veld].minus(basis.totaal[veld]);
            return (
              <tr key={veld}>
                <th scope="row">{label}</th>
                <Bedrag bedrag={basis.totaal[veld]} eenheid={eenheid} />
                <Bedrag bedrag={met.totaal[veld]} eenheid={eenheid} />
                <Verschilcel bedrag={verschil} eenheid={eenheid} />
              </tr>
            );
          })}
        </tbody>
      ))}
    </table>
  );
}
