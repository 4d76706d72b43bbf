import { bereken, toJson } from '../../engine';
import { plaatsVan } from '../totaalbeeld/meldingRows';
import { readInput } from '../read/readInput';
import { a1 } from '../../sheet';
import { NO_CHANGES, type BlockWrite, type CellValue, type SheetGrid } from '../port';
import type { OfficeWorkbook } from '../adapters/office/officeWorkbook';
import type { StapResultaat } from './meten';
import type { ZelftestStap } from './types';
import { knip, FORMULE_RIJ } from './indeling';
import { formuleGevallen, type FormuleGeval } from './formules';
import { verschillenMet, type GoldenCijfers } from './golden';

/**
 * The example's two tables as Excel gave them back, read by the workbook rules as the sheets
 * Opgave and Dekking and computed by the model: every figure of golden.json must come out.
 */
export function herberekenVoorbeeld(grid: SheetGrid, [opgave, dekking]: BlockWrite[], golden: GoldenCijfers): StapResultaat {
  const lezing = readInput([knip(grid, opgave, 'Opgave'), knip(grid, dekking, 'Dekking')]);
  const uitkomst = bereken(lezing.invoer);
  const meldingen = [...lezing.meldingen, ...(uitkomst.ok ? [] : uitkomst.meldingen)].filter((m) => m.ernst === 'fout');
  if (meldingen.length > 0 || !uitkomst.ok)
    return { uitkomst: { soort: 'afwijking', verschillen: meldingen.map((m) => `${plaatsVan(m)}: ${m.bericht}`) } };
  const verschillen = verschillenMet(golden, toJson(uitkomst.resultaat));
  if (verschillen.length > 0) return { uitkomst: { soort: 'afwijking', verschillen: verschillen.slice(0, 10) } };
  const totaal = golden.perioden[0].totaal;
  return { uitkomst: { soort: 'ok', details: `restopgave ${golden.perioden[0].periode} ${totaal.restopgave}, zoals golden.json` } };
}

const BEZIG = new Set(['#BUSY!', '#GETTING_DATA']);
const isBezig = (v: CellValue) => v !== null && typeof v === 'object' && BEZIG.has(v.error);
const wacht = (ms: number) => new Promise((klaar) => setTimeout(klaar, ms));

/** The cells of a case, from the sheet's read (rows below the used range: empty). */
function cellenVan(grid: SheetGrid, rij: number, g: FormuleGeval): CellValue[][] {
  return Array.from({ length: g.rijen }, (_, r) =>
    Array.from({ length: g.kolommen }, (_, c) => grid.values[rij + r - grid.top]?.[c + 1 - grid.left] ?? null),
  );
}

const FOUT_UITLEG: Record<string, string> = {
  '#NAME?': 'Excel kent de functie niet: de aangepaste functies zijn niet geregistreerd',
  '#BUSY!': 'geen uitkomst binnen de wachttijd',
  '#SPILL!': 'de tabel kon niet uitlopen',
};

/**
 * Writes each NPLV.* case as a formula under the tables, one row apart (TOTAALBEELD last,
 * with room to spill), and reads the values back until Excel has them all (`#BUSY!` gone, at
 * most `geduld` ms): each case its own check.
 */
export async function functiesToetsen(
  port: OfficeWorkbook,
  blad: string,
  [opgave, dekking]: BlockWrite[],
  golden: GoldenCijfers,
  geduld: number,
): Promise<StapResultaat> {
  const gevallen = formuleGevallen(opgave.values.length, dekking.values.length, golden);
  const rijVan = (i: number) => FORMULE_RIJ + i * 2;
  const writes: BlockWrite[] = gevallen.map((g, i) => ({
    sheet: blad,
    top: rijVan(i),
    left: 1,
    values: [[null]],
    formulas: [[g.formule.slice(1)]],
  }));
  await port.apply({ ...NO_CHANGES, writes });
  const tot = Date.now() + geduld;
  let grid: SheetGrid;
  for (;;) {
    [grid] = await port.readSheets([blad]);
    const bezig = gevallen.some((g, i) => isBezig(cellenVan(grid, rijVan(i), g)[0][0]));
    if (!bezig || Date.now() >= tot) break;
    await wacht(250);
  }
  const onderdelen: NonNullable<ZelftestStap['onderdelen']> = gevallen.map((g, i) => {
    const cellen = cellenVan(grid, rijVan(i), g);
    const naam = `${g.naam ?? `NPLV.${g.functie}`} in ${a1(rijVan(i), 1)}`;
    const eerste = cellen[0][0];
    const fout = eerste !== null && typeof eerste === 'object';
    if (g.foutVerwacht !== undefined)
      return {
        naam,
        uitkomst: fout
          ? { soort: 'ok', details: g.toon(cellen) }
          : { soort: 'afwijking', verschillen: [g.foutVerwacht, ...g.toets(cellen)] },
      };
    if (fout)
      return {
        naam,
        uitkomst: { soort: 'fout', code: eerste.error, bericht: FOUT_UITLEG[eerste.error] ?? `${g.formule} geeft ${eerste.error}` },
      };
    const verschillen = g.toets(cellen);
    return { naam, uitkomst: verschillen.length > 0 ? { soort: 'afwijking', verschillen } : { soort: 'ok', details: g.toon(cellen) } };
  });
  return { onderdelen };
}
