import React, { useEffect, useMemo, useRef, useState } from 'react';
import { showPlace } from '../state/actions';
import type { CelUitleg, CelUitlegger } from '../state/celUitleg';
import { usePaneEnv } from '../state/paneContext';
import type { Selectie } from '../state/selectie';
import { UitlegTekst, zelfde } from './UitlegTekst';
import { klassen } from './styles';
import { VerschilTekst } from './VerschilTekst';
import { GevoeligheidUitleg } from './GevoeligheidUitleg';
import { UITLEG_CELLEN } from '../../workbook';
import { verwijzingTekst } from '../../sheet';

export const GEEN_UITKOMST = `Kies een cel met een uitkomst: ${UITLEG_CELLEN}.`;
export const OF_VERSCHIL = 'Of een verschil op het blad NPLV Vergelijking.';
const OF_DELTA = 'Of een Δ op het blad NPLV Gevoeligheid.';

/** What the Uitleg asks for when the selected cell has none: a result, and a Δ of the sheets written since. */
const vraag = (vergeleken: boolean, gevoelig: boolean) =>
  [GEEN_UITKOMST, ...(vergeleken ? [OF_VERSCHIL] : []), ...(gevoelig ? [OF_DELTA] : [])].join(' ');

/** The selection being explained, with its explanation by the explainer it was asked of. */
interface Uitgelegd {
  plek: Selectie;
  van: CelUitlegger | undefined;
  uitleg: CelUitleg;
}

/**
 * The Uitleg (issue 7): how the figure in the selected cell was made, as the engine derived
 * it in the last run that wrote (what the cells show), following the selection in the sheet;
 * for a Δ cell of the last comparison (issue 17), the parts of the difference with the changes
 * of the input they come from; for a Δ cell of the last gevoeligheid (issue 19), how the key's
 * move gives it.
 * Its inputs' cells are links; when such a link selects a cell without a figure of its own,
 * the explanation stays. An explanation can take a while (a pijler's at 200k rows): it is
 * asked once per selection and run, never again when the pane updates for something else.
 */
export function UitlegPaneel({
  uitlegger,
  ongedaan,
  vergeleken,
  gevoelig = false,
}: {
  uitlegger?: CelUitlegger;
  ongedaan: boolean;
  vergeleken: boolean;
  gevoelig?: boolean;
}): JSX.Element | null {
  const env = usePaneEnv();
  const [gekozen, setGekozen] = useState<Selectie>();
  const [uitgelegd, setUitgelegd] = useState<Uitgelegd>();
  const eigen = useRef<Selectie>();
  const uitleg = useRef(uitlegger);
  uitleg.current = uitlegger;
  const { selectie } = env;

  useEffect(() => {
    if (!selectie) return undefined;
    let weg = false;
    let stop: (() => Promise<void>) | undefined;
    const opSelectie = (s: Selectie) => {
      if (weg) return;
      const van = uitleg.current;
      const u = van?.(s.blad, s.cel);
      if (u) setUitgelegd({ plek: s, van, uitleg: u });
      else if (!zelfde(s, eigen.current)) setUitgelegd(undefined);
      eigen.current = undefined;
      setGekozen(s);
    };
    selectie(opSelectie)
      .then((s) => (weg ? void s().catch(() => undefined) : (stop = s)))
      .catch(() => undefined);
    return () => {
      weg = true;
      void stop?.().catch(() => undefined);
    };
  }, [selectie]);

  // After a new run or comparison, the same cell as that one made it.
  const nieuw = uitlegger;
  const u = useMemo(
    () => (!uitgelegd || uitgelegd.van === nieuw ? uitgelegd?.uitleg : nieuw?.(uitgelegd.plek.blad, uitgelegd.plek.cel)),
    [uitgelegd, nieuw],
  );
  if (!selectie) return null;
  const ga = (p: Selectie) => {
    eigen.current = p;
    void showPlace(env, p);
  };
  return (
    <section aria-labelledby="nplv-uitleg">
      <h2 id="nplv-uitleg" className={klassen.sectieKop}>
        Uitleg
      </h2>
      <div aria-live="polite">
        {gekozen && (
          <p className={klassen.toelichting}>
            Gekozen cel: <span className={klassen.plaats}>{verwijzingTekst(gekozen)}</span>
          </p>
        )}
        {u?.soort === 'cijfer' ? (
          <UitlegTekst uitleg={u.uitleg} ga={ga} />
        ) : u?.soort === 'verschil' ? (
          <VerschilTekst uitleg={u.uitleg} ga={ga} />
        ) : u ? (
          <GevoeligheidUitleg regels={u.regels} ga={ga} />
        ) : ongedaan ? (
          <p className={klassen.toelichting}>De berekening is ongedaan gemaakt: klik op Herbereken voor uitleg bij de cellen.</p>
        ) : (
          <p className={klassen.toelichting}>{vraag(vergeleken, gevoelig)}</p>
        )}
      </div>
    </section>
  );
}
