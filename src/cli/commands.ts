import { toJson } from '../engine';
import { MemoryWorkbook } from '../workbook/memoryWorkbook';
import type { WorkbookPort } from '../workbook/port';
import { berekenWerkmap, herbereken, type BerekenUitkomst } from '../workbook/recalculate';
import { newXlsx } from '../workbook/xlsxWorkbook';
import { openXlsxPackage, type PackageWerkmap } from '../workbook/xlsxPackage';
import { voorbeeldBladen, voorbeeldWerkmap, VOORBEELD_EENHEID } from '../voorbeeld/werkmap';
import { defaultUitvoer, fileSize, samePath, writeAtomically } from './files';
import { EXIT, type Io } from './io';
import { GROOT_BESTAND, progress } from './progress';
import { reportFouten, reportTotaalbeeld } from './report';

export type Exit = (typeof EXIT)[keyof typeof EXIT];

export function usage(io: Io, bericht: string): Exit {
  io.err(`nplv: ${bericht}`);
  return EXIT.gebruik;
}

// Input files are read straight from their package and saved by patching it (src/workbook/xlsxPackage).
async function open(io: Io, path: string, stap: (s: string) => void): Promise<PackageWerkmap | Exit> {
  if (fileSize(path) === undefined) return usage(io, `bestand '${path}' bestaat niet`);
  stap(`${path} lezen…`);
  try {
    return await openXlsxPackage(path);
  } catch (e) {
    return usage(io, `'${path}' is geen leesbaar .xlsx-bestand (${(e as Error).message})`);
  }
}

// IN opened, with progress on stderr for a large file, up to the computation.
async function openEnBegin(io: Io, invoer: string): Promise<{ werkmap: PackageWerkmap; stap: (s: string) => void } | Exit> {
  const stap = progress(io, (fileSize(invoer) ?? 0) >= GROOT_BESTAND);
  const werkmap = await open(io, invoer, stap);
  if (typeof werkmap === 'number') return werkmap;
  stap('berekenen…');
  return { werkmap, stap };
}

/** Reads IN (progress on stderr for a large file) and computes with these scenarios on; writes nothing. */
export async function leesEnBereken(io: Io, invoer: string, scenarios: readonly string[]): Promise<BerekenUitkomst | Exit> {
  const geopend = await openEnBegin(io, invoer);
  return typeof geopend === 'number' ? geopend : berekenWerkmap(geopend.werkmap.port, { scenarios });
}

/** `nplv [--scenario NAAM]...`: the embedded example, recomputed in memory, its Totaalbeeld printed. */
export async function voorbeeldTonen(io: Io, scenarios: readonly string[] = []): Promise<Exit> {
  const sheets = Object.fromEntries(Object.entries(voorbeeldWerkmap()).map(([name, values]) => [name, { values }]));
  const port: WorkbookPort = new MemoryWorkbook(sheets);
  const uitkomst = await herbereken(port, { eenheid: VOORBEELD_EENHEID, scenarios });
  if (!uitkomst.ok) return reportFouten(io, uitkomst.meldingen, 'de voorbeeldwerkmap'), EXIT.fouten;
  reportTotaalbeeld(io, uitkomst.layout);
  return EXIT.klaar;
}

/** `nplv herbereken IN [-o OUT] [--scenario NAAM]...`: never overwrites IN; writes nothing when there are errors. */
export async function herberekenBestand(io: Io, invoer: string, uitvoer = defaultUitvoer(invoer), scenarios: readonly string[] = []): Promise<Exit> {
  if (samePath(invoer, uitvoer)) return usage(io, 'het uitvoerbestand mag het invoerbestand niet zijn');
  const geopend = await openEnBegin(io, invoer);
  if (typeof geopend === 'number') return geopend;
  const { werkmap, stap } = geopend;
  const uitkomst = await herbereken(werkmap.port, { scenarios });
  if (!uitkomst.ok) return reportFouten(io, uitkomst.meldingen, invoer), EXIT.fouten;
  stap(`${uitvoer} schrijven…`);
  await writeAtomically(uitvoer, (tmp) => werkmap.save(tmp));
  stap('klaar');
  reportTotaalbeeld(io, uitkomst.layout);
  io.out(`\nGeschreven: ${uitvoer}`);
  return EXIT.klaar;
}

/**
 * `nplv totaalbeeld IN [--json] [--scenario NAAM]...`: computes and prints, writes nothing.
 * The JSON of CLI.md, with `scenarios` (name, on) when the workbook has any.
 */
export async function totaalbeeld(io: Io, invoer: string, json: boolean, scenarios: readonly string[] = []): Promise<Exit> {
  const uitkomst = await leesEnBereken(io, invoer, scenarios);
  if (typeof uitkomst === 'number') return uitkomst;
  if (!uitkomst.ok) {
    if (json) io.out(JSON.stringify({ perioden: [], meldingen: uitkomst.meldingen }, null, 2));
    return reportFouten(io, uitkomst.meldingen, invoer), EXIT.fouten;
  }
  if (json) io.out(JSON.stringify(toJson(uitkomst.resultaat, uitkomst.meldingen), null, 2));
  else reportTotaalbeeld(io, uitkomst.layout);
  return EXIT.klaar;
}

/** `nplv voorbeeld OUT`: the example workbook as a file; never replaces an existing file. */
export async function voorbeeldSchrijven(io: Io, uitvoer: string): Promise<Exit> {
  if (fileSize(uitvoer) !== undefined) return usage(io, `'${uitvoer}' bestaat al; kies een nieuwe naam`);
  const werkmap = newXlsx();
  await werkmap.port.apply({ sheets: voorbeeldBladen(), writes: [], deleteSheets: [] });
  await writeAtomically(uitvoer, (tmp) => werkmap.save(tmp));
  io.out(`Voorbeeldwerkmap geschreven: ${uitvoer} (bladen Opgave en Dekking; open hem in Excel of reken hem door met 'nplv herbereken ${uitvoer}')`);
  return EXIT.klaar;
}
