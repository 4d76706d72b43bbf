import type { Melding } from '../engine';
import { gevoeligheidWerkmap, type GevoeligheidWerkmapOpties, type GevoeligheidWerkmapUitkomst } from '../workbook';
import { openEnBegin, schrijfKopie, uitInvoer, type Exit } from './commands';
import { EXIT, type Io } from './io';
import { printLayout } from './printLayout';
import { reportFouten } from './report';

export interface GevoeligheidOpdracht {
  stappen?: number[];
  scenarios: readonly string[];
  json: boolean;
  uitvoer?: string;
  overschrijven: boolean;
}

// With --json, stdout holds JSON also when the workbook has errors (as `nplv totaalbeeld --json`).
const foutJson = (io: Io, meldingen: readonly Melding[]) =>
  io.out(JSON.stringify({ stappen: [], scenarios: [], sleutels: [], meldingen }, null, 2));

/** IN opened and its gevoeligheid computed, nothing written; errors printed (as JSON too when asked), exit 1. */
export async function gevoeligheidIn(
  io: Io,
  invoer: string,
  opties: GevoeligheidWerkmapOpties & { json?: boolean },
): Promise<Extract<GevoeligheidWerkmapUitkomst, { ok: true }> | Exit> {
  const geopend = await openEnBegin(io, invoer);
  if (typeof geopend === 'number') return geopend;
  const { json, ...rest } = opties;
  const uitkomst = await uitInvoer(io, invoer, () => gevoeligheidWerkmap(geopend.werkmap.port, { ...rest, schrijven: false, undo: false }));
  if (typeof uitkomst === 'number' || uitkomst.ok) return uitkomst;
  if (json) foutJson(io, uitkomst.meldingen);
  return (reportFouten(io, uitkomst.meldingen, invoer), EXIT.fouten);
}

/**
 * `nplv gevoeligheid IN [--stap D]... [--json] [--scenario NAAM]... [-o UIT [--overschrijven]]`:
 * moves each verdeelsleutel of IN alone by −D and +D procentpunt and prints the NPLV
 * Gevoeligheid as a text table, or the engine's JSON. With `-o`, also writes a copy of IN with
 * the NPLV Gevoeligheid sheet (`schrijfKopie`, the rules of `herbereken`). Errors of the
 * workbook: printed, exit 1, nothing written.
 */
export async function gevoeligheidBestand(io: Io, invoer: string, opdracht: GevoeligheidOpdracht): Promise<Exit> {
  const { json, uitvoer, overschrijven, scenarios, stappen } = opdracht;
  const opties = { scenarios, ...(stappen && { stappen }) };
  const toon = (u: Extract<GevoeligheidWerkmapUitkomst, { ok: true }>) =>
    io.out(json ? JSON.stringify({ ...u.json(), meldingen: u.meldingen }, null, 2) : printLayout(u.layout));
  if (uitvoer === undefined) {
    const uitkomst = await gevoeligheidIn(io, invoer, { ...opties, json });
    return typeof uitkomst === 'number' ? uitkomst : (toon(uitkomst), EXIT.klaar);
  }
  return schrijfKopie(io, invoer, { gevraagd: uitvoer, overschrijven, achtervoegsel: '-gevoeligheid' }, async (port) => {
    const u = await gevoeligheidWerkmap(port, { ...opties, undo: false });
    if (!u.ok && json) foutJson(io, u.meldingen);
    return u.ok ? { klaar: () => toon(u), json } : { meldingen: u.meldingen };
  });
}
