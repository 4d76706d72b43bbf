import type { Dec } from '../decimal';
import { rijksdeel } from '../formulas';
import { melding, sleutelFout, engineTekst } from '../messages';
import { canonicalPijler, FYSIEK, normalize, onderdeelKey } from '../names';
import { periodeFinder } from './perioden';
import { isValidSleutel, type Sleutels } from './sleutels';
import type { DekkingInvoer, Herkomst, Melding, OpgaveInvoer, PeriodeInGebruik, SleutelInGebruik } from '../types';

/** An opgave row that passed the checks, with its names resolved. */
export interface OpgaveRij {
  index: number;
  periode: PeriodeInGebruik;
  pijler: string;
  onderdeel: string;
  gebied: string;
  opgave: Dec;
  sleutel: Dec;
  /** The verdeelsleutel in force it got, when it has no key of its own (for the Uitleg). */
  sleutelIn?: SleutelInGebruik;
  /** opgave × sleutel, the row's own Rijksdeel, once it was asked for (`rijksdeelVan`). */
  rijksdeel?: Dec;
  herkomst?: Herkomst;
}

export interface DekkingRij {
  index: number;
  periode: PeriodeInGebruik;
  pijler: string;
  onderdeel: string;
  gebied: string;
  cofinanciering: Dec;
  rijksfinanciering: Dec;
  /** cofinanciering + rijksfinanciering, once it was asked for (`totaalVan`). */
  totaal?: Dec;
  herkomst?: Herkomst;
}

/** The row's own Rijksdeel, opgave × sleutel: computed when first asked for (the exact integer path does without it). */
export const rijksdeelVan = (row: OpgaveRij): Dec => (row.rijksdeel ??= rijksdeel(row.opgave, row.sleutel));

/** The row's Totale dekking, cofinanciering + Rijksfinanciering: computed when first asked for. */
export const totaalVan = (row: DekkingRij): Dec => (row.totaal ??= row.cofinanciering.plus(row.rijksfinanciering));

type Check = (fout: Melding | undefined) => void;

function collector(meldingen: Melding[]): Check {
  return (fout) => {
    if (fout) meldingen.push(fout);
  };
}

type Finder = ReturnType<typeof periodeFinder>;

function checkPeriode(naam: string, find: Finder, perioden: readonly PeriodeInGebruik[], h: Herkomst | undefined, check: Check) {
  if (!naam.trim()) return (check(melding('fout', h, 'periode', engineTekst.leeg('periode'))), undefined);
  const periode = find(naam);
  if (!periode)
    check(
      melding(
        'fout',
        h,
        'periode',
        engineTekst.periodeOnbekend(
          naam,
          perioden.map((p) => p.periode),
        ),
      ),
    );
  return periode;
}

function checkPijler(naam: string, h: Herkomst | undefined, check: Check) {
  const pijler = canonicalPijler(naam);
  if (!pijler) check(melding('fout', h, 'pijler', naam.trim() ? engineTekst.pijlerOnbekend(naam) : engineTekst.leeg('pijler')));
  return pijler;
}

function checkBedrag(veld: string, label: string, value: Dec, h: Herkomst | undefined, check: Check) {
  if (value.isNegative()) check(melding('fout', h, veld, engineTekst.negatief(label, value, h?.decimalen?.[veld])));
}

/** Checks every opgave row; all problems are reported, not only the first. */
export function checkOpgave(
  rows: readonly OpgaveInvoer[],
  perioden: readonly PeriodeInGebruik[],
  sleutels: Sleutels,
  meldingen: Melding[],
): OpgaveRij[] {
  const check = collector(meldingen);
  const find = periodeFinder(perioden);
  const out: OpgaveRij[] = [];
  rows.forEach((row, index) => {
    const h = row.herkomst;
    const before = meldingen.length;
    const periode = checkPeriode(row.periode, find, perioden, h, check);
    const pijler = checkPijler(row.pijler, h, check);
    const onderdeel = row.onderdeel.trim();
    if (!onderdeel) check(melding('fout', h, 'onderdeel', engineTekst.leeg('onderdeel')));
    checkBedrag('opgave', 'opgave', row.opgave, h, check);
    if (row.verdeelsleutel && !isValidSleutel(row.verdeelsleutel)) check(sleutelFout(row.verdeelsleutel, h, 'verdeelsleutel'));
    const sleutelIn = row.verdeelsleutel || !pijler || !onderdeel ? undefined : sleutels.entry(pijler, onderdeel);
    const sleutel = row.verdeelsleutel ?? sleutelIn?.rijksaandeel;
    if (pijler && onderdeel && !sleutel && pijler === FYSIEK)
      check(melding('fout', h, 'onderdeel', engineTekst.geenSleutel(onderdeel, pijler)));
    if (meldingen.length > before || !periode || !pijler || !sleutel) return;
    out.push({ index, periode, pijler, onderdeel, gebied: row.gebied.trim(), opgave: row.opgave, sleutel, sleutelIn, herkomst: h });
  });
  return out;
}

export function checkDekking(rows: readonly DekkingInvoer[], perioden: readonly PeriodeInGebruik[], meldingen: Melding[]): DekkingRij[] {
  const check = collector(meldingen);
  const find = periodeFinder(perioden);
  const out: DekkingRij[] = [];
  rows.forEach((row, index) => {
    const h = row.herkomst;
    const before = meldingen.length;
    const periode = checkPeriode(row.periode, find, perioden, h, check);
    const pijler = checkPijler(row.pijler, h, check);
    checkBedrag('cofinanciering', 'cofinanciering', row.cofinanciering, h, check);
    checkBedrag('rijksfinanciering', 'Rijksfinanciering', row.rijksfinanciering, h, check);
    if (meldingen.length > before || !periode || !pijler) return;
    const { cofinanciering, rijksfinanciering } = row;
    out.push({
      index,
      periode,
      pijler,
      onderdeel: row.onderdeel.trim(),
      gebied: row.gebied.trim(),
      cofinanciering,
      rijksfinanciering,
      herkomst: h,
    });
  });
  return out;
}

/** Rows of one onderdeel (and gebied) in one periode and pijler add up. */
export const groepKey = (r: { periode: PeriodeInGebruik; pijler: string; onderdeel: string; gebied: string }) =>
  [normalize(r.periode.periode), r.pijler, onderdeelKey(r.onderdeel), normalize(r.gebied)].join('|');
export const pijlerKey = (r: { periode: PeriodeInGebruik; pijler: string }) => `${normalize(r.periode.periode)}|${r.pijler}`;
