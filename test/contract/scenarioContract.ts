import { herberekenWerkmap } from '../../src/workbook/herbereken';
import type { HerberekenOpties } from '../../src/workbook/herbereken';
import type { WorkbookPort } from '../../src/workbook/port';
import type { Harness } from './contract';
import { cells, NU, ok, OPGAVE_RIJ, scenarioFixture, SCENARIOS, type Keuze } from './contractFixture';
import { changedCells, snapshot } from './snapshot';
import { goldenOfRow, OUTPUT_FIELDS, voorbeeld } from './seedSheets';

const TOTAALBEELD = 'NPLV Totaalbeeld';
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The owned cells of the scenario fixture (Opgave I–O of rows 1–25, Dekking H of rows 1–17) and the Totaalbeeld without its title, scenario line and the line naming its cells (whose rows the scenario line moves). */
async function uitvoer(port: WorkbookPort) {
  const [opgave, dekking] = [await cells(port, 'Opgave'), await cells(port, 'Dekking')];
  const [totaalbeeld] = await port.readSheets([TOTAALBEELD]);
  return {
    opgave: range(1, 25).map((r) => range(9, 15).map((c) => opgave(r, c).value)),
    dekking: range(1, 17).map((r) => dekking(r, 8).value),
    totaalbeeld: totaalbeeld.values.filter((row) => !/^(NPLV Totaalbeeld —|Scenario's|Cellen van de add-in:)/.test(String(row[0]))),
  };
}

async function run(harness: Harness, keuze: (s: string) => Keuze, opties: HerberekenOpties = {}) {
  const port = await harness.create(scenarioFixture(keuze));
  const uitkomst = ok(await herberekenWerkmap(port, { nu: NU, ...opties }));
  return { uitkomst, port: await harness.reopen(port) };
}

const kopregels = async (port: WorkbookPort) => (await port.readSheets([TOTAALBEELD]))[0].values.slice(0, 3).map((r) => r[0]);

/** Scenarios (issue 7) on every adapter: a scenario's rows count as plain rows when it is on, as no rows when it is off. */
export function scenarioContract(harness: Harness): void {
  describe('a workbook with a Scenario column', () => {
    it.each([[[]], [['Wbi']], [['Extra nieuwbouw']], [SCENARIOS]])(
      'with %j on: what the workbook gives with those rows as plain rows and the others blank',
      async (aan) => {
        const metScenarios = await run(harness, () => 'scenario', { scenarios: aan });
        const gewoon = await run(harness, (s) => (aan.includes(s) ? 'gewoon' : 'leeg'));
        expect(await uitvoer(metScenarios.port)).toEqual(await uitvoer(gewoon.port));
      },
    );

    it('the base: the seed rows get golden.json, the rows of scenarios that are off empty cells, no PM warning', async () => {
      const { uitkomst, port } = await run(harness, () => 'scenario');
      const { opgave, dekking } = await uitvoer(port);
      voorbeeld.opgave.forEach((_, i) => expect(opgave[OPGAVE_RIJ[i] - 1]).toEqual(OUTPUT_FIELDS.map(([, veld]) => goldenOfRow(i)[veld])));
      expect(opgave.slice(23)).toEqual([Array(7).fill(null), Array(7).fill(null)]);
      expect([dekking[6], dekking[16]]).toEqual([190 + 485, null]);
      expect(uitkomst.meldingen.filter((m) => m.cel === 'G24')).toEqual([]);
      expect(await kopregels(port)).toEqual([
        expect.stringMatching(/uit Opgave \(A1:H25\) en Dekking \(A1:G17\); verdeelsleutels: standaard$/),
        "Scenario's: geen aan (basis); in de werkmap: Fundering, Extra nieuwbouw, Wbi",
        'Bedragen in mln euro',
      ]);
    });

    it('all on: their amounts are in (by hand from golden.json), the PM key warns at its cell and is no workbook key', async () => {
      const { uitkomst, port } = await run(harness, () => 'scenario', { scenarios: ['fundering', 'EXTRA NIEUWBOUW', 'Wbi'] });
      const { opgave, dekking, totaalbeeld } = await uitvoer(port);
      const rij = (label: string, nth: number) => totaalbeeld.filter((r) => r[0] === label)[nth];
      expect(rij('Fysieke pijler', 0).slice(1, 2)).toEqual([3050 + 100]); // tot 2030: Extra nieuwbouw
      expect(rij('Fysieke pijler', 1).slice(1, 3)).toEqual([2165 + 500, 145 + 43]); // 2030 t/m 2035: Fundering, Wbi
      expect(rij('Rijksopgave fysieke pijler', 1)[1]).toBe(1191.25); // Fundering's key is PM: 0
      expect(opgave[23].slice(0, 4)).toEqual([0, 0, 0, 500]); // Funderingsherstel: Rijksdeel 0, dekking 0, restopgave 500
      expect(dekking[16]).toBe(43);
      expect(uitkomst.meldingen.filter((m) => m.cel === 'G24').map((m) => [m.ernst, m.blad])).toEqual([['waarschuwing', 'Opgave']]);
      expect(totaalbeeld.some((r) => r[0] === 'waarschuwing' && r[1] === 'Opgave!G24' && /PM/.test(String(r[2])))).toBe(true);
      expect(await kopregels(port)).toEqual([
        expect.stringMatching(/; verdeelsleutels: standaard$/),
        "Scenario's aan: Fundering, Extra nieuwbouw, Wbi",
        'Bedragen in mln euro',
      ]);
    });

    it('with its scenario cells empty: no scenario line, every row counts', async () => {
      const { port } = await run(harness, () => 'gewoon');
      expect((await kopregels(port)).slice(1, 2)).toEqual(['Bedragen in mln euro']);
    });

    it('switching a scenario off empties its rows; undo brings their figures back exactly', async () => {
      const port = await harness.create(scenarioFixture());
      ok(await herberekenWerkmap(port, { nu: NU, scenarios: SCENARIOS }));
      const before = await snapshot(await harness.reopen(port));
      const { undo } = ok(await herberekenWerkmap(port, { nu: NU }));
      const uit = await uitvoer(await harness.reopen(port));
      expect([uit.opgave[23], uit.opgave[24], uit.dekking[16]]).toEqual([Array(7).fill(null), Array(7).fill(null), null]);
      await port.apply(undo);
      const after = await snapshot(await harness.reopen(port));
      expect(changedCells(before.cells, after.cells)).toEqual([]);
      expect(after.cells.get('Dekking!H17')?.value).toBe(43);
    });
  });
}
