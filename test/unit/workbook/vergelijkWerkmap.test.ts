import { berekenWerkmap } from '../../../src/workbook/herbereken';
import { vergelijkWerkmap } from '../../../src/workbook/vergelijking/vergelijkWerkmap';
import { fixture, NU, ok } from '../../contract/contractFixture';
import { memoryHarness } from '../../robustness/harnesses';

/**
 * vergelijkWerkmap on the contract's seed workbook (in memory) against the seed with Nieuwbouw
 * tot 2030 (Opgave!E2) 545: by hand, Δ restopgave +100 all opgave (key 0,5: Rijk +50).
 */
async function werkmappen() {
  const oud = ok(await berekenWerkmap(await memoryHarness.create(fixture())));
  const [opgave, ...rest] = fixture((o) => (o[1][4] = 545));
  const port = await memoryHarness.create([{ ...opgave, formulas: {} }, ...rest]);
  return { port, met: { stand: { invoer: oud.invoer, scenarios: [] }, naam: 'oud.xlsx' } };
}

describe('vergelijkWerkmap', () => {
  it("explains a Δ cell and each part beside it by the engine's Uitleg; other cells and sheets have none", async () => {
    const { port, met } = await werkmappen();
    const { layout, uitleg } = ok(await vergelijkWerkmap(port, met, { nu: NU, schrijven: false }));
    const kop = layout.rows.findIndex((r) => r.cells[0] === 'tot 2030: verschil naar oorzaak');
    const rij = layout.rows.findIndex((r, i) => i > kop && r.cells[0] === 'Nieuwbouw') + 1;
    for (const cel of [`B${rij}`, `C${rij}`, `$D$${rij}`]) {
      const u = uitleg('nplv vergelijking', cel);
      expect(u?.doel).toEqual({ periode: 'tot 2030', pijler: 'Fysiek', onderdeel: 'Nieuwbouw', veld: 'restopgave' });
      expect(u?.cijfer.verschil.toNumber()).toBe(100);
      expect(u?.delen.map((d) => [d.deel.oorzaak, d.bedrag.toNumber()])).toEqual([['opgave', 100]]);
    }
    expect(uitleg('NPLV Vergelijking', `H${rij}`)?.doel.veld).toBe('restRijksopgave');
    expect([uitleg('NPLV Vergelijking', `A${rij}`), uitleg('NPLV Vergelijking', 'A1'), uitleg('Opgave', `B${rij}`)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('with schrijven: false writes nothing and has no undo', async () => {
    const { port, met } = await werkmappen();
    const apply = jest.spyOn(port, 'apply');
    const uitkomst = ok(await vergelijkWerkmap(port, met, { nu: NU, schrijven: false }));
    expect([apply.mock.calls.length, uitkomst.undo]).toEqual([0, undefined]);
  });

  it('refuses amounts in another unit than the workbook, and writes nothing', async () => {
    const { port, met } = await werkmappen();
    const apply = jest.spyOn(port, 'apply');
    const uitkomst = await vergelijkWerkmap(port, { ...met, eenheid: 'mld' }, { nu: NU });
    expect(uitkomst.ok || uitkomst.meldingen.map((m) => m.bericht)).toEqual([
      'de oude versie geeft bedragen in mld euro, deze werkmap in mln euro: zo zijn ze niet te vergelijken; zet beide in dezelfde eenheid',
    ]);
    expect(apply).not.toHaveBeenCalled();
  });

  it("gives the workbook's errors, and writes nothing", async () => {
    const [opgave, ...rest] = fixture((o) => (o[2][4] = 'n.b.'));
    const port = await memoryHarness.create([opgave, ...rest]);
    const apply = jest.spyOn(port, 'apply');
    const uitkomst = await vergelijkWerkmap(port, (await werkmappen()).met, { nu: NU });
    expect(uitkomst.ok || uitkomst.meldingen.map((m) => `${m.blad}!${m.cel}: ${m.bericht}`)).toEqual(["Opgave!E3: 'n.b.' is geen bedrag"]);
    expect(apply).not.toHaveBeenCalled();
  });
});
