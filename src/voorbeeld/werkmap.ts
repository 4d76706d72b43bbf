import voorbeeld from './voorbeeld.json';
import type { SheetContent } from '../workbook';

/** A sheet as rows of plain cell values, ready for any workbook adapter. */
export type Rows = (string | number | null)[][];

const BRON = 'Bron: Totaalbeeld opgave NPLV, 28 januari 2026 (Rebel, in opdracht van VRO). Bedragen in mln euro.';

/** The seed's own printed totals (seed 002), kept as control rows as an analyst would. */
const OPGAVE_TOTALEN: Record<string, Record<string, [string, number, number]>> = {
  'tot 2030': {
    Fysiek: ['Totale opgave fysieke pijler (Tabel 4)', 3050, 1360],
    'Sociaal-maatschappelijk': ['Totale opgave soc-maatsch. pijler (Tabel 11)', 1300, 975],
  },
  '2030 t/m 2035': {
    Fysiek: ['Totale opgave fysieke pijler (Tabel 4)', 2165, 1190],
    'Sociaal-maatschappelijk': ['Totale opgave soc-maatsch. pijler (Tabel 11)', 2120, 1590],
  },
};

const DEKKING_TOTALEN: Record<string, Record<string, [string, number, number]>> = {
  'tot 2030': {
    Fysiek: ['Totale dekking fysieke pijler (Tabel 5)', 190, 485],
    'Sociaal-maatschappelijk': ['Totale dekking soc-maatsch. pijler (Tabel 12)', 0, 740],
  },
  '2030 t/m 2035': {
    Fysiek: ['Totale dekking fysieke pijler (Tabel 8)', 50, 95],
    'Sociaal-maatschappelijk': ['Totale dekking soc-maatsch. pijler (Tabel 15)', 0, 5],
  },
};

/**
 * The source of an estimate, where the report determines it per onderdeel (issue 16): Tabel 2
 * splits the opgave tot 2030 in *Synthese 2024* and *Add-on fysieke pijler* per pijler only —
 * the sociale pijler all synthese; of the fysieke 1,34 mld synthese, 1,07 mld Wonen, so the
 * rest (0,27 mld) is Leefomgeving (265) — and Tabel 3 calls all of 2030 t/m 2035 an
 * extrapolation. How the synthese's 1,07 mld Wonen and the add-on's 1,71 mld fall over Nieuwbouw,
 * the two Herstructureringen and Bereikbaarheid the report does not say: those rows name no
 * source (the Totaalbeeld shows them as `overig`), nothing is invented. The box funderingsherstel
 * (the scenario rows) is a source of its own.
 */
function bronRaming(r: { periode: string; pijler: string; onderdeel: string; scenario?: string }): string | null {
  if (r.scenario) return 'Box funderingsherstel';
  if (r.periode === '2030 t/m 2035') return 'Extrapolatie';
  return r.pijler === 'Sociaal-maatschappelijk' || r.onderdeel === 'Leefomgeving' ? 'Synthese 2024' : null;
}

/** Rows grouped per periode and pijler, in the order of the seed, with the block's control rows after each group. */
function blocks<T extends { periode: string; pijler: string }>(
  rows: readonly T[],
  after: (periode: string, pijler: string) => Rows,
  row: (r: T) => Rows[number],
): Rows {
  const out: Rows = [];
  rows.forEach((r, i) => {
    out.push(row(r));
    const next = rows[i + 1];
    if (!next || next.periode !== r.periode || next.pijler !== r.pijler) out.push(...after(r.periode, r.pijler));
  });
  return out;
}

/**
 * The example workbook: the seed's inputs (voorbeeld.json) as `Opgave` and `Dekking` sheets,
 * with a title row, the seed's total rows as control rows (so that the report's own rounding
 * differences show up as control messages), the source of each estimate where the report
 * determines it (`bronRaming`) and the seed's notes; after the last block, the
 * items the report names but does not count yet as scenario rows (issue 7), off by default.
 */
export function voorbeeldWerkmap(): Record<string, Rows> {
  const opgave: Rows = [
    ['Opgave NPLV per onderdeel — ' + BRON],
    [],
    ['Periode', 'Pijler', 'Onderdeel', 'Opgave', 'Verdeelsleutel', 'Scenario', 'Bron raming', 'Toelichting'],
    ...blocks(
      voorbeeld.opgave,
      (periode, pijler) => {
        const [label, totaal, rijksdeel] = OPGAVE_TOTALEN[periode][pijler];
        return [[periode, pijler, label, totaal], [periode, pijler, 'Waarvan Rijksdeel', rijksdeel], []];
      },
      (r) => [r.periode, r.pijler, r.onderdeel, r.opgave, null, null, bronRaming(r)],
    ),
    ...voorbeeld.scenarios.opgave.map((r) => [
      r.periode,
      r.pijler,
      r.onderdeel,
      r.opgave,
      r.verdeelsleutel,
      r.scenario,
      bronRaming(r),
      r.toelichting,
    ]),
  ];
  const dekking: Rows = [
    ['Dekking NPLV per bron — ' + BRON],
    [],
    ['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering', 'Rijksfinanciering', 'Toelichting', 'Scenario'],
    ...blocks(
      voorbeeld.dekking,
      (periode, pijler) => {
        const [label, cofin, rijks] = DEKKING_TOTALEN[periode][pijler];
        return [[periode, pijler, null, label, dash(cofin), dash(rijks), null], []];
      },
      (r) => [
        r.periode,
        r.pijler,
        r.bron,
        r.onderdeel,
        dash(r.cofinanciering),
        dash(r.rijksfinanciering),
        'toelichting' in r ? (r.toelichting ?? null) : null,
      ],
    ),
    ...voorbeeld.scenarios.dekking.map((r) => [
      r.periode,
      r.pijler,
      r.bron,
      r.onderdeel,
      dash(r.cofinanciering),
      dash(r.rijksfinanciering),
      r.toelichting,
      r.scenario,
    ]),
  ];
  return { Opgave: trimEnd(opgave), Dekking: trimEnd(dekking) };
}

/** The seed prints an empty amount as '-'; analysts' sheets do too. */
const dash = (n: number) => (n === 0 ? '-' : n);

function trimEnd(rows: Rows): Rows {
  const out = [...rows];
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

export const VOORBEELD_EENHEID = voorbeeld.eenheid;

const KOLOMBREEDTES: Record<string, number[]> = { Opgave: [16, 26, 58, 12, 14, 26, 22, 60], Dekking: [16, 26, 60, 58, 16, 18, 70, 26] };

/**
 * The example as whole sheets for `WorkbookPort.apply`: rectangular values, the header row
 * (the third) bold, columns wide enough for their text.
 */
export function voorbeeldBladen(): SheetContent[] {
  return Object.entries(voorbeeldWerkmap()).map(([name, rows]) => {
    const breedte = Math.max(...rows.map((r) => r.length));
    const values = rows.map((r) => [...r, ...Array<null>(breedte - r.length).fill(null)]);
    return { name, values, bold: values.map((row, r) => row.map(() => r === 2)), columnWidths: KOLOMBREEDTES[name] };
  });
}

/**
 * The seed's inputs as two plain tables with a header row (what an analyst selects for
 * NPLV.TOTAALBEELD); with `scenarios`, also the Verdeelsleutel and Scenario columns and the
 * example's scenario rows (off unless a formula switches them on).
 */
export function voorbeeldTabellen({ scenarios = false } = {}): { opgave: Rows; dekking: Rows } {
  const opgave: Rows = [
    ['Periode', 'Pijler', 'Onderdeel', 'Opgave'],
    ...voorbeeld.opgave.map((r) => [r.periode, r.pijler, r.onderdeel, r.opgave]),
  ];
  const dekking: Rows = [
    ['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering', 'Rijksfinanciering'],
    ...voorbeeld.dekking.map((r) => [r.periode, r.pijler, r.bron, r.onderdeel, r.cofinanciering, r.rijksfinanciering]),
  ];
  if (!scenarios) return { opgave, dekking };
  return {
    opgave: [
      [...opgave[0], 'Verdeelsleutel', 'Scenario'],
      ...opgave.slice(1).map((r) => [...r, null, null]),
      ...voorbeeld.scenarios.opgave.map((r) => [r.periode, r.pijler, r.onderdeel, r.opgave, r.verdeelsleutel, r.scenario]),
    ],
    dekking: [
      [...dekking[0], 'Scenario'],
      ...dekking.slice(1).map((r) => [...r, null]),
      ...voorbeeld.scenarios.dekking.map((r) => [
        r.periode,
        r.pijler,
        r.bron,
        r.onderdeel,
        r.cofinanciering,
        r.rijksfinanciering,
        r.scenario,
      ]),
    ],
  };
}
