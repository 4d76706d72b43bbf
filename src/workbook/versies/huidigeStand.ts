import { toJson, type Invoer, type Resultaat, type Versiestand } from '../../engine';
import { berekenWerkmap, type BerekenUitkomst } from '../herbereken';
import type { WorkbookPort } from '../port';
import type { Mislukt } from './types';

/** A workbook's Versiestand from its computation (`berekenWerkmap`): its input and the scenarios that were on, as it spells them. */
export const standVan = (b: { invoer: Invoer; resultaat: Resultaat }): Versiestand => ({
  invoer: b.invoer,
  scenarios: b.resultaat.scenarios.filter((s) => s.aan).map((s) => s.naam),
});

/**
 * The workbook as it stands, from its reading and computing as Herbereken does (a
 * `berekenWerkmap` outcome, which wrote nothing): its Versiestand and its result. Refused with
 * the same messages as Herbereken when the workbook has errors.
 */
export const standEnResultaat = (uitkomst: BerekenUitkomst) =>
  uitkomst.ok ? { ok: true as const, stand: standVan(uitkomst), resultaat: toJson(uitkomst.resultaat) } : uitkomst;

/** The workbook's Versiestand now (what a comparison takes as its new side), or the errors that stop Herbereken. */
export async function huidigeStand(
  port: WorkbookPort,
  opties: { scenarios?: readonly string[] } = {},
): Promise<{ ok: true; stand: Versiestand } | Mislukt> {
  const r = await berekenWerkmap(port, { scenarios: [...(opties.scenarios ?? [])] });
  return r.ok ? { ok: true, stand: standVan(r) } : r;
}
