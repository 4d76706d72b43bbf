import { readInput } from '../../../src/workbook/read/readInput';
import type { CellValue } from '../../../src/workbook/port';
import { grid } from '../../contract/grids';

const DEKKING_HEAD = ['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering', 'Rijksfinanciering'];
const dekking = (rows: CellValue[][] = []) => grid('Dekking', [DEKKING_HEAD, ...rows]);
const str = (x: { toString(): string } | undefined) => x?.toString();

describe('readInput: Opgave rows', () => {
  const opgave = grid('Opgave', [
    ['Opgave NPLV'],
    ['Periode', 'Pijler', 'Onderdeel', 'Gebied', 'Opgave', 'Verdeelsleutel'],
    ['tot 2030', 'Fysiek', 'Nieuwbouw', 'Rotterdam-Zuid', 445, '50%'],
    [],
    [null, null, null, null, null, null],
    ['tot 2030', 'Fysiek', 'Leefomgeving', null, 1234.5, null],
    ['tot 2030', 'Fysiek', 'Totaal fysiek', null, 1679.5],
  ]);
  const { invoer, meldingen, plaatsen } = readInput([opgave, dekking()]);

  it('reads every data row, skipping blank rows and the title above the header', () => {
    expect(meldingen).toEqual([]);
    expect(invoer.opgave.map((r) => [r.periode, r.pijler, r.onderdeel, r.gebied, str(r.opgave), str(r.verdeelsleutel)])).toEqual([
      ['tot 2030', 'Fysiek', 'Nieuwbouw', 'Rotterdam-Zuid', '445', '0.5'],
      ['tot 2030', 'Fysiek', 'Leefomgeving', '', '1234.5', undefined],
    ]);
  });

  it('names the cell of every field in herkomst', () => {
    const { blad, rij, cellen, decimalen, procent } = invoer.opgave[1].herkomst!;
    expect({ blad, rij, cellen, decimalen, procent }).toEqual({
      blad: 'Opgave',
      rij: 6,
      cellen: { periode: 'A6', pijler: 'B6', onderdeel: 'C6', gebied: 'D6', opgave: 'E6', verdeelsleutel: 'F6' },
    });
  });

  it('keeps of a row only its sheet and row, and names its cells and their formats when asked', () => {
    const g = grid('Opgave', [
      ['Periode', 'Pijler', 'Onderdeel', 'Gebied', 'Opgave', 'Verdeelsleutel'],
      ['tot 2030', 'Fysiek', 'Nieuwbouw', null, 445.25, 0.5],
      ['tot 2030', 'Fysiek', 'Sloop', null, 12, '150%'],
    ]);
    g.numberFormats[1] = ['General', 'General', 'General', 'General', '#,##0.0', '0%'];
    const [eerste, tweede] = readInput([g, dekking()]).invoer.opgave.map((r) => r.herkomst!);
    expect(Object.keys(eerste).sort()).toEqual(['blad', 'rij']);
    expect([eerste.cellen.opgave, eerste.decimalen, eerste.procent]).toEqual(['E2', { opgave: 1, verdeelsleutel: 2 }, ['verdeelsleutel']]);
    expect([tweede.cellen, tweede.decimalen, tweede.procent]).toEqual([
      { periode: 'A3', pijler: 'B3', onderdeel: 'C3', gebied: 'D3', opgave: 'E3', verdeelsleutel: 'F3' },
      undefined,
      ['verdeelsleutel'],
    ]);
  });

  it('makes the Totaal row a control row over the rows above it, with the amount typed', () => {
    expect(invoer.controles).toHaveLength(1);
    const [c] = invoer.controles!;
    expect([c.blad, c.soort, c.label, c.regels, str(c.bedragen.opgave), c.herkomst?.rij]).toEqual([
      'opgave',
      'totaal',
      'Totaal fysiek',
      [0, 1],
      '1679.5',
      7,
    ]);
    expect(Object.keys(c.bedragen)).toEqual(['opgave']);
  });

  it('keeps the places for writing back', () => {
    expect(plaatsen.opgave).toMatchObject({ blad: 'Opgave', kop: { rij: 2 }, dataRijen: [3, 6], controles: [{ index: 0, rij: 7 }] });
  });
});

describe('readInput: control rows', () => {
  it('recognises a label in the first text cell when onderdeel is empty, and Waarvan rows', () => {
    const opgave = grid('Opgave', [
      ['Periode', 'Pijler', 'Onderdeel', 'Opgave'],
      ['tot 2030', 'Fysiek', 'Nieuwbouw', 445],
      ['Totale opgave', null, null, 445],
      ['tot 2030', null, 'Waarvan Rijksdeel', 222.5],
      ['tot 2030', 'Fysiek', 'Nieuwbouw', null],
      ['Subtotaal', null, null, null],
    ]);
    const { invoer } = readInput([opgave, dekking()]);
    expect(invoer.opgave).toHaveLength(2);
    expect(invoer.controles!.map((c) => [c.soort, c.label, c.regels, Object.keys(c.bedragen)])).toEqual([
      ['totaal', 'Totale opgave', [0], ['opgave']],
      ['waarvan', 'Waarvan Rijksdeel', [0], ['opgave']],
      ['subtotaal', 'Subtotaal', [1], []],
    ]);
  });

  it('on the Dekking sheet: the label may stand in Bron; amounts are cofinanciering and Rijksfinanciering', () => {
    const d = dekking([
      ['tot 2030', 'Fysiek', 'ORV-regeling', 'Leefomgeving', 0, 180],
      ['tot 2030', 'Fysiek', 'Realisatiestimulans', 'Nieuwbouw', 145, 145],
      ['tot 2030', 'Fysiek', 'Totale dekking fysiek', null, '-', 325],
    ]);
    const { invoer, plaatsen } = readInput([grid('Opgave', [['Periode', 'Pijler', 'Onderdeel', 'Opgave']]), d]);
    expect(invoer.dekking).toHaveLength(2);
    const [c] = invoer.controles!;
    expect([c.blad, c.soort, c.regels, str(c.bedragen.cofinanciering), str(c.bedragen.rijksfinanciering)]).toEqual([
      'dekking',
      'totaal',
      [0, 1],
      '0',
      '325',
    ]);
    expect(plaatsen.dekking?.controles).toEqual([{ index: 0, rij: 4 }]);
  });

  it('numbers Dekking control rows after the Opgave control rows', () => {
    const o = grid('Opgave', [
      ['Periode', 'Pijler', 'Onderdeel', 'Opgave'],
      ['tot 2030', 'Fysiek', 'Nieuwbouw', 1],
      ['Totaal', null, null, 1],
    ]);
    const d = dekking([
      ['tot 2030', 'Fysiek', 'X', 'Nieuwbouw', 1, 0],
      ['Totaal', null, null, null, 1, 0],
    ]);
    const { invoer, plaatsen } = readInput([o, d]);
    expect(invoer.controles!.map((c) => c.blad)).toEqual(['opgave', 'dekking']);
    expect(plaatsen.dekking?.controles).toEqual([{ index: 1, rij: 3 }]);
  });
});

describe('readInput: errors, all in one pass, each with its place', () => {
  it('reports bad cells and keeps the row with the amount as 0', () => {
    const opgave = grid('Opgave', [
      ['Periode', 'Pijler', 'Onderdeel', 'Gebied', 'Opgave'],
      ['tot 2030', 'Fysiek', 'Nieuwbouw', null, 445],
      ['tot 2030', 'Fysiek', 'Leefomgeving', null, 'n.b.'],
      ['tot 2030', 'Fysiek', 'Nieuwbouw', null, -5],
      [{ error: '#REF!' }, 'Fysiek', 'Nieuwbouw', null, { error: '#N/A' }],
    ]);
    const d = dekking([['tot 2030', 'Fysiek', 'WoKT', null, 'veel', -1]]);
    const { invoer, meldingen } = readInput([opgave, d]);
    expect(meldingen.map((m) => `${m.blad}!${m.cel}: ${m.bericht}`)).toEqual([
      "Opgave!E3: 'n.b.' is geen bedrag",
      'Opgave!E4: opgave -5 is negatief',
      'Opgave!A5: de cel bevat de foutwaarde #VERW!',
      'Opgave!E5: de cel bevat de foutwaarde #N/B',
      "Dekking!E2: 'veel' is geen bedrag",
      'Dekking!F2: Rijksfinanciering -1 is negatief',
    ]);
    expect(meldingen.every((m) => m.ernst === 'fout')).toBe(true);
    expect(invoer.opgave.map((r) => str(r.opgave))).toEqual(['445', '0', '0', '0']);
    expect(invoer.dekking.map((r) => [str(r.cofinanciering), str(r.rijksfinanciering)])).toEqual([['0', '0']]);
  });

  it('reports a missing required sheet by its name and the names also accepted', () => {
    const { meldingen, invoer } = readInput([dekking([['tot 2030', 'Fysiek', 'X', null, 1, 1]])]);
    expect(meldingen).toEqual([{ ernst: 'fout', blad: 'Opgave', cel: '', bericht: "blad 'Opgave' ontbreekt (ook goed: Opgaven)" }]);
    expect(invoer.opgave).toEqual([]);
    expect(invoer.dekking).toHaveLength(1);
  });

  it('reports a missing column with the header row found, and reads no rows of that sheet', () => {
    const opgave = grid('Opgaven', [
      ['Periode', 'Pijler', 'Onderdeel', 'Kosten'],
      ['tot 2030', 'Fysiek', 'Nieuwbouw', 'x'],
    ]);
    const { meldingen, invoer } = readInput([opgave, dekking()]);
    expect(meldingen).toEqual([{ ernst: 'fout', blad: 'Opgaven', cel: 'A1', bericht: "kolom 'Opgave' ontbreekt in de kopregel (rij 1)" }]);
    expect(invoer.opgave).toEqual([]);
  });
});

describe('readInput: the optional sheets', () => {
  const opgave = grid('Opgave', [['Periode', 'Pijler', 'Onderdeel', 'Opgave']]);

  it('reads Verdeelsleutels and Perioden rows with their places', () => {
    const sleutels = grid('verdeelsleutel', [
      ['Pijler', 'Onderdeel', 'Verdeelsleutel'],
      ['Fysiek', 'Nieuwbouw', 0.4],
      ['Sociaal-maatschappelijk', '*', '80 %'],
    ]);
    const perioden = grid('Perioden', [['Kader 2026'], ['Periode', 'Van', 'Tot en met'], ['na 2035', 2036, '2040']]);
    const { invoer, meldingen } = readInput([opgave, dekking(), sleutels, perioden]);
    expect(meldingen).toEqual([]);
    expect(invoer.verdeelsleutels!.map((s) => [s.pijler, s.onderdeel, str(s.rijksaandeel), s.herkomst?.cellen.rijksaandeel])).toEqual([
      ['Fysiek', 'Nieuwbouw', '0.4', 'C2'],
      ['Sociaal-maatschappelijk', '*', '0.8', 'C3'],
    ]);
    expect(invoer.perioden!.map((p) => [p.periode, p.eersteJaar, p.laatsteJaar, p.herkomst?.cellen.laatsteJaar])).toEqual([
      ['na 2035', 2036, 2040, 'C3'],
    ]);
  });

  it('leaves out (and reports) rows whose key or years are missing or wrong', () => {
    const sleutels = grid('Verdeelsleutels', [
      ['Pijler', 'Onderdeel', 'Rijksaandeel'],
      ['Fysiek', 'Nieuwbouw', null],
      ['Fysiek', 'Leefomgeving', 'veel'],
    ]);
    const perioden = grid('Perioden', [
      ['Periode', 'Eerste jaar', 'Laatste jaar'],
      ['na 2035', 2036, null],
      [null, 2036, 2040],
    ]);
    const { invoer, meldingen } = readInput([opgave, dekking(), sleutels, perioden]);
    expect(meldingen.map((m) => `${m.blad}!${m.cel}: ${m.bericht}`)).toEqual([
      "Verdeelsleutels!C3: 'veel' is geen verdeelsleutel (verwacht: een getal als 0,3 of een percentage als 30%)",
      'Verdeelsleutels!C2: rijksaandeel is leeg',
      'Perioden!C2: laatste jaar is leeg',
      'Perioden!A3: periode is leeg',
    ]);
    expect(invoer.verdeelsleutels).toEqual([]);
    expect(invoer.perioden).toEqual([]);
  });

  it('is absent without a complaint', () => {
    const { invoer, meldingen } = readInput([opgave, dekking()]);
    expect([meldingen, invoer.verdeelsleutels, invoer.perioden]).toEqual([[], [], []]);
  });
});
