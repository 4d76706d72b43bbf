import type { ControleInvoer, Invoer, Melding } from '../../engine';
import { findHeader, type Kopregel } from './findHeader';
import { findSheet } from './findSheet';
import { uncachedValues, type UncachedValue } from './formula/cells';
import { workbookTekst } from '../messages';
import type { Eenheid } from './eenheid';
import { werkmapEenheid } from './werkmapEenheid';
import type { SheetGrid } from '../port';
import { readTable, type Tabel } from './readTable';
import { INPUT_SHEETS, DEKKING, OPGAVE, PERIODEN, TOTAALBEELD, VERDEELSLEUTELS, type SheetDef } from '../sheetDefs';
import { dekkingInvoer, opgaveInvoer, periodeInvoer, sleutelInvoer } from './toInvoer';

/** Where an input table sits, for writing results next to it. */
export interface TabelPlaats {
  /** The sheet's name as the workbook spells it. */
  blad: string;
  grid: SheetGrid;
  kop: Kopregel;
  /** The row number of each data row (same order as `Invoer.opgave` / `Invoer.dekking`). */
  dataRijen: number[];
  /** The row number of each control row, with its index into `Invoer.controles`. */
  controles: { index: number; rij: number }[];
}

export interface Plaatsen {
  opgave?: TabelPlaats;
  dekking?: TabelPlaats;
  verdeelsleutels?: TabelPlaats;
  perioden?: TabelPlaats;
  /** The NPLV Totaalbeeld sheet as it was, when the workbook has one. */
  totaalbeeld?: SheetGrid;
}

/** What was read from a workbook: the engine's input, the errors found, and the places. */
export interface Lezing {
  invoer: Invoer;
  /** Errors only, each with its sheet and cell, in the order found. */
  meldingen: Melding[];
  /** Warnings of reading (a header chosen of two, a formula computed here): written with the result's messages. */
  waarschuwingen: Melding[];
  plaatsen: Plaatsen;
  /** The unit the workbook states (`werkmapEenheid`), mln euro when it states none. */
  eenheid: Eenheid;
}

/** The sheets to read from a workbook with these sheets: the input sheets and the Totaalbeeld. */
export function sheetsToRead(sheetNames: readonly string[]): string[] {
  const names = [...INPUT_SHEETS.map((b) => findSheet(sheetNames, b.namen)), findSheet(sheetNames, [TOTAALBEELD])];
  return names.filter((n): n is string => n !== undefined);
}

function readSheet(grids: readonly SheetGrid[], def: SheetDef, meldingen: Melding[], uncached: UncachedValue) {
  const naam = findSheet(
    grids.map((g) => g.name),
    def.namen,
  );
  const grid = grids.find((g) => g.name === naam);
  if (!grid) {
    if (def.verplicht) meldingen.push({ ernst: 'fout', blad: def.namen[0], cel: '', bericht: workbookTekst.bladOntbreekt(def.namen) });
    return undefined;
  }
  const header = findHeader(grid, def);
  if (!header.ok) return void meldingen.push(header.fout);
  meldingen.push(...header.meldingen);
  const tabel = readTable(grid, def, header.kop, uncached);
  meldingen.push(...tabel.meldingen);
  return { def, grid, kop: header.kop, tabel };
}

function plaats(gelezen: { grid: SheetGrid; kop: Kopregel; tabel: Tabel }, eersteControle: number): TabelPlaats {
  const { grid, kop, tabel } = gelezen;
  const controles = tabel.controles.map((c, i) => ({ index: eersteControle + i, rij: c.rij }));
  return { blad: grid.name, grid, kop, dataRijen: tabel.data.map((d) => d.rij), controles };
}

const controleInvoer = (blad: ControleInvoer['blad'], tabel: Tabel | undefined): ControleInvoer[] =>
  (tabel?.controles ?? []).map(({ soort, label, regels, bedragen, herkomst }) => ({ blad, soort, label, regels, bedragen, herkomst }));

/**
 * Reads the sheets of WORKBOOK.md from the grids of a workbook (the used ranges of
 * `sheetsToRead`). A missing required sheet or column skips that sheet's rows; every other
 * error leaves the row in with the bad cell read as 0 (or empty), so the engine can still
 * check the rest.
 */
export function readInput(grids: readonly SheetGrid[]): Lezing {
  const meldingen: Melding[] = [];
  const uncached = uncachedValues(grids);
  const [opgave, dekking, sleutels, perioden] = [OPGAVE, DEKKING, VERDEELSLEUTELS, PERIODEN].map((def) =>
    readSheet(grids, def, meldingen, uncached),
  );
  const controles = [...controleInvoer('opgave', opgave?.tabel), ...controleInvoer('dekking', dekking?.tabel)];
  const eenheid = werkmapEenheid([opgave, dekking, sleutels, perioden].flatMap((b) => b ?? []));
  meldingen.push(...eenheid.meldingen);
  const invoer: Invoer = {
    opgave: (opgave?.tabel.data ?? []).map(opgaveInvoer),
    dekking: (dekking?.tabel.data ?? []).map(dekkingInvoer),
    verdeelsleutels: (sleutels?.tabel.data ?? []).flatMap((r) => sleutelInvoer(r, meldingen) ?? []),
    perioden: (perioden?.tabel.data ?? []).flatMap((r) => periodeInvoer(r, meldingen) ?? []),
    controles,
  };
  const totaalbeeldNaam = findSheet(
    grids.map((g) => g.name),
    [TOTAALBEELD],
  );
  const plaatsen: Plaatsen = {
    opgave: opgave && plaats(opgave, 0),
    dekking: dekking && plaats(dekking, opgave?.tabel.controles.length ?? 0),
    verdeelsleutels: sleutels && plaats(sleutels, 0),
    perioden: perioden && plaats(perioden, 0),
    totaalbeeld: grids.find((g) => g.name === totaalbeeldNaam),
  };
  const fouten = meldingen.filter((m) => m.ernst === 'fout');
  return { invoer, meldingen: fouten, waarschuwingen: meldingen.filter((m) => m.ernst !== 'fout'), plaatsen, eenheid: eenheid.eenheid };
}
