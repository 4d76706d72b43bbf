import { basename } from 'path';
import { vergelijkingJson } from '../engine';
import { standVan, vergelijkWerkmap, VERGELIJKING, type VergelijkMet, type VergelijkWerkmapUitkomst } from '../workbook';
import type { PackageWerkmap } from '../workbook/node';
import { leesEnBereken, openEnBegin, uitInvoer, uitvoerSchrijven, uitvoerVoorbereid, type Exit, type Uitvoer } from './commands';
import { EXIT, type Io } from './io';
import { printLayout } from './printLayout';
import { reportFouten } from './report';

/** What `nplv vergelijk` compares IN (the new side) with: the file OUD, or a version recorded in IN. */
export type Tegen = { oud: string } | { versie: string };

/** The old side as `vergelijkWerkmap` takes it: a version by its label, or the file OUD read and computed (its errors printed: exit 1). */
export async function metVan(io: Io, tegen: Tegen, scenarios: readonly string[]): Promise<VergelijkMet | Exit> {
  if ('versie' in tegen) return { versie: tegen.versie };
  const oud = await leesEnBereken(io, tegen.oud, scenarios);
  if (typeof oud === 'number') return oud;
  if (!oud.ok) return reportFouten(io, oud.meldingen, tegen.oud), EXIT.fouten;
  return { stand: standVan(oud), naam: basename(tegen.oud), eenheid: oud.eenheid.schaal };
}

/** IN opened and compared with `tegen` (writing the sheet into the open package when `schrijven`); errors printed, exit 1. */
export async function vergelijkIn(
  io: Io,
  invoer: string,
  tegen: Tegen,
  opties: { scenarios: readonly string[]; schrijven: boolean; json?: boolean; uitvoer?: (w: PackageWerkmap) => Promise<Uitvoer | Exit> },
): Promise<{ werkmap: PackageWerkmap; stap: (s: string) => void; uitvoer?: Uitvoer; uitkomst: Extract<VergelijkWerkmapUitkomst, { ok: true }> } | Exit> {
  const met = await metVan(io, tegen, opties.scenarios);
  if (typeof met === 'number') return met;
  const geopend = await openEnBegin(io, invoer);
  if (typeof geopend === 'number') return geopend;
  const uitvoer = await opties.uitvoer?.(geopend.werkmap);
  if (typeof uitvoer === 'number') return uitvoer;
  const nieuw = `bestand '${basename(invoer)}'`;
  const vergeleken = { scenarios: opties.scenarios, schrijven: opties.schrijven, undo: false, nieuw };
  const uitkomst = await uitInvoer(io, invoer, () => vergelijkWerkmap(geopend.werkmap.port, met, vergeleken));
  if (typeof uitkomst === 'number') return uitkomst;
  if (!uitkomst.ok) {
    if (opties.json) io.out(JSON.stringify({ perioden: [], wijzigingen: [], meldingen: uitkomst.meldingen }, null, 2));
    return reportFouten(io, uitkomst.meldingen, invoer), EXIT.fouten;
  }
  return { ...geopend, ...(uitvoer && { uitvoer }), uitkomst };
}

/**
 * `nplv vergelijk OUD NIEUW [--json] [--scenario NAAM]... [-o UIT [--overschrijven]]` and
 * `nplv vergelijk IN --versie LABEL …`: compares NIEUW (IN) with OUD (the version) and prints
 * the NPLV Vergelijking as a text table, or the engine's JSON. With `-o`, also writes a copy of
 * NIEUW (IN) with the NPLV Vergelijking sheet, by the rules of `herbereken` (never over the
 * input; an existing UIT only when it is an earlier output or with --overschrijven).
 * Errors of either file: printed, exit 1, nothing written.
 */
export async function vergelijkBestanden(
  io: Io,
  invoer: string,
  tegen: Tegen,
  opties: { json: boolean; scenarios: readonly string[]; uitvoer?: string; overschrijven: boolean },
): Promise<Exit> {
  const { uitvoer: gevraagd, overschrijven } = opties;
  const uitvoer = gevraagd === undefined ? undefined : (w: PackageWerkmap) => uitvoerVoorbereid(io, invoer, w, gevraagd, overschrijven, VERGELIJKING);
  const r = await vergelijkIn(io, invoer, tegen, { scenarios: opties.scenarios, schrijven: gevraagd !== undefined, json: opties.json, uitvoer });
  if (typeof r === 'number') return r;
  if (r.uitvoer) {
    const geschreven = await uitvoerSchrijven(io, invoer, r.werkmap, r.uitvoer, r.stap);
    if (geschreven !== EXIT.klaar) return geschreven;
  }
  io.out(opties.json ? JSON.stringify(vergelijkingJson(r.uitkomst.vergelijking), null, 2) : printLayout(r.uitkomst.layout));
  if (r.uitvoer) (opties.json ? io.err : io.out)(`${opties.json ? 'nplv: geschreven' : '\nGeschreven'}: ${r.uitvoer.pad}`);
  return EXIT.klaar;
}
