import { toJson, type Melding } from '../engine';
import { voorbeeldBladen, voorbeeldWerkmap, VOORBEELD_EENHEID } from '../voorbeeld/werkmap';
import { bestaandeUitvoer } from './bestaand';
import { defaultUitvoer, fileSize, invoerFout, rechten, uitvoerFout } from './files';
import { isSysteemFout, systeemBericht } from './fouten';
import { EXIT, type Io } from './io';
import { GROOT_BESTAND, progress } from './progress';
import { reportFouten, reportTotaalbeeld } from './report';
import { printLayout as printLayoutTekst } from './printLayout';
import type { Vorm } from './args';
import { totaalbeeldCsv, totaalbeeldMarkdown } from './export';
import { writeAtomically } from './schrijven';
import {
  MemoryWorkbook,
  type WorkbookPort,
  berekenWerkmap,
  gebiedLayout,
  herberekenWerkmap,
  zoekGebied,
  type BerekenUitkomst,
  type TotaalbeeldLayout,
  type Weergave,
} from '../workbook';
import { newXlsxPackage, GeenWerkmap, openXlsxPackage, type PackageWerkmap, type ZipUitvoer } from '../workbook/node';

export type Exit = (typeof EXIT)[keyof typeof EXIT];

export function usage(io: Io, bericht: string): Exit {
  io.err(`nplv: ${bericht}`);
  return EXIT.gebruik;
}

// Input files are read straight from their package and saved by patching it (src/workbook/xlsxPackage).
// A file that is no workbook says what it is (an .xls, an .ods, a CSV, ...); one the system
// cannot read says why.
async function open(io: Io, path: string, stap: (s: string) => void): Promise<PackageWerkmap | Exit> {
  const fout = invoerFout(path);
  if (fout) return usage(io, fout);
  stap(`${path} lezen…`);
  return uitInvoer(io, path, () => openXlsxPackage(path));
}

/** What `werk` gives, or exit 2 with the message why IN cannot be read (no workbook, damaged, refused by the system). */
export async function uitInvoer<T>(io: Io, invoer: string, werk: () => Promise<T>): Promise<T | Exit> {
  try {
    return await werk();
  } catch (e) {
    if (e instanceof GeenWerkmap) return usage(io, `'${invoer}': ${e.message}`);
    if (isSysteemFout(e)) return usage(io, systeemBericht(e, 'lezen', invoer));
    throw e;
  }
}

// IN opened, with progress on stderr for a large file, up to the computation.
export async function openEnBegin(io: Io, invoer: string): Promise<{ werkmap: PackageWerkmap; stap: (s: string) => void } | Exit> {
  const stap = progress(io, (fileSize(invoer) ?? 0) >= GROOT_BESTAND);
  const werkmap = await open(io, invoer, stap);
  if (typeof werkmap === 'number') return werkmap;
  stap('berekenen…');
  return { werkmap, stap };
}

/** Reads IN (progress on stderr for a large file) and computes with these scenarios on, the Totaalbeeld in this display; writes nothing. */
export async function leesEnBereken(
  io: Io,
  invoer: string,
  scenarios: readonly string[],
  weergave: Partial<Weergave> = {},
): Promise<BerekenUitkomst | Exit> {
  const geopend = await openEnBegin(io, invoer);
  return typeof geopend === 'number' ? geopend : uitInvoer(io, invoer, () => berekenWerkmap(geopend.werkmap.port, { scenarios, weergave }));
}

/** `nplv [--scenario NAAM]... [--eenheid E] [--decimalen N]`: the embedded example, recomputed in memory, its Totaalbeeld printed. */
export async function voorbeeldTonen(io: Io, scenarios: readonly string[] = [], weergave: Partial<Weergave> = {}): Promise<Exit> {
  const sheets = Object.fromEntries(Object.entries(voorbeeldWerkmap()).map(([name, values]) => [name, { values }]));
  const port: WorkbookPort = new MemoryWorkbook(sheets);
  const uitkomst = await herberekenWerkmap(port, {
    ...(Object.keys(weergave).length === 0 && { eenheid: VOORBEELD_EENHEID }),
    scenarios,
    weergave,
  });
  if (!uitkomst.ok) return (reportFouten(io, uitkomst.meldingen, 'de voorbeeldwerkmap'), EXIT.fouten);
  reportTotaalbeeld(io, uitkomst.layout);
  return EXIT.klaar;
}

/**
 * Recomputes the workbook (no undo: the command line never undoes) and keeps of the outcome
 * only the Totaalbeeld to print, so that what the computation made (the grids read, the
 * engine's figures) is garbage before the output is written.
 */
async function herberekenLayout(
  port: WorkbookPort,
  scenarios: readonly string[],
  weergave: Partial<Weergave>,
): Promise<{ layout: TotaalbeeldLayout } | { meldingen: Melding[] }> {
  const uitkomst = await herberekenWerkmap(port, { scenarios, weergave, undo: false });
  return uitkomst.ok ? { layout: uitkomst.layout } : { meldingen: uitkomst.meldingen };
}

/**
 * What a command does to the opened copy of IN before it is written: errors (nothing written),
 * or what to print once written; `json`: stdout holds JSON only, so the line naming OUT goes to stderr.
 */
export type KopieWerk = (port: WorkbookPort) => Promise<{ meldingen: Melding[] } | { klaar: () => void; json?: boolean }>;

/**
 * Writes a copy of IN changed by `werk` (`herbereken`, `vastleggen`): never overwrites IN;
 * writes nothing when there are errors. OUT keeps the kind of IN's package (an .xlsm stays
 * .xlsm): by default IN's name with `achtervoegsel` and its extension; an OUT whose extension
 * does not fit is refused. An existing OUT is replaced when it is an earlier output (said on
 * stderr), any other only with `overschrijven`. OUT gets IN's permissions.
 */
export async function schrijfKopie(
  io: Io,
  invoer: string,
  uit: { gevraagd?: string; overschrijven: boolean; achtervoegsel: string },
  werk: KopieWerk,
): Promise<Exit> {
  const geopend = await openEnBegin(io, invoer);
  if (typeof geopend === 'number') return geopend;
  const { werkmap, stap } = geopend;
  const uitvoer = uit.gevraagd ?? defaultUitvoer(invoer, werkmap.soort, uit.achtervoegsel);
  const fout = uitvoerFout(uitvoer, werkmap.soort, `'${invoer}'`, invoer);
  if (fout) return usage(io, fout);
  const bestaand = fileSize(uitvoer) === undefined ? undefined : await bestaandeUitvoer(uitvoer, uit.overschrijven);
  if (bestaand && 'fout' in bestaand) return usage(io, bestaand.fout);
  const gedaan = await uitInvoer(io, invoer, () => werk(werkmap.port));
  if (typeof gedaan === 'number') return gedaan;
  if ('meldingen' in gedaan) return (reportFouten(io, gedaan.meldingen, invoer), EXIT.fouten);
  if (bestaand) io.err(`nplv: ${bestaand.melding}`);
  // Said once the temporary file is there: an interruption from then on has something to clean up.
  const schrijf = (uit: ZipUitvoer) => {
    stap(`${uitvoer} schrijven…`);
    return werkmap.writeTo(uit);
  };
  // Saving unpacks the parts the run did not read, to check them: a damaged one names IN too.
  const geschreven = await uitInvoer(io, invoer, async () => (await writeAtomically(uitvoer, schrijf, rechten(invoer)), EXIT.klaar));
  if (geschreven !== EXIT.klaar) return geschreven;
  stap('klaar');
  gedaan.klaar();
  if (gedaan.json) io.err(`nplv: geschreven: ${uitvoer}`);
  else io.out(`\nGeschreven: ${uitvoer}`);
  return EXIT.klaar;
}

/** `nplv herbereken IN [-o OUT] [--scenario NAAM]... [--overschrijven]`: the copy `IN-herberekend` (`schrijfKopie`) with the Totaalbeeld printed. */
export async function herberekenBestand(
  io: Io,
  invoer: string,
  gevraagd?: string,
  scenarios: readonly string[] = [],
  overschrijven = false,
  weergave: Partial<Weergave> = {},
): Promise<Exit> {
  return schrijfKopie(io, invoer, { gevraagd, overschrijven, achtervoegsel: '-herberekend' }, async (port) => {
    const layout = await herberekenLayout(port, scenarios, weergave);
    return 'meldingen' in layout ? layout : { klaar: () => reportTotaalbeeld(io, layout.layout) };
  });
}

const PRINT: Record<Exclude<Vorm, 'json'>, (layout: TotaalbeeldLayout) => string> = {
  tabel: printLayoutTekst,
  csv: totaalbeeldCsv,
  markdown: totaalbeeldMarkdown,
};

// The Totaalbeeld to print: the sheet's, or (`--gebied`) that of one gebied; a gebied the result does not have is wrong usage.
function teTonen(io: Io, uitkomst: Extract<BerekenUitkomst, { ok: true }>, gebied?: string): TotaalbeeldLayout | Exit {
  if (gebied === undefined) return uitkomst.layout;
  const gevonden = zoekGebied(uitkomst.resultaat.perioden, gebied);
  if ('fout' in gevonden) return usage(io, gevonden.fout);
  return gebiedLayout({ ...uitkomst.resultaat, meldingen: uitkomst.meldingen }, uitkomst.meta, gevonden.gebied);
}

/**
 * `nplv totaalbeeld IN [--json | --csv | --markdown] [--scenario NAAM]... [--eenheid E]
 * [--decimalen N] [--gebied NAAM]`: computes and prints, writes nothing. The JSON of CLI.md,
 * with `scenarios` (name, on) when the workbook has any, its amounts exact in the workbook's
 * unit; the text table, CSV and Markdown print the Totaalbeeld's rows as the sheet shows them,
 * or with `gebied` those of that gebied alone.
 */
export async function totaalbeeld(
  io: Io,
  invoer: string,
  vorm: Vorm,
  scenarios: readonly string[] = [],
  weergave: Partial<Weergave> = {},
  gebied?: string,
): Promise<Exit> {
  const uitkomst = await leesEnBereken(io, invoer, scenarios, weergave);
  if (typeof uitkomst === 'number') return uitkomst;
  if (!uitkomst.ok) {
    if (vorm === 'json') io.out(JSON.stringify({ perioden: [], meldingen: uitkomst.meldingen }, null, 2));
    return (reportFouten(io, uitkomst.meldingen, invoer), EXIT.fouten);
  }
  if (vorm === 'json') {
    io.out(JSON.stringify(toJson(uitkomst.resultaat, uitkomst.meldingen), null, 2));
    return EXIT.klaar;
  }
  const layout = teTonen(io, uitkomst, gebied);
  if (typeof layout === 'number') return layout;
  io.out(PRINT[vorm](layout));
  return EXIT.klaar;
}

/** `nplv voorbeeld OUT`: the example workbook as a file; never replaces an existing file. */
export async function voorbeeldSchrijven(io: Io, uitvoer: string): Promise<Exit> {
  if (fileSize(uitvoer) !== undefined) return usage(io, `'${uitvoer}' bestaat al; kies een nieuwe naam`);
  const fout = uitvoerFout(uitvoer, 'xlsx', 'de voorbeeldwerkmap');
  if (fout) return usage(io, fout);
  const werkmap = await newXlsxPackage(voorbeeldBladen());
  await writeAtomically(uitvoer, (uit) => werkmap.writeTo(uit));
  io.out(
    `Voorbeeldwerkmap geschreven: ${uitvoer} (bladen Opgave en Dekking; open hem in Excel of reken hem door met 'nplv herbereken ${uitvoer}')`,
  );
  return EXIT.klaar;
}
