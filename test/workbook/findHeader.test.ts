import { findHeader } from '../../src/workbook/findHeader';
import { DEKKING, OPGAVE, PERIODEN, VERDEELSLEUTELS } from '../../src/workbook/sheetDefs';
import type { CellValue } from '../../src/workbook/port';
import { grid } from './grids';

const NEAT = ['Periode', 'Pijler', 'Onderdeel', 'Opgave'];

describe('the header row', () => {
  it('is the first row holding every required header; title rows above are ignored', () => {
    const rows: CellValue[][] = [['Opgave NPLV (mln euro)'], [], ['Bron: seed 002'], NEAT, ['tot 2030', 'Fysiek', 'Nieuwbouw', 445]];
    const found = findHeader(grid('Opgave', rows), OPGAVE);
    expect(found).toEqual({ ok: true, kop: { rij: 4, kolommen: { periode: 1, pijler: 2, onderdeel: 3, opgave: 4 } } });
  });

  it('counts rows and columns from the used range’s top-left', () => {
    const found = findHeader(grid('Opgave', [NEAT], 3, 2), OPGAVE);
    expect(found).toEqual({ ok: true, kop: { rij: 3, kolommen: { periode: 2, pijler: 3, onderdeel: 4, opgave: 5 } } });
  });

  it.each([
    [OPGAVE, ['PERIODE', 'pijler', 'Thema', 'Focusgebied', 'Totale  opgave', 'Rijksaandeel'], { periode: 1, pijler: 2, onderdeel: 3, gebied: 4, opgave: 5, verdeelsleutel: 6 }],
    [OPGAVE, ['Périodé', 'Pijler', 'Component', 'Bedrag', 'Sleutel'], { periode: 1, pijler: 2, onderdeel: 3, opgave: 4, verdeelsleutel: 5 }],
    [DEKKING, ['Periode', 'Pijler', 'Regeling', 'Toegerekend aan', 'Cofin.', 'Rijksfin.'], { periode: 1, pijler: 2, bron: 3, onderdeel: 4, cofinanciering: 5, rijksfinanciering: 6 }],
    [DEKKING, ['Periode', 'Pijler', 'Dekkingsbron', 'Thema', 'Gebied', 'C o f i n', 'Rijks fin'], { periode: 1, pijler: 2, bron: 3, onderdeel: 4, gebied: 5, cofinanciering: 6, rijksfinanciering: 7 }],
    [VERDEELSLEUTELS, ['Pijler', 'Onderdeel', 'Verdeelsleutel'], { pijler: 1, onderdeel: 2, rijksaandeel: 3 }],
    [PERIODEN, ['Periode', 'Van', 'Tot en met'], { periode: 1, eersteJaar: 2, laatsteJaar: 3 }],
    [PERIODEN, ['Periode', 'Eerste jaar', 'Laatste  jaar.'], { periode: 1, eersteJaar: 2, laatsteJaar: 3 }],
  ])('%#: synonyms, case, accents, dots and spaces', (def, headers, kolommen) => {
    expect(findHeader(grid('x', [headers]), def)).toEqual({ ok: true, kop: { rij: 1, kolommen } });
  });

  it('takes the first matching column when a header repeats', () => {
    const found = findHeader(grid('Opgave', [[...NEAT, 'Opgave']]), OPGAVE);
    expect(found.ok && found.kop.kolommen.opgave).toBe(4);
  });

  it('names the missing columns and the row that came closest', () => {
    const rows: CellValue[][] = [['Opgave'], ['Periode', 'Pijler', 'Naam', 'Kosten']];
    expect(findHeader(grid('Opgave', rows), OPGAVE)).toEqual({
      ok: false,
      fout: { ernst: 'fout', blad: 'Opgave', cel: 'A2', bericht: "kolommen 'Onderdeel', 'Opgave' ontbreken in de kopregel (rij 2)" },
    });
  });

  it('names a single missing column in the singular', () => {
    const found = findHeader(grid('Dekking', [['Periode', 'Pijler', 'Bron', 'Cofinanciering']], 1, 3), DEKKING);
    expect(found).toMatchObject({ ok: false, fout: { cel: 'C1', bericht: "kolom 'Rijksfinanciering' ontbreekt in de kopregel (rij 1)" } });
  });

  it('looks no further than the first 10 rows of the sheet', () => {
    const rows: CellValue[][] = [...Array.from({ length: 10 }, (_, i) => [`notitie ${i + 1}`]), NEAT];
    expect(findHeader(grid('Opgave', rows), OPGAVE)).toEqual({
      ok: false,
      fout: { ernst: 'fout', blad: 'Opgave', cel: '', bericht: 'geen kopregel gevonden in de eerste 10 rijen (nodig: Periode, Pijler, Onderdeel, Opgave)' },
    });
    expect(findHeader(grid('Opgave', rows.slice(1)), OPGAVE)).toMatchObject({ ok: true, kop: { rij: 10 } });
  });
});
