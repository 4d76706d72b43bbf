import { normalize, type Melding } from '../../engine';
import { findSheet } from '../read/findSheet';
import type { ReadDetail, WorkbookPort } from '../port';
import { VERSIES } from '../sheetDefs';
import { labelVan, leesVersie, versieInhoud, versieRijen, versiesBlad, type VersieRij } from './blad';
import { standEnResultaat } from './huidigeStand';
import { berekenMetOok, type BerekenUitkomst, type HerberekenOpties } from '../herbereken';
import { versieNaarJson } from './standJson';
import { versieTekst } from './tekst';
import { VERSIE_FORMAAT, type Mislukt, type Versie, type VersieInfo } from './types';

/** The longest label a version may have. */
export const MAX_LABEL = 255;
/** A line break, tab or other control character: a label is one line (the tables and the NPLV Vergelijking's head name it). */
const STUURTEKEN = /\p{Cc}/u;

const fout = (bericht: string, cel = ''): Melding => ({ ernst: 'fout', blad: cel ? VERSIES : '', cel, bericht });
const mislukt = (...meldingen: Melding[]): Mislukt => ({ ok: false, meldingen });

/**
 * How NPLV Versies is read: values only (no formulas or formats), its size sampled from one row,
 * so that Excel on the web's adapter plans blocks of rows of 1.2 million characters each.
 */
const ALLEEN_WAARDEN: ReadDetail = { wholeSheets: [], headRows: 1, detailColumns: () => [], columnsRight: () => 0, mostColumnsRight: 0 };

// The NPLV Versies sheet (as the workbook spells it, among `namen`: the names the action listed) and its rows; none when the workbook has none.
async function versieBlad(port: WorkbookPort, namen?: readonly string[]): Promise<{ naam: string; rijen: VersieRij[] } | undefined> {
  const naam = findSheet(namen ?? (await port.sheetNames()), [VERSIES]);
  if (naam === undefined) return undefined;
  const [grid] = await port.readSheets([naam], ALLEEN_WAARDEN);
  return { naam, rijen: versieRijen(grid) };
}

const zelfde = (a: string, b: string) => normalize(a) === normalize(b);

const info = ({ label, vastgelegd, formaat, scenarios }: Versie): VersieInfo => ({ label, vastgelegd, formaat, scenarios });

/**
 * Every recorded version, in the order recorded. Read strictly: a damaged row (its label, time,
 * formaat or JSON) or a label twice is an error naming its cell of NPLV Versies, all in one pass.
 */
export async function versiesLezen(port: WorkbookPort, namen?: readonly string[]): Promise<VersiesUitkomst> {
  return versiesUit((await versieBlad(port, namen))?.rijen);
}

export type VersiesUitkomst = { ok: true; versies: VersieInfo[] } | Mislukt;

/**
 * The workbook computed as `berekenWerkmap` does and its versions listed as `versiesLezen` does,
 * from one read (`namen`: the sheet names just listed): what the pane reads on opening.
 */
export async function berekenMetVersies(
  port: WorkbookPort,
  opties: HerberekenOpties,
  namen: readonly string[],
): Promise<{ uitkomst: BerekenUitkomst; versies: VersiesUitkomst }> {
  const naam = findSheet(namen, [VERSIES]);
  const gelezen = await berekenMetOok(port, opties, { namen, ...(naam && { waarden: naam }) });
  return { uitkomst: gelezen.uitkomst, versies: versiesUit(gelezen.ook.waarden && versieRijen(gelezen.ook.waarden)) };
}

// The versions of these rows of NPLV Versies (undefined: the workbook has none), read strictly.
function versiesUit(rijen: readonly VersieRij[] | undefined): VersiesUitkomst {
  const [versies, meldingen]: [VersieInfo[], Melding[]] = [[], []];
  const gezien: VersieRij[] = [];
  for (const r of rijen ?? []) {
    const label = labelVan(r);
    const eerder = label === undefined ? undefined : gezien.find((g) => zelfde(labelVan(g)!, label));
    if (eerder) meldingen.push(fout(versieTekst.dubbel(label!, eerder.rij), `A${r.rij}`));
    else if (label !== undefined) gezien.push(r);
    const gelezen = leesVersie(r);
    if (gelezen.ok) versies.push(info(gelezen.versie));
    else meldingen.push(...gelezen.meldingen);
  }
  return meldingen.length > 0 ? mislukt(...meldingen) : { ok: true, versies };
}

/** One recorded version, read whole; only its own row needs to be sound. */
export async function versieLezen(port: WorkbookPort, label: string): Promise<{ ok: true; versie: Versie } | Mislukt> {
  return versieUit((await versieBlad(port))?.rijen, label);
}

/** The version `label` among the rows of NPLV Versies (undefined: the workbook has no such sheet); only its own row needs to be sound. */
export function versieUit(rijen: readonly VersieRij[] | undefined, label: string): { ok: true; versie: Versie } | Mislukt {
  const rij = rijen?.find((r) => zelfde(labelVan(r) ?? '', label));
  if (!rij) return mislukt(fout(rijen ? versieTekst.onbekend(label, labels(rijen)) : versieTekst.geenVersies()));
  return leesVersie(rij);
}

const labels = (rijen: readonly VersieRij[]) => rijen.flatMap((r) => labelVan(r) ?? []);

/**
 * Records the workbook as it stands under `label`: reads and computes as Herbereken does
 * (refused with the same messages when the workbook has errors) and writes the NPLV Versies
 * sheet only, with the version as its last row. A label already recorded is refused, and so is
 * recording beside a damaged version (its errors name the cells; remove or repair it first).
 */
export async function versieVastleggen(
  port: WorkbookPort,
  label: string,
  opties: { scenarios?: readonly string[]; nu?: Date } = {},
): Promise<{ ok: true; versie: VersieInfo } | Mislukt> {
  const naam = label.trim();
  // The names listed once; NPLV Versies read with the workbook, in the same request.
  const namen = await port.sheetNames();
  const versies = findSheet(namen, [VERSIES]);
  const gelezen = await berekenMetOok(port, { scenarios: [...(opties.scenarios ?? [])] }, { namen, ...(versies && { waarden: versies }) });
  const r = standEnResultaat(gelezen.uitkomst);
  const blad = versies === undefined || !gelezen.ook.waarden ? undefined : { naam: versies, rijen: versieRijen(gelezen.ook.waarden) };
  const labelFout =
    naam === ''
      ? versieTekst.geenLabel()
      : naam.length > MAX_LABEL
        ? versieTekst.labelTeLang(MAX_LABEL)
        : STUURTEKEN.test(naam)
          ? versieTekst.labelRegel()
          : undefined;
  const bestaat = naam !== '' && labels(blad?.rijen ?? []).some((l) => zelfde(l, naam));
  const labelMeldingen = [labelFout ?? [], bestaat ? versieTekst.labelBestaat(naam) : []].flat().map((m) => fout(m));
  // A damaged NPLV Versies is an error naming its cells: a version is not added beside it.
  const eerdere = blad ? versiesUit(blad.rijen) : undefined;
  const schade = eerdere && !eerdere.ok ? eerdere.meldingen : [];
  if (!r.ok || labelMeldingen.length > 0 || schade.length > 0) return mislukt(...labelMeldingen, ...schade, ...(r.ok ? [] : r.meldingen));
  const versie: VersieInfo = {
    label: naam,
    vastgelegd: (opties.nu ?? new Date()).toISOString(),
    formaat: VERSIE_FORMAAT,
    scenarios: [...r.stand.scenarios],
  };
  const nieuw = versieInhoud(versie, versieNaarJson({ stand: r.stand, resultaat: r.resultaat }));
  const rijen = [...(blad?.rijen ?? []).flatMap((b) => b.rijen), ...nieuw];
  await port.apply({ sheets: [versiesBlad(rijen, blad?.naam)], writes: [], deleteSheets: [] });
  return { ok: true, versie };
}

/** Removes a recorded version (a damaged one too: only its label is read); the sheet goes with the last. */
export async function versieVerwijderen(port: WorkbookPort, label: string): Promise<{ ok: true } | Mislukt> {
  const blad = await versieBlad(port);
  const rij = blad?.rijen.find((r) => zelfde(labelVan(r) ?? '', label));
  if (!blad || !rij) return mislukt(fout(blad ? versieTekst.onbekend(label, labels(blad.rijen)) : versieTekst.geenVersies()));
  const over = blad.rijen.filter((r) => r !== rij);
  const changes =
    over.length === 0
      ? { sheets: [], writes: [], deleteSheets: [blad.naam] }
      : {
          sheets: [
            versiesBlad(
              over.flatMap((r) => r.rijen),
              blad.naam,
            ),
          ],
          writes: [],
          deleteSheets: [],
        };
  await port.apply(changes);
  return { ok: true };
}
