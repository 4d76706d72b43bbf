import type { Invoer, Resultaat } from '../../engine';
import type { TotaalbeeldMeta } from './types';
import { DEKKING_UITVOER, OPGAVE_UITVOER } from '../outputColumns';
import { locateColumns } from '../write/planColumns';
import type { Lezing, TabelPlaats } from '../read/readInput';
import { rangeA1, largest, width } from '../../sheet';
import { standaardDecimalen } from './weergave';
import type { WeergaveKeuze } from './weergaveKeuze';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `22-11-2026 14:32`, in local time. */
export function formatTijdstip(d: Date): string {
  return `${pad2(d.getDate())}-${pad2(d.getMonth() + 1)}-${d.getFullYear()} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

// The used range of an input sheet without the columns the add-in owns.
function inputRange(plaats: TabelPlaats, koppen: readonly string[]): string {
  const { grid } = plaats;
  const owned = new Set(locateColumns(plaats, koppen));
  const columns = Array.from({ length: width(grid) }, (_, i) => grid.left + i);
  const right = largest(
    columns.filter((c) => !owned.has(c)),
    grid.left - 1,
  );
  return rangeA1(grid.top, grid.left, grid.values.length, right - grid.left + 1);
}

// A Verdeelsleutels sheet, or a key typed in an Opgave row that counts: not a PM (read as 0).
function uitWerkmap(invoer: Invoer, resultaat: Resultaat): boolean {
  const uit = new Set(resultaat.nietMeegeteld.opgave);
  const eigenSleutel = invoer.opgave.some((r, i) => r.verdeelsleutel !== undefined && !r.pm?.includes('verdeelsleutel') && !uit.has(i));
  return (invoer.verdeelsleutels?.length ?? 0) > 0 || eigenSleutel;
}

/** The options of the Totaalbeeld's unit: the display in force (issue 16), or the unit line's text and the number format as given. */
export interface MetaOpties {
  eenheid?: string;
  getalnotatie?: string;
  weergave?: WeergaveKeuze;
}

// Whether the display is the workbook's own unit with its default decimals: then a given number format stays.
const eigenWeergave = (keuze: WeergaveKeuze | undefined, lezing: Lezing) =>
  keuze !== undefined &&
  (keuze.weergave.eenheid !== lezing.eenheid.schaal || keuze.weergave.decimalen !== standaardDecimalen(lezing.eenheid.schaal));

/**
 * What the Totaalbeeld says about its computation: when, from which ranges, which keys and
 * scenarios, in which unit — the display in force (`opties.weergave`: its unit line and number
 * format), else the workbook's own unit.
 */
export function totaalbeeldMeta(lezing: Lezing, resultaat: Resultaat, nu: Date, opties: MetaOpties): TotaalbeeldMeta {
  const bronnen = [
    [lezing.plaatsen.opgave, OPGAVE_UITVOER],
    [lezing.plaatsen.dekking, DEKKING_UITVOER],
  ] as const;
  return {
    berekendOm: formatTijdstip(nu),
    bronnen: bronnen.flatMap(([p, kolommen]) =>
      p
        ? [
            {
              blad: p.blad,
              bereik: inputRange(
                p,
                kolommen.map((k) => k.kop),
              ),
            },
          ]
        : [],
    ),
    verdeelsleutels: uitWerkmap(lezing.invoer, resultaat) ? 'uit werkmap' : 'standaard',
    scenarios: resultaat.scenarios.map(({ naam, aan }) => ({ naam, aan })),
    eenheid: opties.eenheid ?? opties.weergave?.tekst ?? lezing.eenheid.tekst,
    getalnotatie: (eigenWeergave(opties.weergave, lezing) ? opties.weergave?.notatie : opties.getalnotatie) ?? lezing.eenheid.getalnotatie,
  };
}
