import { errorOf, installFakeRuntime } from './fakeRuntime';
import { DEKKING_SCENARIOS, DEKKING_TABEL, OPGAVE_SCENARIOS, OPGAVE_TABEL } from './seedTables';
import { f } from './alsInExcel';

installFakeRuntime();

type Tabel = unknown[][];
const NULL = null as unknown as string;

const gevoeligheid = (onderdeel: string, delta: number, veld?: string, periode?: string, methode?: string, opgave: Tabel = OPGAVE_TABEL) =>
  f.gevoeligheidFn(opgave, DEKKING_TABEL, onderdeel, delta, veld ?? NULL, periode ?? NULL, methode ?? NULL);

/*
 * By hand on the example, tot 2030 (issue 19): Fysiek Rijksdeel 222,5 + 520,5 + 332,5 + 198,75 + 84,5
 * = 1.358,75, Rijksdekking 485, rest by saldering 873,75; Sociaal-maatschappelijk 1.300 × 75% =
 * 975, Rijksdekking 740 (5 of it at pijler level), rest 235. 2030 t/m 2035 has the same
 * Nieuwbouw (445, 50%, no Rijksdekking: rest 222,5) and Bereikbaarheid (130, 65%, Rijksdekking 90).
 */
describe('NPLV.GEVOELIGHEID: the Δ of one figure when one verdeelsleutel alone moves (issue 19)', () => {
  it('Nieuwbouw (445; 50%; Rijksdekking 145) +10 pp: Rijksdeel 267, rest of the onderdeel 77,5 → 122, fysieke pijler 873,75 → 918,25', () => {
    expect(gevoeligheid('Nieuwbouw', 10, 'onderdeel', 'tot 2030')).toBe(44.5);
    expect(gevoeligheid('Nieuwbouw', 10, 'pijler', 'tot 2030')).toBe(44.5);
    expect(gevoeligheid('Nieuwbouw', 10, 'rijksdeel', 'tot 2030')).toBe(44.5);
    expect(gevoeligheid('Nieuwbouw', 10, NULL, 'tot 2030')).toBe(44.5); // default: totaal by saldering, 1.108,75 → 1.153,25
    expect(gevoeligheid('Nieuwbouw', 10, 'totaal', 'tot 2030', 'per onderdeel')).toBe(44.5);
    expect(gevoeligheid('Nieuwbouw', 10, 'verdeelsleutel', 'tot 2030')).toBeCloseTo(0.1, 15);
  });

  it('−10 pp is −44,5; 0 pp is 0 for every figure', () => {
    expect(gevoeligheid('Nieuwbouw', -10, 'pijler', 'tot 2030')).toBe(-44.5);
    expect(gevoeligheid('Nieuwbouw', -10, 'onderdeel', 'tot 2030')).toBe(-44.5);
    for (const veld of ['totaal', 'pijler', 'onderdeel', 'rijksdeel', 'verdeelsleutel'])
      for (const methode of ['saldering', 'per onderdeel']) expect(gevoeligheid('Nieuwbouw', 0, veld, 'tot 2030', methode)).toBe(0);
  });

  it('Bereikbaarheid en mobiliteit (130; 65%; Rijksdekking 90) +10 pp: per onderdeel +7,5 (the clamp), by saldering +13', () => {
    expect(gevoeligheid('Bereikbaarheid en mobiliteit', 10, 'onderdeel', 'tot 2030')).toBe(7.5);
    expect(gevoeligheid('Bereikbaarheid en mobiliteit', 10, 'pijler', 'tot 2030')).toBe(13);
    expect(gevoeligheid('Bereikbaarheid en mobiliteit', 10, 'pijler', 'tot 2030', 'per onderdeel')).toBe(7.5);
    expect(gevoeligheid('Bereikbaarheid en mobiliteit', 10, 'totaal', 'tot 2030')).toBe(13);
    expect(gevoeligheid('Bereikbaarheid en mobiliteit', 10, 'totaal', 'tot 2030', 'per onderdeel')).toBe(7.5);
    // −10 pp: Rijksdeel 71,5, still below 90: the rest of the onderdeel stays 0
    expect(gevoeligheid('Bereikbaarheid en mobiliteit', -10, 'onderdeel', 'tot 2030')).toBe(0);
    expect(gevoeligheid('Bereikbaarheid en mobiliteit', -10, 'pijler', 'tot 2030')).toBe(-13);
  });

  it('the key is clamped to 0–100% per row: Nieuwbouw +60 pp moves it by 50 pp only', () => {
    expect(gevoeligheid('Nieuwbouw', 60, 'verdeelsleutel', 'tot 2030')).toBe(0.5);
    expect(gevoeligheid('Nieuwbouw', 60, 'rijksdeel', 'tot 2030')).toBe(222.5);
    expect(gevoeligheid('Nieuwbouw', -100, 'rijksdeel', 'tot 2030')).toBe(-222.5);
    expect(gevoeligheid('Nieuwbouw', -100, 'onderdeel', 'tot 2030')).toBe(-77.5); // 222,5 − 145 → 0
  });

  it('without a periode: the Δ of every periode the key is in use, added up (each periode its own key)', () => {
    expect(gevoeligheid('Nieuwbouw', 10)).toBe(89);
    expect(gevoeligheid('Nieuwbouw', 10, 'onderdeel')).toBe(89);
    expect(gevoeligheid('Nieuwbouw', 10, 'onderdeel', '2030 t/m 2035')).toBe(44.5); // 222,5 → 267
    expect(gevoeligheid('Bereikbaarheid en mobiliteit', 10, 'onderdeel')).toBe(15);
    expect(gevoeligheid('Bereikbaarheid en mobiliteit', 10, 'pijler')).toBe(26);
  });

  it('names an onderdeel as the tables do, case and spaces aside, or with its pijler before it', () => {
    expect(gevoeligheid('  nieuwBOUW ', 10, 'Onderdeel', 'Tot 2030')).toBe(44.5);
    expect(gevoeligheid('Fysiek: Nieuwbouw', 10, 'onderdeel', 'tot 2030')).toBe(44.5);
  });

  it("a social theme moves alone; the pijler's key * moves every theme without a key of its own", () => {
    // Onderwijs: 415 × 75% = 311,25 against Rijksdekking 415; at 85% 352,75: still no rest, the pijler +41,5.
    expect(gevoeligheid('Onderwijs', 10, 'onderdeel', 'tot 2030')).toBe(0);
    expect(gevoeligheid('Onderwijs', 10, 'pijler', 'tot 2030')).toBe(41.5);
    // All five themes: Rijksdeel +130 (10% of 1.300): the pijler by saldering 235 → 365.
    expect(gevoeligheid('Sociaal-maatschappelijk *', 10, 'pijler', 'tot 2030')).toBe(130);
    expect(gevoeligheid('Sociaal-maatschappelijk', 10, 'rijksdeel', 'tot 2030')).toBe(130);
    expect(gevoeligheid('sociaal maatschappelijk*', 10, 'pijler', 'tot 2030')).toBe(130);
    // Per onderdeel: Veiligheid +21,5, Economie +26,5, Onderwijs 0 (still below its dekking), Gezondheid +36, Governance +4,5.
    expect(gevoeligheid('Sociaal-maatschappelijk *', 10, 'pijler', 'tot 2030', 'per onderdeel')).toBe(88.5);
    expect(gevoeligheid('Sociaal-maatschappelijk *', 10, 'onderdeel', 'tot 2030')).toBe(88.5);
  });

  it('a name in both pijlers asks for the pijler; "Pijler: onderdeel" chooses it', () => {
    const beide = [...OPGAVE_TABEL, ['tot 2030', 'Sociaal-maatschappelijk', 'Nieuwbouw', 100]];
    expect(errorOf(() => gevoeligheid('Nieuwbouw', 10, 'onderdeel', 'tot 2030', NULL, beide))).toEqual([
      '#VALUE!',
      `onderdeel 'Nieuwbouw' staat in Fysiek en Sociaal-maatschappelijk, elk met een eigen verdeelsleutel; schrijf "Fysiek: Nieuwbouw" of "Sociaal-maatschappelijk: Nieuwbouw"`,
    ]);
    expect(gevoeligheid('Fysiek: Nieuwbouw', 10, 'onderdeel', 'tot 2030', NULL, beide)).toBe(44.5);
    expect(gevoeligheid('Sociaal-maatschappelijk: Nieuwbouw', 10, 'onderdeel', 'tot 2030', NULL, beide)).toBe(10); // 75 → 85
  });

  it('an unknown name is #VALUE! naming the keys there are; a pijler without a key * of its own is one', () => {
    const [code, bericht] = errorOf(() => gevoeligheid('Groen', 10));
    expect(code).toBe('#VALUE!');
    expect(bericht).toMatch(
      /^'Groen' heeft geen verdeelsleutel in de tabellen; verwacht een onderdeel of de sleutel van een pijler: "Nieuwbouw", /,
    );
    expect(bericht).toContain('"Sociaal-maatschappelijk *"');
    expect(bericht).not.toContain('"Fysiek *"');
    expect(errorOf(() => gevoeligheid('Fysiek', 10))[0]).toBe('#VALUE!');
    expect(errorOf(() => gevoeligheid('', 10))[0]).toBe('#VALUE!');
    // A name that only starts like a pijler is no pijler.
    expect(errorOf(() => gevoeligheid('Sociale veiligheid', 10))[0]).toBe('#VALUE!');
  });

  it('delta is a number of percentage points −100 to 100; veld and methode as offered', () => {
    const delta = 'delta: verwacht een getal van -100 tot en met 100 procentpunt (bijv. 10 of -10, niet 10%)';
    for (const d of [150, -100.5, Number.NaN, '10', 'tien', null])
      expect(errorOf(() => gevoeligheid('Nieuwbouw', d as number))).toEqual(['#VALUE!', delta]);
    expect(gevoeligheid('Nieuwbouw', 2.5, 'onderdeel', 'tot 2030')).toBe(11.125); // 445 × 2,5%
    expect(errorOf(() => gevoeligheid('Nieuwbouw', 10, 'restopgave'))).toEqual([
      '#VALUE!',
      `veld 'restopgave' is onbekend; verwacht "totaal", "pijler", "onderdeel", "rijksdeel", "verdeelsleutel" (leeg: totaal)`,
    ]);
    expect(errorOf(() => gevoeligheid('Nieuwbouw', 10, 'pijler', NULL, 'netto'))[0]).toBe('#VALUE!');
    expect(errorOf(() => gevoeligheid('Nieuwbouw', 10, 'verdeelsleutel'))).toEqual([
      '#VALUE!',
      'verdeelsleutel geldt voor één periode; geef de periode op ("tot 2030" of "2030 t/m 2035")',
    ]);
  });

  it('#N/A for a periode not in the tables, one the key is not used in, a PM key, a key only of scenarios that are off', () => {
    expect(errorOf(() => gevoeligheid('Nieuwbouw', 10, NULL, 'tot 2040'))).toEqual([
      '#N/A',
      "periode 'tot 2040' komt niet voor in de tabellen (wel: tot 2030, 2030 t/m 2035)",
    ]);
    const eenPeriode = [...OPGAVE_SCENARIOS, ['tot 2030', 'Fysiek', 'Funderingsherstel', 100, 0.4, null]];
    expect(gevoeligheid('Funderingsherstel', 10, 'onderdeel', NULL, NULL, eenPeriode)).toBe(10); // 40 → 50, no dekking
    expect(errorOf(() => gevoeligheid('Funderingsherstel', 10, 'onderdeel', '2030 t/m 2035', NULL, eenPeriode))).toEqual([
      '#N/A',
      "de verdeelsleutel van 'Funderingsherstel' is in periode '2030 t/m 2035' niet in gebruik (wel in: tot 2030)",
    ]);
    const pm = OPGAVE_SCENARIOS.map((r) => (r[0] === 'tot 2030' && r[2] === 'Leefomgeving' ? [...r.slice(0, 4), 'PM', null] : r));
    expect(errorOf(() => gevoeligheid('Leefomgeving', 10, NULL, NULL, NULL, pm))).toEqual([
      '#N/A',
      "de verdeelsleutel van 'Leefomgeving' is PM (pro memorie) in tot 2030: er is geen verschil te berekenen",
    ]);
    expect(gevoeligheid('Leefomgeving', 10, 'onderdeel', '2030 t/m 2035', NULL, pm)).toBe(26.5); // 198,75 → 225,25
    expect(errorOf(() => gevoeligheid('Funderingsherstel kwetsbare voorraad', 10, NULL, NULL, NULL, OPGAVE_SCENARIOS))).toEqual([
      '#N/A',
      "de verdeelsleutel van 'Funderingsherstel kwetsbare voorraad' geldt alleen voor regels van scenario's 'Funderingsherstel 1 mld', 'Funderingsherstel 1,5 mld'; deze functie rekent het basisbeeld, zonder scenarioregels",
    ]);
  });

  it('errors in the tables are #VALUE! naming the cell, as the other table functions give them', () => {
    const kapot = OPGAVE_TABEL.map((r) => (r[2] === 'Nieuwbouw' && r[0] === 'tot 2030' ? [...r.slice(0, 3), 'n.b.'] : r));
    expect(errorOf(() => gevoeligheid('Nieuwbouw', 10, NULL, NULL, NULL, kapot))).toEqual([
      '#VALUE!',
      "de tabel bevat een fout: Opgave!D2: 'n.b.' is geen bedrag",
    ]);
    expect(f.gevoeligheidFn(OPGAVE_SCENARIOS, DEKKING_SCENARIOS, 'Nieuwbouw', 10, 'onderdeel', '2030 t/m 2035', NULL)).toBe(44.5);
  });
});
