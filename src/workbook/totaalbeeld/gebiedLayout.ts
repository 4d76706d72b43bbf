import { gebiedenIn, normalize, perGebied, type PeriodeResultaat, type Resultaat } from '../../engine';
import { STANDAARD_GETALNOTATIE } from '../outputColumns';
import { LEGE_RIJ, type LayoutRij, type TotaalbeeldLayout, type TotaalbeeldMeta } from './types';
import { GEBIED_KOPPEN, gebiedRij, pijlerniveauRows } from './gebiedRows';
import { kopRows } from './layout';
import { meldingRows } from './meldingRows';
import { onderdeelRows, ZONDER_GEBIED } from './onderdeelRows';
import { periodeKop } from './summaryRows';
import { pijlerLabel } from './pijlerLabels';

/** How a gebied is named to the user: its name, or `(geen gebied)` for onderdelen without one. */
export const gebiedNaam = (gebied: string): string => gebied || ZONDER_GEBIED;

/**
 * The gebied of the result a name means (case, accents and spacing do not matter; `(geen
 * gebied)`: the onderdelen without one), as the result spells it; or why there is none.
 */
export function zoekGebied(perioden: readonly PeriodeResultaat[], naam: string): { gebied: string } | { fout: string } {
  const gebieden = gebiedenIn(perioden);
  if (gebieden.length === 0) return { fout: 'de werkmap heeft geen gebieden (geen kolom Gebied in gebruik)' };
  const gezocht = normalize(naam) === normalize(ZONDER_GEBIED) ? '' : normalize(naam);
  const gebied = gebieden.find((g) => normalize(g) === gezocht);
  return gebied !== undefined
    ? { gebied }
    : { fout: `gebied '${naam}' staat niet in de werkmap; wel: ${gebieden.map(gebiedNaam).join(', ')}` };
}

// One periode's table of the gebied: a row per pijler it has onderdelen in, its total, then what the figures leave out.
function gebiedTabel(p: PeriodeResultaat, gebied: string, notatie: string): LayoutRij[] {
  const van = (g: { gebied: string }) => normalize(g.gebied) === normalize(gebied);
  const totaal = perGebied(p).find(van);
  const kop: LayoutRij = { cells: [`${periodeKop(p)}: ${gebiedNaam(gebied)}`, ...GEBIED_KOPPEN], bold: true };
  if (!totaal) return [kop, { cells: ['Geen onderdelen van dit gebied in deze periode.'] }];
  const pijlers = p.pijlers.flatMap((x) =>
    perGebied(p, x.pijler)
      .filter(van)
      .map((g) => gebiedRij(pijlerLabel(x.pijler).opgave, g, p.periode, notatie, x.pijler)),
  );
  return [
    kop,
    ...pijlers,
    { ...gebiedRij(`Totaal ${gebiedNaam(gebied)}`, totaal, p.periode, notatie), bold: true },
    { cells: ['Restopgave per onderdeel, zonder verrekening tussen onderdelen; dekking op pijlerniveau hoort bij geen gebied.'] },
    ...pijlerniveauRows(p, notatie),
  ];
}

/**
 * The Totaalbeeld of one gebied (`nplv totaalbeeld --gebied`, issue 16): the title lines with
 * the gebied, then per periode its figures per pijler and in total (restopgave per onderdeel,
 * no netting) and its onderdelen, then the messages. `gebied` as `zoekGebied` found it.
 */
export function gebiedLayout(resultaat: Resultaat, meta: TotaalbeeldMeta, gebied: string): TotaalbeeldLayout {
  const notatie = meta.getalnotatie ?? STANDAARD_GETALNOTATIE;
  const kop = kopRows(meta, [{ cells: [`Gebied: ${gebiedNaam(gebied)}`], bold: true }]);
  const perPeriode = resultaat.perioden.flatMap((p) => {
    const tabel = gebiedTabel(p, gebied, notatie);
    const onderdelen = onderdeelRows(p, notatie, false, gebied);
    return onderdelen.length > 1 ? [tabel, onderdelen] : [tabel];
  });
  const sections = [kop, ...perPeriode, meldingRows(resultaat.meldingen)];
  return { rows: sections.flatMap((s, i) => (i > 0 ? [LEGE_RIJ, ...s] : s)) };
}
