import { basename } from 'path';
import { vergelijkingJson, type Melding } from '../engine';
import { standVan, vergelijkWerkmap, type ScenariosPerVersie, type VergelijkMet, type VergelijkWerkmapUitkomst } from '../workbook';
import { leesEnBereken, openEnBegin, schrijfKopie, uitInvoer, type Exit } from './commands';
import { EXIT, type Io } from './io';
import { printLayout } from './printLayout';
import { reportFouten } from './report';

/** What `nplv vergelijk` compares IN (the new side) with: the file OUD, or a version recorded in IN. */
export type Tegen = { oud: string } | { versie: string };

/** The scenarios on in OUD and in NIEUW (IN), and whether JSON is asked for. */
type Opties = { scenarios: ScenariosPerVersie; json?: boolean };

/**
 * The old side as `vergelijkWerkmap` takes it: a version by its label (with its own scenarios),
 * or the file OUD read and computed with `scenarios.oud` on. When OUD has errors, NIEUW (`invoer`) is read too, so that the errors of both are
 * printed in one pass (as JSON too when asked): exit 1.
 */
export async function metVan(io: Io, tegen: Tegen, invoer: string, opties: Opties): Promise<VergelijkMet | Exit> {
  if ('versie' in tegen) return { versie: tegen.versie };
  const oud = await leesEnBereken(io, tegen.oud, opties.scenarios.oud);
  if (typeof oud === 'number') return oud;
  if (oud.ok) return { stand: standVan(oud), naam: basename(tegen.oud), eenheid: oud.eenheid.schaal };
  const nieuw = await leesEnBereken(io, invoer, opties.scenarios.nieuw);
  const ook = typeof nieuw !== 'number' && !nieuw.ok ? nieuw.meldingen : [];
  if (opties.json) foutJson(io, [...oud.meldingen, ...ook]);
  reportFouten(io, oud.meldingen, tegen.oud);
  if (ook.length > 0) reportFouten(io, ook, invoer);
  return typeof nieuw === 'number' ? nieuw : EXIT.fouten;
}

/** How the head names NIEUW (IN). */
const nieuwNaam = (invoer: string) => `bestand '${basename(invoer)}'`;

/** IN opened and compared with `tegen`, nothing written; errors printed (as JSON too when asked), exit 1. */
export async function vergelijkIn(
  io: Io,
  invoer: string,
  tegen: Tegen,
  opties: Opties,
): Promise<Extract<VergelijkWerkmapUitkomst, { ok: true }> | Exit> {
  const met = await metVan(io, tegen, invoer, opties);
  if (typeof met === 'number') return met;
  const geopend = await openEnBegin(io, invoer);
  if (typeof geopend === 'number') return geopend;
  const vergeleken = { scenarios: opties.scenarios.nieuw, schrijven: false, nieuw: nieuwNaam(invoer) };
  const uitkomst = await uitInvoer(io, invoer, () => vergelijkWerkmap(geopend.werkmap.port, met, vergeleken));
  if (typeof uitkomst === 'number') return uitkomst;
  if (uitkomst.ok) return uitkomst;
  if (opties.json) foutJson(io, uitkomst.meldingen);
  return (reportFouten(io, uitkomst.meldingen, invoer), EXIT.fouten);
}

// With --json, stdout holds JSON also when the files have errors (as `nplv totaalbeeld --json`).
const foutJson = (io: Io, meldingen: readonly Melding[]) => io.out(JSON.stringify({ perioden: [], wijzigingen: [], meldingen }, null, 2));

/**
 * `nplv vergelijk OUD NIEUW [--json] [--scenario NAAM]... [--oud-scenario NAAM]... [--nieuw-scenario NAAM]...
 * [-o UIT [--overschrijven]]` and `nplv vergelijk IN --versie LABEL …`: compares NIEUW (IN), with
 * `scenarios.nieuw` on, with OUD (`scenarios.oud` on; the version: its own) and prints
 * the NPLV Vergelijking as a text table, or the engine's JSON. With `-o`, also writes a copy of
 * NIEUW (IN) with the NPLV Vergelijking sheet (`schrijfKopie`, the rules of `herbereken`: never
 * over the input; an existing UIT only when it is an earlier output or with --overschrijven).
 * Errors of either file: printed, exit 1, nothing written.
 */
export async function vergelijkBestanden(
  io: Io,
  invoer: string,
  tegen: Tegen,
  opties: Opties & { json: boolean; uitvoer?: string; overschrijven: boolean },
): Promise<Exit> {
  const { json, scenarios, uitvoer, overschrijven } = opties;
  const toon = (u: Extract<VergelijkWerkmapUitkomst, { ok: true }>) =>
    io.out(json ? JSON.stringify(vergelijkingJson(u.vergelijking), null, 2) : printLayout(u.layout));
  if (uitvoer === undefined) {
    const uitkomst = await vergelijkIn(io, invoer, tegen, { scenarios, json });
    return typeof uitkomst === 'number' ? uitkomst : (toon(uitkomst), EXIT.klaar);
  }
  const met = await metVan(io, tegen, invoer, { scenarios, json });
  if (typeof met === 'number') return met;
  return schrijfKopie(io, invoer, { gevraagd: uitvoer, overschrijven, achtervoegsel: '-vergeleken' }, async (port) => {
    const u = await vergelijkWerkmap(port, met, { scenarios: scenarios.nieuw, undo: false, nieuw: nieuwNaam(invoer) });
    if (!u.ok && json) foutJson(io, u.meldingen);
    return u.ok ? { klaar: () => toon(u), json } : { meldingen: u.meldingen };
  });
}
