import { bereken, type Invoer, type Melding, type Opties, type Resultaat, type Uitleg } from '../engine';
import type { Eenheid } from './read/eenheid';
import type { TotaalbeeldLayout, TotaalbeeldMeta } from './totaalbeeld/types';
import { planWrite } from './write/planWrite';
import type { SheetGrid, WorkbookChanges, WorkbookPort } from './port';
import { readDetail } from './read/readDetail';
import { readInput, sheetsToRead } from './read/readInput';
import { excelCannotHold } from './write/excelLimits';
import { decimalenVanNotatie } from './read/notatieDecimalen';
import { mergeFouten, mergeMeldingen } from './write/mergeMeldingen';
import { totaalbeeldLayout } from './totaalbeeld/layout';
import { totaalbeeldMeta } from './totaalbeeld/meta';
import type { Weergave } from './totaalbeeld/weergave';
import { kiesWeergave, onthoudenWeergave } from './totaalbeeld/weergaveKeuze';
import { uitlegVanCel } from './uitlegCel';
import { TOTAALBEELD } from './sheetDefs';

export interface HerberekenOpties extends Opties {
  /** The unit shown on the Totaalbeeld sheet; default the workbook's own (`Lezing.eenheid`). */
  eenheid?: string;
  /** The number format of written amounts; default the workbook's unit's. */
  getalnotatie?: string;
  /**
   * Herbereken only: the written NPLV Totaalbeeld shown to the analyst (its sheet activated, A1
   * selected) in the write's own request (`WorkbookChanges.toon`): the ribbon's visible success.
   */
  toonTotaalbeeld?: boolean;
  /**
   * How the Totaalbeeld shows its amounts (issue 16): unit and decimals. Each left out comes
   * from the setting the previous Totaalbeeld remembers in its unit line, else the workbook's
   * own unit and its default decimals. The cells keep the exact amount; only the number format
   * and the unit line follow it.
   */
  weergave?: Partial<Weergave>;
  /** The time shown as "berekend"; default now. */
  nu?: Date;
  /** Also compute the base (no scenario on) when `scenarios` switches any on: `basis` in the result, for the pane's side by side. */
  metBasis?: boolean;
}

export type BerekenUitkomst =
  | {
      ok: true;
      resultaat: Resultaat;
      /** The unit the workbook states its amounts in (mln euro when it states none). */
      eenheid: Eenheid;
      /** How the Totaalbeeld shows its amounts in this run: the request, else the remembered setting, else the default. */
      weergave: Weergave;
      invoer: Invoer;
      meldingen: Melding[];
      layout: TotaalbeeldLayout;
      /** What the Totaalbeeld says about the run (time, ranges, keys, scenarios, unit): for another layout of the same result (`gebiedLayout`). */
      meta: TotaalbeeldMeta;
      /** The base (no scenario on), when asked for (`metBasis`) and `opties.scenarios` switched any on. */
      basis?: Resultaat;
      /** How the figure a cell shows (after this run) was made; undefined for a cell that shows no output figure. */
      uitleg: (blad: string, cel: string) => Uitleg | undefined;
    }
  | { ok: false; meldingen: Melding[] };

export type HerberekenUitkomst =
  (Extract<BerekenUitkomst, { ok: true }> & { undo: WorkbookChanges }) | Extract<BerekenUitkomst, { ok: false }>;

/**
 * Sheets a caller reads in the same request as the input (never as input): `waarden` for its
 * values only (NPLV Versies), `heel` whole (NPLV Vergelijking, for its undo). `namen`: the
 * sheet names the caller just listed.
 */
export interface OokLezen {
  namen: readonly string[];
  waarden?: string;
  heel?: string;
}

/** Reads the input sheets (and the sheets of `ook`, after them); without `ook`, the sheet names are listed here. */
async function leesWerkmap(port: WorkbookPort, ook?: OokLezen) {
  const sheetNames = ook?.namen ?? (await port.sheetNames());
  const [invoer, waarden, heel] = [sheetsToRead(sheetNames), ook?.waarden ? [ook.waarden] : [], ook?.heel ? [ook.heel] : []];
  const detail = readDetail(sheetNames);
  const grids = await port.readSheets([...invoer, ...waarden, ...heel], {
    ...detail,
    wholeSheets: [...detail.wholeSheets, ...heel],
    valuesOnly: waarden,
  });
  const [w, h] = [grids[invoer.length], grids[invoer.length + waarden.length]];
  return {
    sheetNames,
    lezing: readInput(grids.slice(0, invoer.length)),
    ook: { ...(ook?.waarden && { waarden: w }), ...(ook?.heel && { heel: h }) },
  };
}

async function readAndCompute(
  port: WorkbookPort,
  opties: HerberekenOpties,
  metUndo: boolean,
  gelezen?: Awaited<ReturnType<typeof leesWerkmap>>,
) {
  const { sheetNames, lezing } = gelezen ?? (await leesWerkmap(port));
  const uitkomst = bereken(lezing.invoer, {
    uitvoerDecimalen: decimalenVanNotatie(opties.getalnotatie ?? lezing.eenheid.getalnotatie),
    ...opties,
  });
  if (lezing.meldingen.length > 0 || !uitkomst.ok) {
    const fouten = mergeFouten(sheetNames, lezing.meldingen, uitkomst.ok ? [] : uitkomst.meldingen);
    return { ok: false as const, meldingen: fouten };
  }
  const { resultaat } = uitkomst;
  const keuze = kiesWeergave(lezing.eenheid.schaal, opties.weergave, onthoudenWeergave(lezing.plaatsen.totaalbeeld, lezing.eenheid.schaal));
  const meldingen = mergeMeldingen(sheetNames, [...lezing.waarschuwingen, ...keuze.meldingen], resultaat.meldingen);
  // The sheet lists the warnings of reading too.
  const meta = totaalbeeldMeta(lezing, resultaat, opties.nu ?? new Date(), { ...opties, weergave: keuze });
  const layout = totaalbeeldLayout({ ...resultaat, meldingen }, meta);
  // What a run would write decides for both commands: a cell it cannot write is an error of the workbook, whether or not it is written.
  const plan = planWrite(lezing, resultaat, layout, opties.getalnotatie ?? lezing.eenheid.getalnotatie, metUndo);
  const onschrijfbaar = [...plan.fouten, ...excelCannotHold(plan.changes)];
  if (onschrijfbaar.length > 0) return { ok: false as const, meldingen: mergeFouten(sheetNames, onschrijfbaar, []) };
  const basis = opties.metBasis && opties.scenarios?.length ? bereken(lezing.invoer, { ...opties, scenarios: [] }) : undefined;
  const uitleg = uitlegVanCel(lezing, layout, uitkomst.uitleg);
  return {
    ok: true as const,
    lezing,
    resultaat,
    plan,
    eenheid: lezing.eenheid,
    weergave: keuze.weergave,
    layout,
    meta,
    uitleg,
    meldingen,
    ...(basis?.ok && { basis: basis.resultaat }),
  };
}

/**
 * Reads the workbook, computes, and writes nothing (`nplv totaalbeeld`). Errors of reading
 * and of the engine come as one list, sorted by sheet and row; `meldingen` of a good result
 * are the engine's warnings and control messages. A result `herberekenWerkmap` could not write
 * (a number or text Excel cannot hold, a column past XFD) is refused here alike.
 */
export async function berekenWerkmap(port: WorkbookPort, opties: HerberekenOpties = {}): Promise<BerekenUitkomst> {
  return (await berekenMetOok(port, opties, undefined)).uitkomst;
}

/** `berekenWerkmap`, with the sheets of `ook` read in the same request (their grids also when the workbook has errors). */
export async function berekenMetOok(
  port: WorkbookPort,
  opties: HerberekenOpties,
  ook: OokLezen | undefined,
): Promise<{ uitkomst: BerekenUitkomst; ook: { waarden?: SheetGrid; heel?: SheetGrid } }> {
  const gelezen = await leesWerkmap(port, ook);
  const r = await readAndCompute(port, opties, false, gelezen);
  if (!r.ok) return { uitkomst: r, ook: gelezen.ook };
  const { lezing, plan: _plan, ...rest } = r;
  return { uitkomst: { ...rest, invoer: lezing.invoer }, ook: gelezen.ook };
}

/**
 * Reads, computes and, when there is no error, writes the owned columns and the NPLV
 * Totaalbeeld sheet in one `apply` (WORKBOOK.md). With errors nothing is applied at all.
 * `undo` restores exactly what the run overwrote (see `ongedaanMaken`); with `undo: false`
 * (a caller that never undoes: the command line) none is planned and the result has none.
 */
export async function herberekenWerkmap(port: WorkbookPort, opties: HerberekenOpties & { undo: false }): Promise<BerekenUitkomst>;
export async function herberekenWerkmap(port: WorkbookPort, opties?: HerberekenOpties & { undo?: true }): Promise<HerberekenUitkomst>;
export async function herberekenWerkmap(
  port: WorkbookPort,
  opties: HerberekenOpties & { undo?: boolean } = {},
): Promise<HerberekenUitkomst | BerekenUitkomst> {
  const { undo: metUndo = true, toonTotaalbeeld, ...rekenOpties } = opties;
  const r = await readAndCompute(port, rekenOpties, metUndo);
  if (!r.ok) return r;
  const toon = { blad: r.lezing.plaatsen.totaalbeeld?.name ?? TOTAALBEELD, cel: 'A1' };
  await port.apply(toonTotaalbeeld ? { ...r.plan.changes, toon } : r.plan.changes);
  const { lezing, plan, ...rest } = r;
  return { ...rest, invoer: lezing.invoer, ...(plan.undo && { undo: plan.undo }) };
}

/** Puts back what a run of `herberekenWerkmap` overwrote. */
export function ongedaanMaken(port: WorkbookPort, undo: WorkbookChanges): Promise<void> {
  return port.apply(undo);
}
