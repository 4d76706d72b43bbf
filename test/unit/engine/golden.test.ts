import golden from '../../../src/voorbeeld/golden.json';
import { bereken, toJson, type Rekenpad } from '../../../src/engine';
import { seedInvoer, voorbeeld } from './seed';

// Both ways the engine computes (issue 15): exact integers, and decimal.js.
describe.each<Rekenpad>(['geheel', 'decimaal'])('the seed (voorbeeld.json) through the engine, rekenpad %s', (rekenpad) => {
  function ok(invoer = seedInvoer()) {
    const uitkomst = bereken(invoer, rekenpad === 'decimaal' ? { rekenpad } : {});
    if (!uitkomst.ok) throw new Error(JSON.stringify(uitkomst.meldingen));
    expect(uitkomst.resultaat.rekenpad).toBe(rekenpad);
    return uitkomst.resultaat;
  }

  it('yields exactly golden.json', () => {
    const { overPerioden: samen, ...json } = toJson(ok());
    expect(json).toEqual(golden);
    // Tabel 1 over both perioden, by hand from golden.json: 2.935 + 4.130 and 1.108,75 + 2.677,5 over 4 + 6 years.
    expect(samen).toEqual({
      label: 't/m 2035',
      eersteJaar: 2026,
      laatsteJaar: 2035,
      jaren: 10,
      restopgave: 7065,
      restRijksopgave: 3786.25,
      jaarlijkseRestopgave: 706.5,
      jaarlijkseRestRijksopgave: 378.625,
    });
  });

  type Published = Record<string, Record<string, number>>;
  const gepubliceerd = voorbeeld.gepubliceerd as unknown as Record<string, Published>;
  const cases: [string, string, string, number][] = [];
  for (const periode of ['tot 2030', '2030 t/m 2035'])
    for (const [scope, figures] of Object.entries(gepubliceerd[periode]))
      for (const [field, mld] of Object.entries(figures)) cases.push([periode, scope, field, mld]);

  const FIELD: Record<string, string> = {
    jaarlijks: 'jaarlijkseRestopgave',
    jaarlijksRijks: 'jaarlijkseRestRijksopgave',
  };

  it('covers all 48 published summary figures of Tabel 1, 2 and 3', () => {
    expect(cases).toHaveLength(48);
  });

  it.each(cases)('%s %s %s is the published %s mld within 0,01 mld', (periode, scope, field, mld) => {
    const p = ok().perioden.find((x) => x.periode === periode)!;
    const figures = scope === 'Totaal' ? p.totaal : p.pijlers.find((x) => x.pijler === scope)!;
    const mln = figures[(FIELD[field] ?? field) as keyof typeof figures] as { toNumber(): number };
    expect(Math.abs(mln.toNumber() / 1000 - mld)).toBeLessThanOrEqual(0.01 + 1e-12);
  });

  it('reports the difference between the methods as overschot plus pillar-level dekking', () => {
    const [tot2030] = ok().perioden;
    const fysiek = tot2030.pijlers[0];
    // Seed 002, NB under Tabel 6: per onderdeel 2.450 vs saldering 2.375; overschot 5 (Bereikbaarheid), Governance 70.
    expect(fysiek.restopgavePerOnderdeel.minus(fysiek.restopgave).toString()).toBe('75');
    expect(fysiek.overschot.toString()).toBe('5');
    expect(fysiek.pijlerDekking.toString()).toBe('70');
  });
});
