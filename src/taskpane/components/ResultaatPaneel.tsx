import React from 'react';
import { MessageBar, MessageBarType } from 'office-ui-fabric-react/lib/MessageBar';
import { Pivot, PivotItem } from 'office-ui-fabric-react/lib/Pivot';
import { gebiedenIn, type Cijfers, type Dec, type PeriodeResultaat, type Resultaat } from '../../engine';
import { gebiedNaam } from '../../workbook';
import { bedragenIn, toonBedrag, type Bedragweergave } from '../state/bedragen';
import { aanIn } from '../state/paneState';
import { metScenarios } from '../state/statusregel';
import { Bedrag, Vergelijking } from './Vergelijking';
import { GebiedFilter, useGebiedKeuze } from './GebiedFilter';
import { bronRegel, gebiedRegel, tabelCijfers, type Rijcijfers } from './toelichtingen';
import { klassen } from './styles';

type Kolommen = [Dec, Dec, Dec, Dec];

const pijlerKolommen = (c: Rijcijfers): Kolommen => [c.opgave, c.dekking, c.restopgave, c.jaarlijkseRestopgave];
const rijkKolommen = (c: Rijcijfers): Kolommen => [c.rijksdeel, c.rijksdekking, c.restRijksopgave, c.jaarlijkseRestRijksopgave];

function Rij({ label, bedragen, eenheid, totaal }: { label: string; bedragen: Kolommen; eenheid: Bedragweergave; totaal?: boolean }) {
  return (
    <tr className={totaal ? klassen.totaal : undefined}>
      <th scope="row">{label}</th>
      {bedragen.map((b, i) => (
        <Bedrag key={i} bedrag={b} eenheid={eenheid} />
      ))}
    </tr>
  );
}

/**
 * "Per onderdeel, zonder verrekening: restopgave 3.015 (verschil 80: overschot 5, dekking op
 * pijlerniveau 75)". The difference is explained by its parts only when they make it up: not
 * when the dekking exceeds the opgave (the saldering's restopgave stops at 0).
 */
export function perOnderdeelRegel(totaal: Cijfers, eenheid: Bedragweergave): string {
  const b = (d: Dec) => toonBedrag(d, eenheid);
  const verschil = totaal.restopgavePerOnderdeel.minus(totaal.restopgave);
  const delen = totaal.overschot.plus(totaal.pijlerDekking);
  const uitleg = verschil.isZero()
    ? 'geen verschil'
    : delen.equals(verschil)
      ? `verschil ${b(verschil)}: overschot ${b(totaal.overschot)}, dekking op pijlerniveau ${b(totaal.pijlerDekking)}`
      : `verschil ${b(verschil)}`;
  return `Per onderdeel, zonder verrekening: restopgave ${b(totaal.restopgavePerOnderdeel)} (${uitleg})`;
}

/** A periode's table: per pijler, the total and the Rijk's part, of the whole result or (`gebied`) of one gebied; the lines that explain it under it. */
function PeriodeTabel({
  periode,
  basis,
  eenheid,
  gebied,
}: {
  periode: PeriodeResultaat;
  basis?: PeriodeResultaat;
  eenheid: Bedragweergave;
  gebied?: string;
}): JSX.Element {
  const cijfers = tabelCijfers(periode, gebied);
  const van = gebied === undefined ? '' : `${gebiedNaam(gebied)}, `;
  const bronnen = gebied === undefined ? bronRegel(periode, eenheid) : undefined;
  return (
    <>
      {basis && <Vergelijking basis={basis} met={periode} eenheid={eenheid} />}
      {cijfers ? (
        <table
          className={klassen.tabel}
          aria-label={`Resultaat ${periode.periode}${gebied === undefined ? '' : `, ${gebiedNaam(gebied)}`}${basis ? " met scenario's" : ''}`}
        >
          <caption>
            {van}
            {periode.eersteJaar}–{periode.laatsteJaar}, {periode.jaren} jaar; {bedragenIn(eenheid)}
          </caption>
          <thead>
            <tr>
              <td />
              <th scope="col">Opgave</th>
              <th scope="col">Dekking</th>
              <th scope="col">{'Rest\u00ADopgave'}</th>
              <th scope="col">Per jaar</th>
            </tr>
          </thead>
          <tbody>
            {cijfers.pijlers.map(([pijler, c]) => (
              <Rij key={pijler} label={pijler} bedragen={pijlerKolommen(c)} eenheid={eenheid} />
            ))}
            <Rij label="Totaal" bedragen={pijlerKolommen(cijfers.totaal)} eenheid={eenheid} totaal />
            <Rij label="waarvan Rijk" bedragen={rijkKolommen(cijfers.totaal)} eenheid={eenheid} />
          </tbody>
        </table>
      ) : (
        <p className={klassen.toelichting}>{`${gebiedNaam(gebied ?? '')} heeft in ${periode.periode} geen onderdelen.`}</p>
      )}
      <p className={klassen.toelichting}>
        {gebied === undefined ? perOnderdeelRegel(periode.totaal, eenheid) : gebiedRegel(periode.totaal, eenheid)}
      </p>
      {bronnen && <p className={klassen.toelichting}>{bronnen}</p>}
    </>
  );
}

/**
 * The result per periode: a compact table per Pivot tab, amounts as the display setting says
 * (`eenheid`: the workbook's unit and the Weergave, as the Totaalbeeld sheet shows them); with
 * scenarios on (`basis` given), base vs scenarios and the difference above it. With gebieden,
 * a Gebied filter above the tabs shows one gebied's figures instead (issue 16).
 */
export function ResultaatPaneel({
  resultaat,
  basis,
  geschreven = true,
  eenheid,
}: {
  resultaat: Resultaat;
  basis?: Resultaat;
  geschreven?: boolean;
  eenheid: Bedragweergave;
}): JSX.Element {
  const gebieden = gebiedenIn(resultaat.perioden);
  const [gebied, kiesGebied] = useGebiedKeuze(gebieden);
  return (
    <section aria-labelledby="nplv-resultaat">
      <h2 id="nplv-resultaat" className={klassen.sectieKop}>
        Resultaat
      </h2>
      {!geschreven && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          {`Doorgerekend${metScenarios(aanIn(resultaat)) || " zonder scenario's"}, nog niet in de werkmap: Herbereken schrijft deze cijfers.`}
        </MessageBar>
      )}
      {gebieden.length > 0 && <GebiedFilter gebieden={gebieden} gebied={gebied} kies={kiesGebied} />}
      <Pivot aria-label="Perioden">
        {resultaat.perioden.map((p) => (
          <PivotItem key={p.periode} itemKey={p.periode} headerText={p.periode}>
            <PeriodeTabel periode={p} basis={basis?.perioden.find((b) => b.periode === p.periode)} eenheid={eenheid} gebied={gebied} />
          </PivotItem>
        ))}
      </Pivot>
    </section>
  );
}
