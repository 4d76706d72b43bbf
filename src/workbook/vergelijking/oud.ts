import type { Melding, Versiestand } from '../../engine';
import type { SheetGrid, WorkbookPort } from '../port';
import { alleenWaarden, versieUit } from '../versies/versies';
import { versieRijen } from '../versies/blad';
import type { VergelijkMet } from './vergelijkWerkmap';
import type { VergelijkBron } from './types';
import { findSheet } from '../read/findSheet';
import { VERGELIJKING, VERSIES } from '../sheetDefs';
import { leesOud } from './kop';

/**
 * The old side of a comparison — the version recorded in the workbook (from NPLV Versies, as
 * `versieUit` finds it), or the Versiestand given — and the NPLV Vergelijking sheet `naam` as
 * it is (undefined: none yet), both read in one request. `namen`: the sheet names listed.
 */
export async function oudEnVorig(
  port: WorkbookPort,
  met: VergelijkMet,
  namen: readonly string[],
  naam: string | undefined,
): Promise<{ oud: { ok: true; stand: Versiestand } | { ok: false; meldingen: Melding[] }; vorig?: SheetGrid }> {
  const versies = 'versie' in met ? findSheet(namen, [VERSIES]) : undefined;
  const bladen = [versies, naam].filter((b): b is string => b !== undefined);
  const grids = bladen.length === 0 ? [] : await port.readSheets(bladen, alleenWaarden(naam === undefined ? [] : [naam]));
  const vorig = naam === undefined ? undefined : grids[grids.length - 1];
  if (!('versie' in met)) return { oud: { ok: true, stand: met.stand }, vorig };
  const gelezen = versieUit(versies === undefined ? undefined : versieRijen(grids[0]), met.versie);
  return { oud: gelezen.ok ? { ok: true, stand: gelezen.versie.stand } : gelezen, vorig };
}

/** What the NPLV Vergelijking sheet of the workbook says it compared with (its head); undefined without the sheet or the line. */
export async function vergelekenMet(port: WorkbookPort): Promise<VergelijkBron | undefined> {
  const naam = findSheet(await port.sheetNames(), [VERGELIJKING]);
  if (naam === undefined) return undefined;
  const [blad] = await port.readSheets([naam]);
  return leesOud(blad);
}
