import { findHeader } from '../../../src/workbook/read/findHeader';
import { DEKKING, OPGAVE, PERIODEN, VERDEELSLEUTELS } from '../../../src/workbook/sheetDefs';
import type { CellValue } from '../../../src/workbook/port';
import { grid } from '../../contract/grids';

const NEAT = ['Periode', 'Pijler', 'Onderdeel', 'Opgave'];

describe('the header row', () => {
  it('is the first row holding every required header; title rows above are ignored', () => {
    const rows: CellValue[][] = [['Opgave NPLV (mln euro)'], [], ['Bron: seed 002'], NEAT, ['tot 2030', 'Fysiek', 'Nieuwbouw', 445]];
    const found = findHeader(grid('Opgave', rows), OPGAVE);
    expect(found).toEqual({ ok: true, kop: { rij: 4, kolommen: { periode: 1, pijler: 2, onderdeel: 3, opgave: 4 } }, meldingen: [] });
  });

  it('counts rows and columns from the used range’s top-left', () => {
    const found = findHeader(grid('Opgave', [NEAT], 3, 2), OPGAVE);
    expect(found).toEqual({ ok: true, kop: { rij: 3, kolommen: { periode: 2, pijler: 3, onderdeel: 4, opgave: 5 } }, meldingen: [] });
  });

  it.each([
    [
      OPGAVE,
      ['PERIODE', 'pijler', 'Thema', 'Focusgebied', 'Totale  opgave', 'Rijksaandeel'],
      { periode: 1, pijler: 2, onderdeel: 3, gebied: 4, opgave: 5, verdeelsleutel: 6 },
    ],
    [
      OPGAVE,
      ['Périodé', 'Pijler', 'Component', 'Bedrag', 'Sleutel'],
      { periode: 1, pijler: 2, onderdeel: 3, opgave: 4, verdeelsleutel: 5 },
    ],
    [
      DEKKING,
      ['Periode', 'Pijler', 'Regeling', 'Toegerekend aan', 'Cofin.', 'Rijksfin.'],
      { periode: 1, pijler: 2, bron: 3, onderdeel: 4, cofinanciering: 5, rijksfinanciering: 6 },
    ],
    [
      DEKKING,
      ['Periode', 'Pijler', 'Dekkingsbron', 'Thema', 'Gebied', 'C o f i n', 'Rijks fin'],
      { periode: 1, pijler: 2, bron: 3, onderdeel: 4, gebied: 5, cofinanciering: 6, rijksfinanciering: 7 },
    ],
    [VERDEELSLEUTELS, ['Pijler', 'Onderdeel', 'Verdeelsleutel'], { pijler: 1, onderdeel: 2, rijksaandeel: 3 }],
    [PERIODEN, ['Periode', 'Van', 'Tot en met'], { periode: 1, eersteJaar: 2, laatsteJaar: 3 }],
    [PERIODEN, ['Periode', 'Eerste jaar', 'Laatste  jaar.'], { periode: 1, eersteJaar: 2, laatsteJaar: 3 }],
  ])('%#: synonyms, case, accents, dots and spaces', (def, headers, kolommen) => {
    expect(findHeader(grid('x', [headers]), def)).toEqual({ ok: true, kop: { rij: 1, kolommen }, meldingen: [] });
  });

  // Issue 12: two headers for one field were read silently (the leftmost); now a word, or an error.
  it('a field named twice by its own name: an error naming both headers and the names read, the leftmost read', () => {
    const found = findHeader(grid('Opgave', [[...NEAT, 'Opgave']]), OPGAVE);
    expect(found).toEqual({
      ok: true,
      kop: { rij: 1, kolommen: { periode: 1, pijler: 2, onderdeel: 3, opgave: 4 } },
      meldingen: [
        {
          ernst: 'fout',
          blad: 'Opgave',
          cel: 'D1',
          bericht:
            "kolommen D1 'Opgave' en E1 'Opgave' zijn allebei de kolom Opgave; laat er één over (namen voor Opgave: Opgave, Totale opgave, Bedrag)",
        },
      ],
    });
  });

  it('a field named by its own name and a synonym: the own name read, the other named in a warning', () => {
    const found = findHeader(grid('Opgave', [['Periode', 'Pijler', 'Onderdeel', 'Totale opgave', 'Add-on', 'Opgave']]), OPGAVE);
    expect(found).toEqual({
      ok: true,
      kop: { rij: 1, kolommen: { periode: 1, pijler: 2, onderdeel: 3, opgave: 6 } },
      meldingen: [
        { ernst: 'waarschuwing', blad: 'Opgave', cel: 'F1', bericht: "kolom F1 'Opgave' gelezen als Opgave; D1 'Totale opgave' genegeerd" },
      ],
    });
  });

  it('one message per field named twice: a warning where one header is its own name, else an error', () => {
    const found = findHeader(grid('Dekking', [['Periode', 'Pijler', 'Bron', 'Cofin', 'Cofin.', 'Cofinanciering ', 'Rijksfin']]), DEKKING);
    // 'Cofinanciering ' is the own name (spaces do not count): a warning naming D1 and E1.
    expect(found.ok && found.meldingen.map((m) => `${m.ernst} ${m.cel}: ${m.bericht}`)).toEqual([
      "waarschuwing F1: kolom F1 'Cofinanciering' gelezen als Cofinanciering; D1 'Cofin' en E1 'Cofin.' genegeerd",
    ]);
    const zonder = findHeader(grid('Dekking', [['Periode', 'Pijler', 'Bron', 'Cofin', 'Cofin.', 'Rijksfin', 'Regeling']]), DEKKING);
    expect(zonder.ok && zonder.meldingen.map((m) => `${m.ernst} ${m.cel}: ${m.bericht}`)).toEqual([
      "waarschuwing C1: kolom C1 'Bron' gelezen als Bron; G1 'Regeling' genegeerd",
      "fout D1: kolommen D1 'Cofin' en E1 'Cofin.' zijn allebei de kolom Cofinanciering; laat er één over (namen voor Cofinanciering: Cofinanciering, Cofin., Cofin)",
    ]);
  });

  it('a header with a unit in brackets names its column, and its unit is kept with its cell', () => {
    const found = findHeader(grid('Opgave', [['Periode', 'Pijler', 'Onderdeel', 'Opgave (mln €)', 'Rijksaandeel [%]']]), OPGAVE);
    expect(found).toEqual({
      ok: true,
      kop: {
        rij: 1,
        kolommen: { periode: 1, pijler: 2, onderdeel: 3, opgave: 4, verdeelsleutel: 5 },
        eenheden: { opgave: { tekst: 'mln €', cel: 'D1' }, verdeelsleutel: { tekst: '%', cel: 'E1' } },
      },
      meldingen: [],
    });
  });

  it.each([
    [['Periode', 'Pijler', 'Onderdeel', 'Opgav'], "kolom 'Opgave' ontbreekt in de kopregel (rij 1); bedoelt u D1 'Opgav'?"],
    [['Periode', 'Pijler', 'Onderdeel', 'Opgave 2026'], "kolom 'Opgave' ontbreekt in de kopregel (rij 1); bedoelt u D1 'Opgave 2026'?"],
    [
      ['Periode', 'Pijlers', 'Onderdeel', 'Kosten'],
      "kolommen 'Pijler', 'Opgave' ontbreken in de kopregel (rij 1); bedoelt u B1 'Pijlers' (Pijler)?",
    ],
    [['Periode', 'Pijler', 'Onderdeel', 'Kosten'], "kolom 'Opgave' ontbreekt in de kopregel (rij 1)"],
  ])('%#: a header that nearly names a missing column is named in the message', (headers, bericht) => {
    expect(findHeader(grid('Opgave', [headers]), OPGAVE)).toMatchObject({ ok: false, fout: { cel: 'A1', bericht } });
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
      fout: {
        ernst: 'fout',
        blad: 'Opgave',
        cel: '',
        bericht: 'geen kopregel gevonden in de eerste 10 rijen (nodig: Periode, Pijler, Onderdeel, Opgave)',
      },
    });
    expect(findHeader(grid('Opgave', rows.slice(1)), OPGAVE)).toMatchObject({ ok: true, kop: { rij: 10 } });
  });
});
