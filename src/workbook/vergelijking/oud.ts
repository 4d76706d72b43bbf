import type { Melding, Versiestand } from '../../engine';
import type { SheetGrid, WorkbookPort } from '../port';
import { versieUit } from '../versies/versies';
import { versieRijen } from '../versies/blad';
import type { VergelijkMet } from './vergelijkWerkmap';
import { findSheet } from '../read/findSheet';
import { VERGELIJKING } from '../sheetDefs';
import { leesKop, type VergelijkingKop } from './kop';

/** The old side of a comparison: the version recorded in the workbook (from the NPLV Versies sheet `versies` as read; undefined: none), or the Versiestand given. */
export function oudeStand(
  met: VergelijkMet,
  versies: SheetGrid | undefined,
): { ok: true; stand: Versiestand } | { ok: false; meldingen: Melding[] } {
  if (!('versie' in met)) return { ok: true, stand: met.stand };
  const gelezen = versieUit(versies && versieRijen(versies), met.versie);
  return gelezen.ok ? { ok: true, stand: gelezen.versie.stand } : gelezen;
}

/** What the NPLV Vergelijking sheet of the workbook says it compared with, and the scenarios on in each version (its head); undefined without the sheet or the line. */
export async function vergelekenMet(port: WorkbookPort): Promise<VergelijkingKop | undefined> {
  const naam = findSheet(await port.sheetNames(), [VERGELIJKING]);
  if (naam === undefined) return undefined;
  const [blad] = await port.readSheets([naam]);
  return leesKop(blad);
}
