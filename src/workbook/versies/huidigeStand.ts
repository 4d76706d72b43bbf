import { toJson, type Resultaat, type Versiestand } from '../../engine';
import { berekenWerkmap } from '../herbereken';
import type { WorkbookPort } from '../port';
import type { Mislukt } from './types';

/** The scenarios a result had on, as the workbook spells them. */
const aan = (resultaat: Resultaat) => resultaat.scenarios.filter((s) => s.aan).map((s) => s.naam);

/**
 * The workbook as it stands, read and computed as Herbereken does (`berekenWerkmap`, which
 * writes nothing): its Versiestand and its result. Refused with the same messages as
 * Herbereken when the workbook has errors.
 */
export async function standEnResultaat(port: WorkbookPort, scenarios: readonly string[] = []) {
  const uitkomst = await berekenWerkmap(port, { scenarios });
  if (!uitkomst.ok) return uitkomst;
  const stand: Versiestand = { invoer: uitkomst.invoer, scenarios: aan(uitkomst.resultaat) };
  return { ok: true as const, stand, resultaat: toJson(uitkomst.resultaat) };
}

/** The workbook's Versiestand now (what a comparison takes as its new side), or the errors that stop Herbereken. */
export async function huidigeStand(port: WorkbookPort, opties: { scenarios?: readonly string[] } = {}): Promise<{ ok: true; stand: Versiestand } | Mislukt> {
  const r = await standEnResultaat(port, opties.scenarios);
  return r.ok ? { ok: true, stand: r.stand } : r;
}
