import { vergelijk, verschilUitleg, type Melding, type Vergelijking, type Versiestand, type VerschilUitleg } from '../../engine';
import { standVan } from '../versies/huidigeStand';
import { berekenMetOok } from '../herbereken';
import { workbookTekst } from '../messages';
import type { WorkbookChanges, WorkbookPort } from '../port';
import { EENHEDEN, type Schaal } from '../read/eenheid';
import { findSheet } from '../read/findSheet';
import { VERGELIJKING, VERSIES } from '../sheetDefs';
import { formatTijdstip } from '../totaalbeeld/meta';
import { weergaveNotatie, weergaveTekst } from '../totaalbeeld/weergave';
import { excelCannotHold } from '../write/excelLimits';
import { doelOpBlad, verouderdOpBlad } from './doel';
import { vergelijkingLayout } from './layout';
import { oudeStand } from './oud';
import type { VergelijkBron, VergelijkingLayout } from './types';
import { planVergelijking } from './write';

/** What the workbook is compared with: a version recorded in it, or a Versiestand of elsewhere (another file), named for the sheet's head; `eenheid` the unit its amounts are in. */
export type VergelijkMet = { versie: string } | { stand: Versiestand; naam: string; eenheid?: Schaal };

export interface VergelijkOpties {
  /** The scenarios on in the workbook now (the new side); default none. */
  scenarios?: readonly string[];
  /** The time on the sheet; default now. */
  nu?: Date;
  /** Whether to write the NPLV Vergelijking sheet; default yes. */
  schrijven?: boolean;
  /** Whether to plan the exact undo of the write; default yes (the command line says no). */
  undo?: boolean;
  /** How the head names the workbook now (the new side); default `deze werkmap`. */
  nieuw?: string;
}

export type VergelijkWerkmapUitkomst =
  | {
      ok: true;
      vergelijking: Vergelijking;
      layout: VergelijkingLayout;
      /** Puts back what the write changed (the sheet deleted, or its cells as they were); only when written with undo. */
      undo?: WorkbookChanges;
      /** The Uitleg of the difference a cell of the NPLV Vergelijking shows (a Δ cell or a part of one); undefined for any other cell. */
      uitleg: (blad: string, cel: string) => VerschilUitleg | undefined;
      /** Whether the NPLV Vergelijking sheet, as it was before this call, shows another value in that cell than this comparison gives (it is out of date). */
      verouderd: (blad: string, cel: string) => boolean;
    }
  | { ok: false; meldingen: Melding[] };

const mislukt = (meldingen: Melding[]) => ({ ok: false as const, meldingen });

/**
 * Compares the workbook as it stands (read and computed as Herbereken reads it: the new side)
 * with `met` (the old side), lays the comparison out, and writes ONLY the NPLV Vergelijking
 * sheet (its own cells, as the Totaalbeeld is written; `undo` restores them). Errors of either
 * side, amounts in different units, or an analyst's cell in the way: nothing is written.
 */
export async function vergelijkWerkmap(
  port: WorkbookPort,
  met: VergelijkMet,
  opties: VergelijkOpties = {},
): Promise<VergelijkWerkmapUitkomst> {
  const { schrijven = true, undo: metUndo = true } = opties;
  // The names listed once; NPLV Versies (values only) and the NPLV Vergelijking as it is (whole, for undo) read with the workbook, in the same request.
  const namen = await port.sheetNames();
  const [naam, versies] = [findSheet(namen, [VERGELIJKING]), 'versie' in met ? findSheet(namen, [VERSIES]) : undefined];
  const gelezen = await berekenMetOok(
    port,
    { scenarios: [...(opties.scenarios ?? [])] },
    { namen, ...(versies && { waarden: versies }), ...(naam && { heel: naam }) },
  );
  const [nu, vorig] = [gelezen.uitkomst, gelezen.ook.heel];
  if (!nu.ok) return nu;
  const oud = oudeStand(met, gelezen.ook.waarden);
  if (!oud.ok) return oud;
  if ('eenheid' in met && met.eenheid && met.eenheid !== nu.eenheid.schaal)
    return mislukt([
      { ernst: 'fout', blad: '', cel: '', bericht: workbookTekst.andereEenheid(EENHEDEN[met.eenheid].tekst, nu.eenheid.tekst) },
    ]);
  const nieuw = standVan(nu);
  const uitkomst = vergelijk(oud.stand, nieuw);
  if (!uitkomst.ok) return uitkomst;
  const { vergelijking } = uitkomst;
  const bron: VergelijkBron = 'versie' in met ? { soort: 'versie', label: met.versie } : { soort: 'bestand', naam: met.naam };
  const layout = vergelijkingLayout(vergelijking, {
    gemaaktOm: formatTijdstip(opties.nu ?? new Date()),
    oud: bron,
    nieuw: opties.nieuw ?? 'deze werkmap',
    scenarios: { oud: oud.stand.scenarios, nieuw: nieuw.scenarios },
    eenheid: weergaveTekst(nu.weergave),
    getalnotatie: weergaveNotatie(nu.eenheid.schaal, nu.weergave) ?? nu.eenheid.getalnotatie,
  });
  const plan = planVergelijking(vorig, naam ?? VERGELIJKING, layout, schrijven && metUndo);
  const fouten = [...plan.fouten, ...excelCannotHold(plan.changes)];
  if (fouten.length > 0) return mislukt(fouten);
  if (schrijven) await port.apply(plan.changes);
  const doel = doelOpBlad(naam ?? VERGELIJKING, layout);
  const uitleg = (blad: string, cel: string) => {
    const d = doel(blad, cel);
    return d && verschilUitleg(vergelijking, d);
  };
  return { ok: true, vergelijking, layout, ...(plan.undo && { undo: plan.undo }), uitleg, verouderd: verouderdOpBlad(vorig, layout) };
}
