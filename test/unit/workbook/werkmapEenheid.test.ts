import { readInput } from '../../../src/workbook/read/readInput';
import type { CellValue } from '../../../src/workbook/port';
import { grid } from '../../contract/grids';

const OPGAVE_KOP = ['Periode', 'Pijler', 'Onderdeel', 'Opgave'];
const DEKKING_KOP = ['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering', 'Rijksfinanciering'];
const NIEUWBOUW = ['tot 2030', 'Fysiek', 'Nieuwbouw', 445];
const D_NIEUWBOUW = ['tot 2030', 'Fysiek', 'Realisatiestimulans', 'Nieuwbouw', 145, 145];

/** Opgave and Dekking with these rows above their header rows and these headers; more sheets after. */
function lees(
  o: { boven?: CellValue[][]; kop?: CellValue[] } = {},
  d: { boven?: CellValue[][]; kop?: CellValue[] } = {},
  ...meer: ReturnType<typeof grid>[]
) {
  const lezing = readInput([
    grid('Opgave', [...(o.boven ?? []), o.kop ?? OPGAVE_KOP, NIEUWBOUW]),
    grid('Dekking', [...(d.boven ?? []), d.kop ?? DEKKING_KOP, D_NIEUWBOUW]),
    ...meer,
  ]);
  return {
    eenheid: lezing.eenheid.tekst,
    notatie: lezing.eenheid.getalnotatie,
    fouten: lezing.meldingen.map((m) => `${m.blad}!${m.cel}: ${m.bericht}`),
  };
}

const BEKEND = 'bekend: euro (€), duizend euro (x € 1.000, k€), mln euro (x € 1 mln, miljoen) of mld euro (miljard)';

describe('the unit of a workbook', () => {
  it('is mln euro when the workbook states none', () => {
    expect(lees()).toEqual({ eenheid: 'mln euro', notatie: '#,##0.0', fouten: [] });
  });

  it('is read from the header of an amount column: Opgave (€) is euro, #,##0', () => {
    expect(lees({ kop: ['Periode', 'Pijler', 'Onderdeel', 'Opgave (€)'] })).toEqual({ eenheid: 'euro', notatie: '#,##0', fouten: [] });
  });

  it('is read from the headers of both sheets when they agree, however they write it', () => {
    const d = { kop: ['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering (x € 1 mld)', 'Rijksfinanciering [miljard]'] };
    expect(lees({ kop: ['Periode', 'Pijler', 'Onderdeel', 'Opgave (mld €)'] }, d)).toEqual({
      eenheid: 'mld euro',
      notatie: '#,##0.00',
      fouten: [],
    });
  });

  it.each([
    ['Bedragen in euro', 'euro'],
    ['Bedragen x € 1.000', 'duizend euro'],
    ['Opgave NPLV (bedragen x € 1 mln)', 'mln euro'],
    ['Bron: Rebel, 28 januari 2026 (in opdracht van VRO). Bedragen in mld euro.', 'mld euro'],
    ['De bedragen in deze tabel zijn in duizenden euro, prijspeil 2026', 'duizend euro'],
    ['Opgave NPLV (k€)', 'duizend euro'],
    ['Eenheid: euro', 'euro'],
  ])('is read from a title row: %s', (titel, eenheid) => {
    expect(lees({ boven: [[titel]] }).eenheid).toBe(eenheid);
  });

  it('is read from an Eenheid setting above the header of the Perioden sheet, the unit in the next cell', () => {
    const perioden = grid('Perioden', [
      ['Eenheid', null, 'x € 1.000'],
      [],
      ['Periode', 'Eerste jaar', 'Laatste jaar'],
      ['tot 2030', 2026, 2029],
    ]);
    expect(lees({}, {}, perioden)).toEqual({ eenheid: 'duizend euro', notatie: '#,##0', fouten: [] });
  });

  it('ignores a bracket and a title that speak of no unit: the header is still Opgave', () => {
    expect(
      lees({
        boven: [['Opgave NPLV (raming, versie 3)'], ['Bedragen zijn indicatief']],
        kop: ['Periode', 'Pijler', 'Onderdeel', 'Opgave (raming)'],
      }),
    ).toEqual({
      eenheid: 'mln euro',
      notatie: '#,##0.0',
      fouten: [],
    });
  });

  it('is an error at each cell that differs from the first statement, naming it', () => {
    const o = { kop: ['Periode', 'Pijler', 'Onderdeel', 'Opgave (mln €)'] };
    const d = {
      boven: [['Bedragen in euro']],
      kop: ['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering (euro)', 'Rijksfinanciering (miljoen)'],
    };
    expect(lees(o, d).fouten).toEqual([
      "Dekking!A1: eenheid 'euro' wijkt af van 'mln €' in Opgave!D1; gebruik één eenheid",
      "Dekking!E2: eenheid 'euro' wijkt af van 'mln €' in Opgave!D1; gebruik één eenheid",
    ]);
  });

  it('is an error when a setting in Perioden differs from a title in Opgave', () => {
    const perioden = grid('Perioden', [
      ['Eenheid:', 'mld'],
      ['Periode', 'Eerste jaar', 'Laatste jaar'],
      ['tot 2030', 2026, 2029],
    ]);
    expect(lees({ boven: [['Bedragen in mln euro']] }, {}, perioden).fouten).toEqual([
      "Perioden!B1: eenheid 'mld' wijkt af van 'mln euro' in Opgave!A1; gebruik één eenheid",
    ]);
  });

  it('is an error where a unit is stated that it cannot read, or an Eenheid setting holds none', () => {
    const sleutels = grid('Verdeelsleutels', [['Eenheid'], ['Pijler', 'Onderdeel', 'Rijksaandeel'], ['Fysiek', 'Nieuwbouw', 0.5]]);
    const o = { boven: [['Bedragen in dollars']], kop: ['Periode', 'Pijler', 'Onderdeel', 'Opgave (x € 10.000)'] };
    expect(lees(o, {}, sleutels).fouten).toEqual([
      `Opgave!D2: eenheid 'x € 10.000' is onbekend; ${BEKEND}`,
      `Verdeelsleutels!A1: naast 'Eenheid' staat geen eenheid; ${BEKEND}`,
    ]);
  });

  it('reads no unit below the header row: a data cell saying euro is data', () => {
    const lezing = readInput([
      grid('Opgave', [OPGAVE_KOP, NIEUWBOUW, [null, null, 'Bedragen in euro']]),
      grid('Dekking', [DEKKING_KOP, D_NIEUWBOUW]),
    ]);
    expect(lezing.eenheid.tekst).toBe('mln euro');
  });
});
