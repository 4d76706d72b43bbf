import { errorOf, installFakeRuntime } from './fakeRuntime';
import { DEKKING_SCENARIOS, DEKKING_TABEL, OPGAVE_SCENARIOS, OPGAVE_TABEL } from './seedTables';
import { f } from './alsInExcel';

installFakeRuntime();

type Tabel = unknown[][];
const NULL = null as unknown as string;

// The table with one cell changed: the row whose first cells are `rij`, the column headed `kop`.
function gewijzigd(t: Tabel, rij: unknown[], kop: string, waarde: unknown): Tabel {
  const kolom = t[0].indexOf(kop);
  const at = t.findIndex((r) => rij.every((v, i) => r[i] === v));
  if (kolom < 0 || at < 0) throw new Error(`no cell ${kop} of ${rij.join(' ')}`);
  return t.map((r, i) => (i === at ? r.map((v, c) => (c === kolom ? waarde : v)) : r));
}

const NIEUWBOUW_545 = gewijzigd(OPGAVE_TABEL, ['tot 2030', 'Fysiek', 'Nieuwbouw'], 'Opgave', 545);
const verschil = (nieuwOpgave: Tabel, veld?: string, periode?: string, pijler?: string, nieuwDekking: Tabel = DEKKING_TABEL) =>
  f.verschilFn(OPGAVE_TABEL, DEKKING_TABEL, nieuwOpgave, nieuwDekking, veld ?? NULL, periode ?? NULL, pijler ?? NULL);

describe('NPLV.VERSCHIL: new − old of one figure (issue 17)', () => {
  it('Nieuwbouw tot 2030 445 → 545: restopgave +100, opgave +100, Rijksdeel and rest-Rijksopgave +50 (key 50%), dekking 0', () => {
    expect(verschil(NIEUWBOUW_545)).toBe(100);
    expect(verschil(NIEUWBOUW_545, 'restopgave', 'tot 2030', 'Fysiek')).toBe(100);
    expect(verschil(NIEUWBOUW_545, 'opgave', 'tot 2030')).toBe(100);
    expect(verschil(NIEUWBOUW_545, 'rijksdeel')).toBe(50);
    expect(verschil(NIEUWBOUW_545, 'Rest-Rijksopgave', 'tot 2030')).toBe(50);
    expect(verschil(NIEUWBOUW_545, 'dekking')).toBe(0);
    expect(verschil(NIEUWBOUW_545, 'restopgave', '2030 t/m 2035')).toBe(0);
    expect(verschil(NIEUWBOUW_545, 'restopgave', NULL, 'Sociaal-maatschappelijk')).toBe(0);
  });

  it('old and new swapped negate it; a version against itself is 0', () => {
    expect(f.verschilFn(NIEUWBOUW_545, DEKKING_TABEL, OPGAVE_TABEL, DEKKING_TABEL, NULL, NULL, NULL)).toBe(-100);
    expect(verschil(OPGAVE_TABEL, 'restrijksopgave per onderdeel')).toBe(0);
  });

  it('the issue: Wbi naar rato and AZWA as plain rows in the new version: rest-Rijksopgave 2030 t/m 2035 −43, restopgave tot 2030 −61', () => {
    // The scenario rows of the old version are off (the base); in the new one the two dekking rows count as plain rows.
    const nieuw = DEKKING_SCENARIOS.map((r) => (r[6] === 'Wbi naar rato' || r[6] === 'AZWA' ? [...r.slice(0, 6), null] : r));
    const v = (veld: string, periode: string) =>
      f.verschilFn(OPGAVE_SCENARIOS, DEKKING_SCENARIOS, OPGAVE_SCENARIOS, nieuw, veld, periode, NULL);
    expect(v('restrijksopgave', '2030 t/m 2035')).toBe(-43);
    expect(v('restopgave', 'tot 2030')).toBe(-61);
    expect(v('rijksdekking', NULL)).toBe(43 + 61);
  });

  it('errors as the other functions give them: the version named, #N/A for a periode or pijler not there', () => {
    const kapot = gewijzigd(OPGAVE_TABEL, ['tot 2030', 'Fysiek', 'Nieuwbouw'], 'Opgave', 'n.b.');
    expect(errorOf(() => verschil(kapot))).toEqual(['#VALUE!', "nieuw: de tabel bevat een fout: Opgave!D2: 'n.b.' is geen bedrag"]);
    expect(errorOf(() => verschil(NIEUWBOUW_545, 'overschot'))[0]).toBe('#VALUE!');
    expect(errorOf(() => verschil(NIEUWBOUW_545, 'overschot'))[1]).toMatch(
      /^veld 'overschot' is onbekend; verwacht "opgave", "dekking", "restopgave", "restopgave per onderdeel"/,
    );
    expect(errorOf(() => verschil(NIEUWBOUW_545, NULL, '2040'))).toEqual([
      '#N/A',
      "periode '2040' komt niet voor in de tabellen (wel: tot 2030, 2030 t/m 2035)",
    ]);
    expect(errorOf(() => verschil(NIEUWBOUW_545, NULL, NULL, 'Rijk'))[0]).toBe('#VALUE!');
  });
});
