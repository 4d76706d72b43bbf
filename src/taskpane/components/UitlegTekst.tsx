import React from 'react';
import { Link } from 'office-ui-fabric-react/lib/Link';
import { uitlegRegels, type Plek, type Uitleg } from '../../engine';
import { leesAdres, type Selectie } from '../state/selectie';
import { klassen } from './styles';

// A place as the explanation's text writes it (verwijzingTekst of src/sheet: a bare name is letters, digits, _ and .):
// `Dekking!E4:F4`, `'NPLV Totaalbeeld'!B5`, `'2024'!D3`, `Opgave!5:5`.
const PLAATS = /(?:'(?:[^']|'')+'|[\p{L}\p{M}\p{N}_.]+)!(?:\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\d+:\d+)/gu;

const sleutel = (p: Plek) => `${p.blad.toLowerCase()}!${p.cel.replace(/\$/g, '').toUpperCase()}`;
/** Whether two places are the same cell, however they are spelled. */
export const zelfde = (a: Plek | undefined, b: Plek | undefined) => !!a && !!b && sleutel(a) === sleutel(b);

/** Every cell an explanation names: of its inputs and of their parts. */
const plekkenVan = (u: Uitleg): Plek[] => u.termen.flatMap((t) => [...t.plekken, ...t.delen.flatMap((d) => d.plekken)]);

/**
 * A line of the explanation cut into text and the places in it that are cells of the explanation;
 * a place right after `nietNa` stays text (`oud Opgave!D5`: a cell of another version).
 */
export function stukken(regel: string, plekken: readonly Plek[], nietNa?: string): (string | { tekst: string; plek: Selectie })[] {
  const bekend = new Set(plekken.map(sleutel));
  const uit: (string | { tekst: string; plek: Selectie })[] = [];
  let vanaf = 0;
  for (const m of regel.matchAll(PLAATS)) {
    const plek = leesAdres(m[0]);
    if (!plek || !bekend.has(sleutel(plek)) || (nietNa !== undefined && regel.slice(0, m.index).endsWith(nietNa))) continue;
    uit.push(regel.slice(vanaf, m.index), { tekst: m[0], plek });
    vanaf = m.index + m[0].length;
  }
  uit.push(regel.slice(vanaf));
  return uit.filter((s) => s !== '');
}

interface Plekken {
  plekken: readonly Plek[];
  /** A place right after this text is no link. */
  nietNa?: string;
  ga: (p: Selectie) => void;
}

/** A cell of the workbook as a link that selects it: `Opgave!D4`. */
export function PlekLink({ tekst, plek, ga }: { tekst: string; plek: Selectie; ga: (p: Selectie) => void }): JSX.Element {
  return (
    <Link className={klassen.plaats} aria-label={`Ga naar ${tekst}`} onClick={() => ga(plek)}>
      {tekst}
    </Link>
  );
}

function Regel({ regel, plekken, nietNa, ga }: Plekken & { regel: string }): JSX.Element {
  return (
    <li className={klassen.regel}>
      {stukken(regel, plekken, nietNa).map((s, i) =>
        typeof s === 'string' ? s : <PlekLink key={i} tekst={s.tekst} plek={s.plek} ga={ga} />,
      )}
    </li>
  );
}

/** An explanation's lines: the first as its heading, the others a list; the cells they name that `plekken` holds as links. */
export function UitlegRegels({ regels, naam, ...plekken }: Plekken & { regels: string[]; naam: string }): JSX.Element {
  const [eerste, ...rest] = regels;
  return (
    <>
      <p className={klassen.uitlegKop}>{eerste}</p>
      <ul className={klassen.lijst} aria-label={naam}>
        {rest.map((regel, i) => (
          <Regel key={i} regel={regel} {...plekken} />
        ))}
      </ul>
    </>
  );
}

/** The engine's explanation as text (`uitlegRegels`), the cells it names as links. */
export function UitlegTekst({ uitleg, ga }: { uitleg: Uitleg; ga: (p: Selectie) => void }): JSX.Element {
  return <UitlegRegels regels={uitlegRegels(uitleg)} plekken={plekkenVan(uitleg)} naam="Invoer" ga={ga} />;
}
