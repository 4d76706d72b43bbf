import React, { useEffect, useRef, useState } from 'react';
import { Link } from 'office-ui-fabric-react/lib/Link';
import { uitlegRegels, type Plek, type Uitleg as EngineUitleg } from '../engine';
import { showPlace } from './actions';
import { usePaneEnv } from './paneContext';
import type { Berekening } from './paneState';
import { eersteCel, leesAdres, type Selectie } from './selectie';
import { klassen } from './styles';

export const GEEN_UITKOMST =
  'Kies een cel met een uitkomst: een kolom Rijksdeel … Overschot dekking, Totale dekking of een getal op het blad NPLV Totaalbeeld.';

// A place as the explanation's text writes it: `Dekking!E4:F4`, `'NPLV Totaalbeeld'!B5`, `Opgave!5:5`.
const PLAATS = /(?:'(?:[^']|'')+'|[\p{L}\d_.]+)!(?:\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\d+:\d+)/gu;

const sleutel = (p: Plek) => `${p.blad.toLowerCase()}!${p.cel.replace(/\$/g, '').toUpperCase()}`;
const zelfde = (a: Plek | undefined, b: Plek | undefined) => !!a && !!b && sleutel(a) === sleutel(b);

/** Every cell an explanation names: of its inputs and of their parts. */
const plekkenVan = (u: EngineUitleg): Plek[] => u.termen.flatMap((t) => [...t.plekken, ...t.delen.flatMap((d) => d.plekken)]);

/** A line of the explanation cut into text and the places in it that are cells of the explanation. */
export function stukken(regel: string, plekken: readonly Plek[]): (string | { tekst: string; plek: Selectie })[] {
  const bekend = new Set(plekken.map(sleutel));
  const uit: (string | { tekst: string; plek: Selectie })[] = [];
  let vanaf = 0;
  for (const m of regel.matchAll(PLAATS)) {
    const plek = leesAdres(m[0]);
    if (!plek || !bekend.has(sleutel(plek))) continue;
    uit.push(regel.slice(vanaf, m.index), { tekst: m[0], plek });
    vanaf = m.index + m[0].length;
  }
  uit.push(regel.slice(vanaf));
  return uit.filter((s) => s !== '');
}

function Regel({ regel, plekken, ga }: { regel: string; plekken: readonly Plek[]; ga: (p: Selectie) => void }): JSX.Element {
  return (
    <li className={klassen.regel}>
      {stukken(regel, plekken).map((s, i) =>
        typeof s === 'string' ? (
          s
        ) : (
          <Link key={i} className={klassen.plaats} aria-label={`Ga naar ${s.tekst}`} onClick={() => ga(s.plek)}>
            {s.tekst}
          </Link>
        ),
      )}
    </li>
  );
}

/**
 * The Uitleg (issue 7): how the figure in the selected cell was made, as the engine derived
 * it in the last run that wrote (what the cells show), following the selection in the sheet.
 * Its inputs' cells are links; when such a link selects a cell without a figure of its own,
 * the explanation stays.
 */
export function Uitleg({ berekening, ongedaan }: { berekening: Berekening; ongedaan: boolean }): JSX.Element | null {
  const env = usePaneEnv();
  const [gekozen, setGekozen] = useState<Selectie>();
  const [bron, setBron] = useState<Selectie>();
  const eigen = useRef<Selectie>();
  const uitleg = useRef(berekening.uitleg);
  uitleg.current = berekening.uitleg;
  const { selectie } = env;

  useEffect(() => {
    if (!selectie) return undefined;
    let weg = false;
    let stop: (() => Promise<void>) | undefined;
    const opSelectie = (s: Selectie) => {
      if (weg) return;
      if (uitleg.current?.(s.blad, eersteCel(s.cel))) setBron(s);
      else if (!zelfde(s, eigen.current)) setBron(undefined);
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

  if (!selectie) return null;
  const u = !ongedaan && bron ? berekening.uitleg?.(bron.blad, eersteCel(bron.cel)) : undefined;
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
            Gekozen cel: <span className={klassen.plaats}>{`${gekozen.blad}!${gekozen.cel}`}</span>
          </p>
        )}
        {ongedaan ? (
          <p className={klassen.toelichting}>De berekening is ongedaan gemaakt: klik op Herbereken voor uitleg bij de cellen.</p>
        ) : u ? (
          <UitlegTekst uitleg={u} ga={ga} />
        ) : (
          <p className={klassen.toelichting}>{GEEN_UITKOMST}</p>
        )}
      </div>
    </section>
  );
}

function UitlegTekst({ uitleg, ga }: { uitleg: EngineUitleg; ga: (p: Selectie) => void }): JSX.Element {
  const [eerste, ...rest] = uitlegRegels(uitleg);
  const plekken = plekkenVan(uitleg);
  return (
    <>
      <p className={klassen.uitlegKop}>{eerste}</p>
      <ul className={klassen.lijst} aria-label="Invoer">
        {rest.map((regel, i) => (
          <Regel key={i} regel={regel} plekken={plekken} ga={ga} />
        ))}
      </ul>
    </>
  );
}
