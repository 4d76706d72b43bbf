import type { BerekenUitkomst, HerberekenUitkomst } from '../../src/workbook/herbereken';
import type { CellValue, WorkbookPort } from '../../src/workbook/port';
import type { VergelijkWerkmapUitkomst } from '../../src/workbook/vergelijking/vergelijkWerkmap';
import type { FixtureSheet } from './contract';
import { voorbeeld } from './seedSheets';

export const NU = new Date(2026, 10, 22, 14, 32);

/**
 * The seed as an analyst's workbook: a note column F, a formula in E2, a Totaal row (7)
 * after the physical rows of tot 2030 and a blank row (8); a third sheet that is not ours.
 * Data row i of voorbeeld.json sits in row OPGAVE_RIJ[i].
 */
export const OPGAVE_RIJ = voorbeeld.opgave.map((_, i) => (i < 5 ? i + 2 : i + 4));
export function fixture(edit: (o: CellValue[][], d: CellValue[][]) => void = () => {}): FixtureSheet[] {
  const opgave: CellValue[][] = [['Periode', 'Pijler', 'Onderdeel', 'Gebied', 'Opgave', 'Toelichting']];
  voorbeeld.opgave.forEach((r, i) => (opgave[OPGAVE_RIJ[i] - 1] = [r.periode, r.pijler, r.onderdeel, null, r.opgave, null]));
  opgave[6] = ['tot 2030', 'Fysiek', 'Totale opgave fysieke pijler', null, 3050, null];
  opgave[7] = [];
  opgave[1][5] = 'Wbi-bijdrage meegeteld';
  const dekking: CellValue[][] = [
    ['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering', 'Rijksfinanciering'],
    ...voorbeeld.dekking.map((r) => [r.periode, r.pijler, r.bron, r.onderdeel || null, r.cofinanciering, r.rijksfinanciering]),
  ];
  edit(opgave, dekking);
  return [
    { name: 'Opgave', rows: opgave, formulas: { E2: { formula: '400+45', result: 445 } }, numberFormats: { E3: '#,##0' } },
    { name: 'Dekking', rows: dekking },
    { name: 'Notities', rows: [['Zie Opgave'], [null, 'som']], formulas: { B3: { formula: 'SUM(Opgave!E2:E6)', result: 3050 } } },
  ];
}

export async function cells(port: WorkbookPort, sheet: string) {
  const [g] = await port.readSheets([sheet]);
  return (row: number, column: number) => ({
    value: g.values[row - g.top]?.[column - g.left] ?? null,
    formula: g.formulas[row - g.top]?.[column - g.left] ?? null,
    numberFormat: g.numberFormats[row - g.top]?.[column - g.left] ?? 'General',
    bold: g.bold?.[row - g.top]?.[column - g.left] ?? false,
  });
}

/** A good outcome of `herberekenWerkmap`, `berekenWerkmap` or `vergelijkWerkmap`; throws with the messages otherwise. */
export function ok<U extends BerekenUitkomst | HerberekenUitkomst | VergelijkWerkmapUitkomst>(u: U): Extract<U, { ok: true }> {
  if (!u.ok) throw new Error(JSON.stringify(u.meldingen));
  return u as Extract<U, { ok: true }>;
}

/** How a scenario row is put in a variant of the scenario fixture: as a scenario row, as a plain row, or as a blank row. */
export type Keuze = 'scenario' | 'gewoon' | 'leeg';

const SCENARIO_OPGAVE: [string, CellValue[]][] = [
  ['Fundering', ['2030 t/m 2035', 'Fysiek', 'Funderingsherstel', null, 500, null, 'PM']],
  ['Extra nieuwbouw', ['tot 2030', 'Fysiek', 'Nieuwbouw', null, 100, null, null]],
];
const SCENARIO_DEKKING: [string, CellValue[]][] = [['Wbi', ['2030 t/m 2035', 'Fysiek', 'Wbi naar rato', 'Nieuwbouw', 0, 43]]];
export const SCENARIOS = [...SCENARIO_OPGAVE, ...SCENARIO_DEKKING].map(([naam]) => naam);

/**
 * The seed fixture with a Scenario column (issue 7): Opgave gets Verdeelsleutel (G) and
 * Scenario (H), its outputs go to I–O; rows 24 (Fundering: 500, key PM) and 25 (Extra
 * nieuwbouw: 100 more Nieuwbouw tot 2030). Dekking gets a control row (7, the seed's
 * 190 + 485 of the fysieke pijler tot 2030) and Scenario (G), its output goes to H; row 17
 * (Wbi: 43 Rijksfinanciering for Nieuwbouw 2030 t/m 2035). `keuze` says per scenario how its
 * rows are put in; rows keep their place in every variant.
 */
export function scenarioFixture(keuze: (scenario: string) => Keuze = () => 'scenario'): FixtureSheet[] {
  const regel = ([naam, cells]: [string, CellValue[]]): CellValue[] => {
    const k = keuze(naam);
    return k === 'leeg' ? [] : [...cells, k === 'scenario' ? naam : null];
  };
  return fixture((o, d) => {
    o[0].push('Verdeelsleutel', 'Scenario');
    o.push(...SCENARIO_OPGAVE.map(regel));
    d[0].push('Scenario');
    d.splice(6, 0, ['tot 2030', 'Fysiek', null, 'Totale dekking fysieke pijler', 190, 485]);
    d.push(...SCENARIO_DEKKING.map(regel));
  });
}
