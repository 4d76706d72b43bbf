import { gevoeligheid, gevoeligheidJson, type Gevoeligheid, type GevoeligheidJson, type Melding, type UitlegRegel } from '../../engine';
import { a1 } from '../../sheet';
import { berekenMetOok } from '../herbereken';
import { workbookTekst } from '../messages';
import type { WorkbookChanges, WorkbookPort } from '../port';
import { findSheet } from '../read/findSheet';
import { GEVOELIGHEID } from '../sheetDefs';
import { formatTijdstip } from '../totaalbeeld/meta';
import { weergaveNotatie, weergaveTekst } from '../totaalbeeld/weergave';
import { doelOpBlad, verouderdOpBlad } from '../vergelijking/doel';
import { excelCannotHold } from '../write/excelLimits';
import { planEigenBlad } from '../write/eigenBlad';
import { gevoeligheidLayout } from './layout';
import type { GevoeligheidLayout } from './types';

/** How the line naming the add-in's cells on the NPLV Gevoeligheid sheet ends. */
export const GEVOELIGHEID_STAART = 'wat u elders op dit blad zet, blijft bij Gevoeligheid staan.';

export interface GevoeligheidWerkmapOpties {
  /** The scenarios on; default none (the base). */
  scenarios?: readonly string[];
  /** The moves in percentage points, each taken down and up; default 5 and 10. */
  stappen?: readonly number[];
  /** The time on the sheet; default now. */
  nu?: Date;
  /** Whether to write the NPLV Gevoeligheid sheet; default yes. */
  schrijven?: boolean;
  /** Whether to plan the exact undo of the write; default yes (the command line says no). */
  undo?: boolean;
}

export type GevoeligheidWerkmapUitkomst =
  | {
      ok: true;
      gevoeligheid: Gevoeligheid;
      layout: GevoeligheidLayout;
      /** The sheet as the workbook spells it (`NPLV Gevoeligheid` when it is new). */
      blad: string;
      /** Puts back what the write changed (the sheet deleted, or its cells as they were); only when written with undo. */
      undo?: WorkbookChanges;
      /** The Uitleg of a Δ cell of the NPLV Gevoeligheid; undefined for any other cell. */
      uitleg: (blad: string, cel: string) => UitlegRegel[] | undefined;
      /** Whether the NPLV Gevoeligheid sheet, as it was before this call, shows another value in that cell than this run gives (it is out of date). */
      verouderd: (blad: string, cel: string) => boolean;
      /** `nplv gevoeligheid --json`: the engine's JSON, with the cells of each key. */
      json: () => GevoeligheidJson;
      /** The row of the key `gevoeligheid.sleutels[index]` on the sheet, as an A1 range (`A8:T8`); undefined for no such key. */
      rijVan: (index: number) => string | undefined;
      /** The warnings of reading and computing. */
      meldingen: Melding[];
    }
  | { ok: false; meldingen: Melding[] };

/**
 * Issue 19: reads and computes the workbook as Herbereken does, moves each verdeelsleutel alone
 * by −d and +d points (the engine's `gevoeligheid`), lays the result out and writes ONLY the
 * NPLV Gevoeligheid sheet (its own cells, as the Totaalbeeld is written; `undo` restores them).
 * Errors of the workbook (the same as Herbereken's), a step outside 0–100, or an analyst's cell
 * in the way: nothing is written.
 */
export async function gevoeligheidWerkmap(
  port: WorkbookPort,
  opties: GevoeligheidWerkmapOpties = {},
): Promise<GevoeligheidWerkmapUitkomst> {
  const { schrijven = true, undo: metUndo = true } = opties;
  const scenarios = [...(opties.scenarios ?? [])];
  const namen = await port.sheetNames();
  const naam = findSheet(namen, [GEVOELIGHEID]);
  const gelezen = await berekenMetOok(port, { scenarios }, { namen, ...(naam && { heel: naam }) });
  const [nu, vorig] = [gelezen.uitkomst, gelezen.ook.heel];
  if (!nu.ok) return nu;
  const uitkomst = gevoeligheid(nu.invoer, { scenarios, ...(opties.stappen && { stappen: opties.stappen }) });
  if (!uitkomst.ok) return { ok: false, meldingen: uitkomst.meldingen };
  const blad = naam ?? GEVOELIGHEID;
  const layout = gevoeligheidLayout(
    uitkomst.gevoeligheid,
    {
      gemaaktOm: formatTijdstip(opties.nu ?? new Date()),
      scenarios: nu.resultaat.scenarios,
      eenheid: weergaveTekst(nu.weergave),
      getalnotatie: weergaveNotatie(nu.eenheid.schaal, nu.weergave) ?? nu.eenheid.getalnotatie,
    },
    nu.meldingen,
  );
  const tekst = { staart: GEVOELIGHEID_STAART, doorUGevuld: workbookTekst.doorUGevuldGevoeligheid };
  const plan = planEigenBlad(vorig, blad, layout, tekst, schrijven && metUndo);
  const fouten = [...plan.fouten, ...excelCannotHold(plan.changes)];
  if (fouten.length > 0) return { ok: false, meldingen: fouten };
  if (schrijven) await port.apply(plan.changes);
  const doel = doelOpBlad(blad, layout);
  const uitleg = (b: string, cel: string) => {
    const d = doel(b, cel);
    return d && uitkomst.uitleg(d);
  };
  const rijVan = (index: number) => {
    const rij = layout.sleutelRijen[index];
    return rij === undefined ? undefined : `${a1(rij + 1, 1)}:${a1(rij + 1, layout.rows[rij].cells.length)}`;
  };
  return {
    ok: true,
    gevoeligheid: uitkomst.gevoeligheid,
    layout,
    blad,
    ...(plan.undo && { undo: plan.undo }),
    uitleg,
    verouderd: verouderdOpBlad(vorig, layout),
    json: () => gevoeligheidJson(uitkomst.gevoeligheid, (i) => nu.invoer.opgave[i]?.herkomst),
    rijVan,
    meldingen: nu.meldingen,
  };
}
