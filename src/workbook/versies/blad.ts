import type { Melding } from '../../engine';
import { a1, bottomRow, cellAt, isBlank, rightColumn, type CellValue, type SheetGrid } from '../../sheet';
import type { SheetContent } from '../port';
import { VERSIES } from '../sheetDefs';
import { Afwijking } from './schema';
import { versieUitJson } from './standJson';
import { versieTekst } from './tekst';
import { DEEL_LENGTE, DELEN_PER_RIJ, VERSIE_FORMAAT, type Mislukt, type Versie, type VersieInfo } from './types';

/**
 * The NPLV Versies sheet: a header row, then a row per version — label (A), when it was
 * recorded (B, ISO 8601 text), formaat (C), and the version's JSON from D on, in cells of at
 * most 30,000 characters, at most 40 to a row (a longer one goes on in the rows below, A–C
 * empty). Hidden: the analyst never types in it.
 */
const KOP: CellValue[] = [
  'Label',
  'Vastgelegd',
  'Formaat',
  `Inhoud (JSON, in delen van ten hoogste ${DEEL_LENGTE.toLocaleString('nl-NL')} tekens)`,
];
const [LABEL, TIJD, FORMAAT, INHOUD] = [1, 2, 3, 4];

/**
 * A version as read: its rows (the first holds label, time and formaat; a long version goes on
 * in the rows below it, A–C empty) with their cells from column A.
 */
export interface VersieRij {
  rij: number;
  rijen: CellValue[][];
}

/** The rows below the header that hold anything, grouped per version (a row with A–C empty goes on the version above it). */
export function versieRijen(grid: SheetGrid): VersieRij[] {
  const groepen: VersieRij[] = [];
  for (let rij = Math.max(2, grid.top); rij <= bottomRow(grid); rij++) {
    const waarden = Array.from({ length: rightColumn(grid) }, (_, c) => cellAt(grid, rij, c + 1).value);
    if (waarden.every(isBlank)) continue;
    const vervolg = waarden.slice(0, INHOUD - 1).every(isBlank) && groepen.length > 0;
    if (vervolg) groepen[groepen.length - 1].rijen.push(waarden);
    else groepen.push({ rij, rijen: [waarden] });
  }
  return groepen;
}

/** The version's label: its text in column A, or undefined. */
export const labelVan = (r: VersieRij): string | undefined => {
  const v = r.rijen[0][LABEL - 1];
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
};

const melding = (rij: number, kolom: number, bericht: string): Melding => ({ ernst: 'fout', blad: VERSIES, cel: a1(rij, kolom), bericht });

/** A part of the JSON and its cell. */
interface Deel {
  rij: number;
  kolom: number;
  tekst: string;
}

// The JSON's parts: per row the cells from D on (a row before the last one full, DELEN_PER_RIJ of them); an empty cell among them is a part missing.
function delen(r: VersieRij, meldingen: Melding[]): Deel[] {
  const uit: Deel[] = [];
  r.rijen.forEach((waarden, i) => {
    const cellen = waarden.slice(INHOUD - 1);
    const laatste = i < r.rijen.length - 1 ? DELEN_PER_RIJ - 1 : cellen.reduce<number>((l, v, k) => (isBlank(v) ? l : k), -1);
    for (let k = 0; k <= laatste; k++) {
      const [v, plaats] = [cellen[k] ?? null, { rij: r.rij + i, kolom: INHOUD + k }];
      if (isBlank(v)) meldingen.push(melding(plaats.rij, plaats.kolom, versieTekst.deelOntbreekt()));
      else if (typeof v !== 'string') meldingen.push(melding(plaats.rij, plaats.kolom, versieTekst.geenTekst()));
      else uit.push({ ...plaats, tekst: v });
    }
  });
  if (uit.length === 0 && meldingen.length === 0) meldingen.push(melding(r.rij, INHOUD, versieTekst.geenInhoud()));
  return uit;
}

// The part holding the character at `positie` (from 0) of the joined parts, and that character's number in its cell (from 1); none past the end.
function deelVan(stukken: readonly Deel[], positie: number): { deel: Deel; teken: number } | undefined {
  let begin = 0;
  for (const deel of stukken) {
    if (positie < begin + deel.tekst.length) return { deel, teken: positie - begin + 1 };
    begin += deel.tekst.length;
  }
  return undefined;
}

function formaatFout(v: CellValue): string | undefined {
  if (v === VERSIE_FORMAAT) return undefined;
  if (typeof v === 'number' && Number.isInteger(v) && v > VERSIE_FORMAAT) return versieTekst.nieuwerFormaat(v);
  return versieTekst.onbekendFormaat(v === null ? '(leeg)' : JSON.stringify(typeof v === 'object' ? v.error : v));
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Reads one row strictly: every problem of it, each naming its cell; a formaat other than 1 is not read further. */
export function leesVersie(r: VersieRij): { ok: true; versie: Versie } | Mislukt {
  const meldingen: Melding[] = [];
  const [label, tijd, formaat] = [labelVan(r), r.rijen[0][TIJD - 1], r.rijen[0][FORMAAT - 1]];
  if (label === undefined) meldingen.push(melding(r.rij, LABEL, versieTekst.labelOntbreekt()));
  if (typeof tijd !== 'string' || !ISO.test(tijd) || Number.isNaN(Date.parse(tijd)))
    meldingen.push(melding(r.rij, TIJD, versieTekst.geenTijd()));
  const fout = formaatFout(formaat);
  if (fout !== undefined) return { ok: false, meldingen: [...meldingen, melding(r.rij, FORMAAT, fout)] };
  const stukken = delen(r, meldingen);
  if (meldingen.length > 0) return { ok: false, meldingen };
  try {
    const { stand, resultaat } = versieUitJson(stukken.map((d) => d.tekst).join(''));
    return {
      ok: true,
      versie: { label: label!, vastgelegd: tijd as string, formaat: VERSIE_FORMAAT, scenarios: [...stand.scenarios], stand, resultaat },
    };
  } catch (e) {
    if (e instanceof Afwijking) return { ok: false, meldingen: [melding(r.rij, INHOUD, versieTekst.afwijking(e.message))] };
    if (!(e instanceof SyntaxError)) throw e;
    // JavaScript's own text is English: only where it goes wrong is taken from it (a position, or the end).
    const positie = /position (\d+)/.exec(e.message);
    const plek = positie ? deelVan(stukken, Number(positie[1])) : undefined;
    const teKort = plek === undefined && (positie !== null || /end of JSON input/.test(e.message));
    const deel = plek?.deel ?? (teKort ? stukken[stukken.length - 1] : stukken[0]);
    return {
      ok: false,
      meldingen: [melding(deel.rij, deel.kolom, versieTekst.geenJson(plek ? { teken: plek.teken } : teKort ? 'te kort' : undefined))],
    };
  }
}

/**
 * A version's rows: label, time, formaat and the JSON in parts of at most DEEL_LENGTE
 * characters, DELEN_PER_RIJ to a row (the rows below with A–C empty): a row stays below what
 * Excel on the web takes in one request.
 */
export function versieInhoud(info: Pick<VersieInfo, 'label' | 'vastgelegd'>, json: string): CellValue[][] {
  const stukken: string[] = [];
  for (let i = 0; i < json.length; i += DEEL_LENGTE) stukken.push(json.slice(i, i + DEEL_LENGTE));
  const rijen: CellValue[][] = [];
  for (let i = 0; i < Math.max(1, stukken.length); i += DELEN_PER_RIJ)
    rijen.push([...(i === 0 ? [info.label, info.vastgelegd, VERSIE_FORMAAT] : [null, null, null]), ...stukken.slice(i, i + DELEN_PER_RIJ)]);
  return rijen;
}

/** The whole sheet with these rows (as read, or made by `versieRij`), hidden. */
export function versiesBlad(rijen: readonly CellValue[][], naam = VERSIES): SheetContent {
  const breedte = Math.max(KOP.length, ...rijen.map((r) => r.length));
  const vol = (r: readonly CellValue[]) => [...r, ...Array<CellValue>(breedte - r.length).fill(null)];
  return { name: naam, hidden: true, values: [vol(KOP), ...rijen.map(vol)], bold: [KOP.map(() => true)], columnWidths: [28, 26, 9] };
}
