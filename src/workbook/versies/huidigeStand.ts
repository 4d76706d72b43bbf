import { toJson, type Invoer, type Resultaat, type Versiestand } from '../../engine';
import { berekenWerkmap } from '../herbereken';
import type { WorkbookPort } from '../port';
import type { Mislukt } from './types';

/** A workbook's Versiestand from its computation (`berekenWerkmap`): its input and the scenarios that were on, as it spells them. */
export const standVan = (b: { invoer: Invoer; resultaat: Resultaat }): Versiestand => ({ invoer: b.invoer, scenarios: b.resultaat.scenarios.filter((s) => s.aan).map((s) => s.naam) });

/**
 * The workbook as it stands, read and computed as Herbereken does (`berekenWerkmap`, which
 * writes nothing): its Versiestand and its result. Refused with the same messages as
 * Herbereken when the workbook has errors. `namen`: the sheet names the caller just listed.
 */
export async function standEnResultaat(port: WorkbookPort, scenarios: readonly string[] = [], namen?: readonly string[]) {
  const uitkomst = await berekenWerkmap(port, { scenarios }, namen);
  if (!uitkomst.ok) return uitkomst;
  return { ok: true as const, stand: standVan(uitkomst), resultaat: toJson(uitkomst.resultaat) };
}

/** The workbook's Versiestand now (what a comparison takes as its new side), or the errors that stop Herbereken. */
export async function huidigeStand(port: WorkbookPort, opties: { scenarios?: readonly string[] } = {}): Promise<{ ok: true; stand: Versiestand } | Mislukt> {
  const r = await standEnResultaat(port, opties.scenarios);
  return r.ok ? { ok: true, stand: r.stand } : r;
}
