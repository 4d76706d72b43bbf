import { berekenWerkmap } from '../../src/workbook/herbereken';
import type { CellValue, WorkbookPort } from '../../src/workbook/port';
import { vergelijkWerkmap } from '../../src/workbook/vergelijking/vergelijkWerkmap';
import type { FixtureSheet, Harness } from './contract';
import { fixture, NU, ok } from './contractFixture';
import { changedCells, snapshot } from './snapshot';

const VG = 'NPLV Vergelijking';

/** The contract fixture with Nieuwbouw tot 2030 (Opgave!E2, a formula 400+45 there) typed as 545. */
function metNieuwbouw545(): FixtureSheet[] {
  const [opgave, ...rest] = fixture((o) => (o[1][4] = 545));
  return [{ ...opgave, formulas: {} }, ...rest];
}

/** The seed workbook's Versiestand: the old side, as another file gives it. */
async function oudeStand(harness: Harness) {
  const oud = ok(await berekenWerkmap(await harness.create(fixture())));
  return { stand: { invoer: oud.invoer, scenarios: [] }, naam: 'oud.xlsx', eenheid: oud.eenheid.schaal };
}

// The row of a table whose first cell is `label`, after the row whose first cell starts with `kop`.
async function rij(port: WorkbookPort, kop: string, label: string): Promise<CellValue[]> {
  const [g] = await port.readSheets([VG]);
  const start = g.values.findIndex((r) => String(r[0] ?? '').startsWith(kop));
  return g.values.slice(start).find((r) => r[0] === label) ?? [];
}

/** Issue 17: comparing writes the NPLV Vergelijking sheet only, as the Totaalbeeld is written, and undo restores. */
export function vergelijkingContract(harness: Harness): void {
  describe('the NPLV Vergelijking sheet', () => {
    it('is the only change; Δ restopgave tot 2030 of Nieuwbouw 445 → 545 is +100, all opgave; undo removes the sheet', async () => {
      const port = await harness.create(metNieuwbouw545());
      const before = await snapshot(port);
      const { undo } = ok(await vergelijkWerkmap(port, await oudeStand(harness), { nu: NU }));
      const after = await snapshot(await harness.reopen(port));
      expect(after.sheets).toEqual([...before.sheets, VG]);
      expect(changedCells(before.cells, after.cells).filter((k) => !k.startsWith(`${VG}!`))).toEqual([]);
      expect(after.cells.get(`${VG}!A2`)?.value).toBe("Oud: bestand 'oud.xlsx'");
      // Δ Restopgave, then the parts: opgave, dekking, sleutels, structuur, scenario's; then the same for the Rijk (key 0,5: +50).
      expect((await rij(port, 'tot 2030: verschil naar oorzaak', 'Nieuwbouw')).slice(1, 13)).toEqual([
        100, 100, 0, 0, 0, 0, 50, 50, 0, 0, 0, 0,
      ]);
      expect((await rij(port, 'tot 2030: verschil naar oorzaak', 'Totaal tot 2030')).slice(1, 7)).toEqual([100, 100, 0, 0, 0, 0]);
      expect((await rij(port, 'tot 2030: oud, nieuw en verschil', 'Nieuwbouw')).slice(1, 5)).toEqual([null, 445, 545, 100]);
      expect(after.cells.get(`${VG}!C12`)?.numberFormat).toBe('#,##0.0');
      await port.apply(undo!);
      const terug = await snapshot(await harness.reopen(port));
      expect(terug.sheets).toEqual(before.sheets);
      expect(changedCells(before.cells, terug.cells)).toEqual([]);
    });

    it("a second comparison rewrites only the add-in's cells: the analyst's note stays, and undo puts back exactly what it changed", async () => {
      const port = await harness.create(metNieuwbouw545());
      ok(await vergelijkWerkmap(port, await oudeStand(harness), { nu: NU }));
      const eerste = await harness.reopen(port);
      await eerste.apply({ sheets: [], writes: [{ sheet: VG, top: 2, left: 30, values: [['mijn notitie']] }], deleteSheets: [] });
      const before = await snapshot(eerste);
      const { undo } = ok(
        await vergelijkWerkmap(eerste, await oudeStand(harness), { nu: new Date(2026, 11, 2, 15, 0), nieuw: "bestand 'nieuw.xlsx'" }),
      );
      const after = await snapshot(await harness.reopen(eerste));
      expect(after.cells.get(`${VG}!AD2`)?.value).toBe('mijn notitie');
      expect(after.cells.get(`${VG}!A1`)?.value).toBe('NPLV Vergelijking — gemaakt 02-12-2026 15:00');
      expect(changedCells(before.cells, after.cells).sort()).toEqual([`${VG}!A1`, `${VG}!A3`]);
      await eerste.apply(undo!);
      expect(changedCells(before.cells, (await snapshot(await harness.reopen(eerste))).cells)).toEqual([]);
    });

    it('folds the gebieden under their onderdeel in both tables (the row outline, collapsed)', async () => {
      // Nieuwbouw tot 2030 kept per gebied: Noord 300 → 400 and Zuid 145 (a row added at the end).
      const perGebied = (noord: number) => {
        const [opgave, ...rest] = fixture((o) => {
          o[1][3] = 'Noord';
          o[1][4] = noord;
          o.push(['tot 2030', 'Fysiek', 'Nieuwbouw', 'Zuid', 145, null]);
        });
        return [{ ...opgave, formulas: {} }, ...rest];
      };
      const oud = ok(await berekenWerkmap(await harness.create(perGebied(300))));
      const port = await harness.create(perGebied(400));
      ok(await vergelijkWerkmap(port, { stand: { invoer: oud.invoer, scenarios: [] }, naam: 'oud.xlsx' }, { nu: NU }));
      const [g] = await (await harness.reopen(port)).readSheets([VG]);
      const label = (r: number) => String(g.values[r - g.top]?.[0] ?? '');
      const groepen = ['tot 2030: oud, nieuw en verschil', 'tot 2030: verschil naar oorzaak'].map((kop) => {
        let r = g.top + g.values.findIndex((x) => x[0] === kop);
        while (label(r) !== 'Nieuwbouw') r++;
        let onder = r;
        while (label(onder + 1).startsWith('    ')) onder++;
        return { top: r + 1, bottom: onder };
      });
      expect((g.rowGroups ?? []).map(({ top, bottom }) => ({ top, bottom }))).toEqual(groepen);
      const noord = g.values.find(
        (x, i) => x[0] === '    Noord' && i > g.values.findIndex((y) => y[0] === 'tot 2030: verschil naar oorzaak'),
      );
      // The Nieuwbouw dekking without a gebied (290) goes to its gebieden naar rato of their opgave: Noord's
      // restopgave 300 − 290 × 300/445 → 400 − 290 × 400/545; the difference is all opgave.
      const verschil = 100 - 290 * (400 / 545 - 300 / 445);
      expect(noord?.slice(1, 7).map((x) => Number(x))).toEqual([verschil, verschil, 0, 0, 0, 0].map((x) => expect.closeTo(x, 9)));
      expect(groepen.every((x) => x.bottom > x.top)).toBe(true);
    });

    it('is an error naming a cell of the analyst the new layout would cover, and nothing is written', async () => {
      const port = await harness.create([
        ...metNieuwbouw545(),
        { name: VG, rows: [[], [], [], [], [], [], [], [], [], [], [], [null, null, 'van mij']] },
      ]);
      const before = await snapshot(port);
      const apply = jest.spyOn(port, 'apply');
      const uitkomst = await vergelijkWerkmap(port, await oudeStand(harness), { nu: NU });
      expect(uitkomst.ok).toBe(false);
      expect(uitkomst.ok || uitkomst.meldingen.map((m) => `${m.blad}!${m.cel}: ${m.bericht}`)).toEqual([
        `${VG}!C12: de cel is door u gevuld ('van mij') en ligt in de nieuwe Vergelijking; verplaats de inhoud en vergelijk opnieuw`,
      ]);
      expect(apply).not.toHaveBeenCalled();
      expect(changedCells(before.cells, (await snapshot(await harness.reopen(port))).cells)).toEqual([]);
    });
  });
}
