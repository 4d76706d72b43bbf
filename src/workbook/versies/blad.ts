import type { Melding } from '../../engine';
import { a1, bottomRow, cellAt, isBlank, rightColumn, type CellValue, type SheetGrid } from '../../sheet';
import type { SheetContent } from '../port';
import { VERSIES } from '../sheetDefs';
import { Afwijking } from './schema';
import { versieUitJson } from './standJson';
import { versieTekst } from './tekst';
import { DEEL_LENGTE, VERSIE_FORMAAT, type Mislukt, type Versie, type VersieInfo } from './types';

/**
 * The NPLV Versies sheet: a header row, then one row per version — label (A), when it was
 * recorded (B, ISO 8601 text), formaat (C), and the version's JSON from D on, in cells of at
 * most 30,000 characters. Hidden: the analyst never types in it.
 */
const KOP: CellValue[] = ['Label', 'Vastgelegd', 'Formaat', `Inhoud (JSON, in delen van ten hoogste ${DEEL_LENGTE.toLocaleString('nl-NL')} tekens)`];
const [LABEL, TIJD, FORMAAT, INHOUD] = [1, 2, 3, 4];

/** A row of the sheet as read: its number and its cells from column A. */
export interface VersieRij {
  rij: number;
  waarden: CellValue[];
}

/** The rows below the header that hold anything. */
export function versieRijen(grid: SheetGrid): VersieRij[] {
  const rijen: VersieRij[] = [];
  for (let rij = Math.max(2, grid.top); rij <= bottomRow(grid); rij++) {
    const waarden = Array.from({ length: rightColumn(grid) }, (_, c) => cellAt(grid, rij, c + 1).value);
    if (waarden.some((v) => !isBlank(v))) rijen.push({ rij, waarden });
  }
  return rijen;
}

/** The row's label: its text in column A, or undefined. */
export const labelVan = (r: VersieRij): string | undefined => {
  const v = r.waarden[LABEL - 1];
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
};

const melding = (rij: number, kolom: number, bericht: string): Melding => ({ ernst: 'fout', blad: VERSIES, cel: a1(rij, kolom), bericht });

// The JSON's parts: the text cells from D to the last filled one; an empty cell among them is a part missing.
function delen(r: VersieRij, meldingen: Melding[]): string[] {
  const cellen = r.waarden.slice(INHOUD - 1);
  const laatste = cellen.reduce<number>((l, v, i) => (isBlank(v) ? l : i), -1);
  if (laatste < 0) meldingen.push(melding(r.rij, INHOUD, versieTekst.geenInhoud()));
  cellen.slice(0, laatste + 1).forEach((v, i) => {
    if (isBlank(v)) meldingen.push(melding(r.rij, INHOUD + i, versieTekst.deelOntbreekt()));
    else if (typeof v !== 'string') meldingen.push(melding(r.rij, INHOUD + i, versieTekst.geenTekst()));
  });
  return cellen.slice(0, laatste + 1).map((v) => (typeof v === 'string' ? v : ''));
}

// The cell holding the character at `positie` of the joined parts.
function kolomVan(stukken: readonly string[], positie: number): number {
  let tot = 0;
  for (let i = 0; i < stukken.length; i++) if (positie < (tot += stukken[i].length)) return INHOUD + i;
  return INHOUD + Math.max(0, stukken.length - 1);
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
  const [label, tijd, formaat] = [labelVan(r), r.waarden[TIJD - 1], r.waarden[FORMAAT - 1]];
  if (label === undefined) meldingen.push(melding(r.rij, LABEL, versieTekst.labelOntbreekt()));
  if (typeof tijd !== 'string' || !ISO.test(tijd) || Number.isNaN(Date.parse(tijd))) meldingen.push(melding(r.rij, TIJD, versieTekst.geenTijd()));
  const fout = formaatFout(formaat);
  if (fout !== undefined) return { ok: false, meldingen: [...meldingen, melding(r.rij, FORMAAT, fout)] };
  const stukken = delen(r, meldingen);
  if (meldingen.length > 0) return { ok: false, meldingen };
  try {
    const { stand, resultaat } = versieUitJson(stukken.join(''));
    return { ok: true, versie: { label: label!, vastgelegd: tijd as string, formaat: VERSIE_FORMAAT, scenarios: [...stand.scenarios], stand, resultaat } };
  } catch (e) {
    if (e instanceof Afwijking) return { ok: false, meldingen: [melding(r.rij, INHOUD, versieTekst.afwijking(e.message))] };
    if (!(e instanceof SyntaxError)) throw e;
    const positie = /position (\d+)/.exec(e.message);
    return { ok: false, meldingen: [melding(r.rij, positie ? kolomVan(stukken, Number(positie[1])) : INHOUD, versieTekst.geenJson(e.message))] };
  }
}

/** A version's row: label, time, formaat and the JSON in parts of at most DEEL_LENGTE characters. */
export function versieRij(info: Pick<VersieInfo, 'label' | 'vastgelegd'>, json: string): CellValue[] {
  const stukken: string[] = [];
  for (let i = 0; i < json.length; i += DEEL_LENGTE) stukken.push(json.slice(i, i + DEEL_LENGTE));
  return [info.label, info.vastgelegd, VERSIE_FORMAAT, ...stukken];
}

/** The whole sheet with these rows (as read, or made by `versieRij`), hidden. */
export function versiesBlad(rijen: readonly CellValue[][], naam = VERSIES): SheetContent {
  const breedte = Math.max(KOP.length, ...rijen.map((r) => r.length));
  const vol = (r: readonly CellValue[]) => [...r, ...Array<CellValue>(breedte - r.length).fill(null)];
  return { name: naam, hidden: true, values: [vol(KOP), ...rijen.map(vol)], bold: [KOP.map(() => true)], columnWidths: [28, 26, 9] };
}
