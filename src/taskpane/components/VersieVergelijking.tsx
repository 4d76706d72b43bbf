import React from 'react';
import { oorzaakNaam, type PeriodeVergelijking, type RestVeld } from '../../engine';
import { bedragenIn, paneBedragen, type Bedragweergave } from '../state/bedragen';
import type { PaneState } from '../state/paneState';
import { klokTijd } from '../state/statusregel';
import type { Vergeleken } from '../state/versieState';
import { Bedrag, Verschilcel } from './Vergelijking';
import { klassen } from './styles';

/** The two differences the pane shows per periode (at periode level: restopgave by saldering). */
const VELDEN: readonly [string, RestVeld][] = [
  ['Restopgave', 'restopgave'],
  ['Rest. Rijksopgave', 'restRijksopgave'],
];

/** A periode: the version's and the workbook's figures, the difference, and its parts per cause (they add up to it). */
function Periode({ periode, versie, eenheid }: { periode: PeriodeVergelijking; versie: string; eenheid: Bedragweergave }): JSX.Element {
  const { cijfers, delen } = periode;
  return (
    <table className={klassen.tabel} aria-label={`Verschil ${periode.naam}`}>
      <caption>{`${periode.naam}: ${bedragenIn(eenheid)}`}</caption>
      <thead>
        <tr>
          <td />
          {VELDEN.map(([kop]) => (
            <th key={kop} scope="col">
              {kop}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {(
          [
            [`Versie ${versie}`, 'oud'],
            ['Nu', 'nieuw'],
          ] as const
        ).map(([label, kant]) => (
          <tr key={kant}>
            <th scope="row">{label}</th>
            {VELDEN.map(([, veld]) => (
              <Bedrag key={veld} bedrag={cijfers[veld][kant]} eenheid={eenheid} />
            ))}
          </tr>
        ))}
        <tr className={klassen.totaal}>
          <th scope="row">Verschil</th>
          {VELDEN.map(([, veld]) => (
            <Verschilcel key={veld} bedrag={cijfers[veld].verschil} eenheid={eenheid} />
          ))}
        </tr>
        {delen.map((d, i) => (
          <tr key={i}>
            <th scope="row">{`waarvan ${oorzaakNaam(d.oorzaak, d.bron)}`}</th>
            {VELDEN.map(([, veld]) => (
              <Verschilcel key={veld} bedrag={d.bedragen[veld]} eenheid={eenheid} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The last comparison in the pane: per periode the difference of the restopgave and the
 * rest-Rijksopgave with the version, split into its causes in the order they were substituted
 * (opgave → dekking per bron → verdeelsleutels → structuur → scenario's). Amounts as the pane shows its figures.
 */
export function VersieVergelijking({ state, vergeleken }: { state: PaneState; vergeleken: Vergeleken }): JSX.Element {
  const eenheid = paneBedragen(state);
  const { versie, tijd, vergelijking } = vergeleken;
  return (
    <div aria-label={`Vergelijking met ${versie}`} role="group">
      <p className={klassen.uitlegKop}>{`Vergeleken met '${versie}' om ${klokTijd(tijd)}`}</p>
      <p className={klassen.toelichting}>
        Het blad NPLV Vergelijking toont alle cijfers per periode, pijler, onderdeel en gebied; kies daar een verschil voor de uitleg.
      </p>
      {vergelijking.perioden.map((p) => (
        <Periode key={p.naam} periode={p} versie={versie} eenheid={eenheid} />
      ))}
    </div>
  );
}
