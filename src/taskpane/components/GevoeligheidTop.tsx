import React from 'react';
import { Link } from 'office-ui-fabric-react/lib/Link';
import { formatPercentage, gevoeligheidTekst, stapTekst, type Dec, type SleutelGevoeligheid } from '../../engine';
import { bedragenIn, type Bedragweergave } from '../state/bedragen';
import { topSleutels, type Gevoelig, type TopSleutel } from '../state/gevoeligheidState';
import { toonSleutel } from '../state/gevoeligheidActies';
import { usePaneEnv } from '../state/paneContext';
import { klokTijd, metScenarios } from '../state/statusregel';
import { Verschilcel } from './Vergelijking';
import { klassen } from './styles';

/** How the pane names a key: its onderdeel, or a pijler's key `Sociaal-maatschappelijk (sleutel van de pijler)`. */
export const sleutelNaam = (s: Pick<SleutelGevoeligheid, 'soort' | 'pijler' | 'onderdeel'>) =>
  s.soort === 'pijler' ? gevoeligheidTekst.pijlerSleutel(s.pijler) : s.onderdeel;

const Delta = ({ bedrag, eenheid }: { bedrag?: Dec; eenheid: Bedragweergave }) =>
  bedrag ? <Verschilcel bedrag={bedrag} eenheid={eenheid} /> : <td>–</td>;

/** A key: its name a link that selects its row on the sheet, its periode under it; the key now (one decimal, exact in the tooltip); its Δ down and up. */
function SleutelRij({ top, blad, eenheid }: { top: TopSleutel; blad: string; eenheid: Bedragweergave }): JSX.Element {
  const env = usePaneEnv();
  const { sleutel: s, index } = top;
  const naam = sleutelNaam(s);
  return (
    <tr>
      <th scope="row">
        <Link aria-label={`${naam}, ${s.periode}`} title={`Kies de rij op het blad ${blad}`} onClick={() => void toonSleutel(env, index)}>
          {naam}
        </Link>
        <span className={klassen.periode}>{s.periode}</span>
      </th>
      <td title={s.gemengd ? 'verschillende sleutels: Rijksdeel ÷ opgave' : formatPercentage(s.basis.sleutel)}>
        {formatPercentage(s.basis.sleutel.toDecimalPlaces(3))}
      </td>
      <Delta bedrag={top.omlaag} eenheid={eenheid} />
      <Delta bedrag={top.omhoog} eenheid={eenheid} />
    </tr>
  );
}

/**
 * The last gevoeligheid in the pane: the five keys that matter most (the engine's order: the
 * largest |Δ| of the rest-Rijksopgave in total, by saldering), each with its Δ at the largest
 * step down and up; a key's name selects its row on the sheet. Keys not varied are not among them.
 */
export function GevoeligheidTop({ gevoelig, eenheid }: { gevoelig: Gevoelig; eenheid: Bedragweergave }): JSX.Element {
  const { gevoeligheid, blad, tijd } = gevoelig;
  const { d, sleutels } = topSleutels(gevoeligheid);
  return (
    <div role="group" aria-label="Uitkomst van de gevoeligheid">
      <p className={klassen.uitlegKop}>{`Gevoeligheid berekend om ${klokTijd(tijd)}${metScenarios(gevoeligheid.scenarios)}`}</p>
      {sleutels.length === 0 ? (
        <p className={klassen.toelichting}>Geen verdeelsleutel gevarieerd.</p>
      ) : (
        <table className={klassen.tabel} aria-label="Verdeelsleutels die het meest uitmaken">
          <caption>{`Δ rest-Rijksopgave totaal (saldering); ${bedragenIn(eenheid)}`}</caption>
          <thead>
            <tr>
              <th scope="col">Verdeelsleutel</th>
              <th scope="col">Nu</th>
              <th scope="col">{stapTekst(-d).replace(' ', '\u00a0')}</th>
              <th scope="col">{stapTekst(d).replace(' ', '\u00a0')}</th>
            </tr>
          </thead>
          <tbody>
            {sleutels.map((t) => (
              <SleutelRij key={t.index} top={t} blad={blad} eenheid={eenheid} />
            ))}
          </tbody>
        </table>
      )}
      <p className={klassen.toelichting}>
        {`Alle ${gevoeligheid.sleutels.length} verdeelsleutels staan op het blad ${blad}, met de tornado; kies daar een Δ voor de uitleg.`}
      </p>
    </div>
  );
}
