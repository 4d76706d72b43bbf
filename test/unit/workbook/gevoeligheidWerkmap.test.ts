import { gevoeligheidWerkmap, MemoryWorkbook } from '../../../src/workbook';

type Rij = (string | number | null)[];
const werkmap = (opgave: Rij[], dekking: Rij[] = []) =>
  new MemoryWorkbook({
    Opgave: { values: [['Periode', 'Pijler', 'Onderdeel', 'Opgave', 'Verdeelsleutel', 'Scenario'], ...opgave] },
    Dekking: { values: [['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering', 'Rijksfinanciering', 'Scenario'], ...dekking] },
  });

async function gelukt(port: MemoryWorkbook, opties: Parameters<typeof gevoeligheidWerkmap>[1]) {
  const u = await gevoeligheidWerkmap(port, opties);
  if (!u.ok) throw new Error(JSON.stringify(u.meldingen));
  return u;
}

describe('gevoeligheidWerkmap', () => {
  it('a scenario on whose rows are all in another periode: the keys of this periode are varied all the same', async () => {
    // tot 2030: Nieuwbouw 445 at 50%, Rijk 145: +10 pp → rest 77,5 → 122, Δ +44,5. 2030 t/m 2035: Onderwijs 200 + 100 (scenario
    // Extra, on) at 75%, no dekking: +10 pp → Δ 300 × 10% = 30.
    const port = werkmap(
      [
        ['tot 2030', 'Fysiek', 'Nieuwbouw', 445, 0.5, null],
        ['2030 t/m 2035', 'Sociaal-maatschappelijk', 'Onderwijs', 200, 0.75, null],
        ['2030 t/m 2035', 'Sociaal-maatschappelijk', 'Onderwijs', 100, 0.75, 'Extra'],
      ],
      [['tot 2030', 'Fysiek', 'Wbi', 'Nieuwbouw', 145, 145, null]],
    );
    const { gevoeligheid } = await gelukt(port, { scenarios: ['Extra'], stappen: [10], schrijven: false });
    const plus10 = (onderdeel: string) =>
      gevoeligheid.sleutels.find((s) => s.onderdeel === onderdeel)!.varianten.find((v) => v.stap === 10)!.delta;
    expect([plus10('Nieuwbouw').restOnderdeel.toNumber(), plus10('Onderwijs').totaalSaldering.toNumber()]).toEqual([44.5, 30]);
  });

  it('the tornado shows the first 15 keys (the largest Δ), right of the table; rijVan gives each key its row', async () => {
    // Twenty onderdelen of opgave 101 … 120 at 50%, no dekking: ±5 pp moves each by 5% of its opgave, the largest first.
    const opgave = Array.from({ length: 20 }, (_, i): Rij => ['tot 2030', 'Fysiek', `Onderdeel ${i + 1}`, 101 + i, 0.5, null]);
    const port = werkmap(opgave);
    const u = await gelukt(port, { stappen: [5], nu: new Date(2026, 11, 3, 4, 0) });
    expect(u.gevoeligheid.sleutels.map((s) => s.onderdeel).slice(0, 2)).toEqual(['Onderdeel 20', 'Onderdeel 19']);
    const [blad] = await port.readSheets(['NPLV Gevoeligheid']);
    const kop = blad.values.findIndex((r) => r[0] === 'Sleutel van') + 1;
    expect(blad.values[kop][0]).toBe('Onderdeel 20 — tot 2030');
    expect(blad.values[kop].slice(8, 14)).toEqual([-6, -6, -6, 6, 6, 6]); // Δ onderdeel, pijler, totaal at −5 and +5 pp: 120 × 5%
    expect(blad.charts).toEqual([
      {
        title: 'Δ rest-Rijksopgave totaal (saldering) bij −5 en +5 pp (mln euro)',
        type: 'barClustered',
        categories: { top: kop + 1, column: 1, rows: 15 },
        series: [
          { name: 'Δ totaal (saldering) −5 pp', column: 11 },
          { name: 'Δ totaal (saldering) +5 pp', column: 14 },
        ],
        nameRow: kop,
        anchor: `P${kop}`,
        to: `W${kop + 18}`,
        valueFormat: '#,##0.0',
      },
    ]);
    expect([u.rijVan(0), u.rijVan(19), u.rijVan(20)]).toEqual([`A${kop + 1}:N${kop + 1}`, `A${kop + 20}:N${kop + 20}`, undefined]);
  });
});
