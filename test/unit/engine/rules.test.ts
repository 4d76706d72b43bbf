import { bereken, Dec, type Invoer, type Melding } from '../../../src/engine';
import { at, dekking, opgave } from './build';
import { allRows } from '../../support/columns';

const OPGAVE_FIELDS = ['periode', 'pijler', 'onderdeel', 'gebied', 'opgave', 'verdeelsleutel'];
const DEKKING_FIELDS = ['periode', 'pijler', 'bron', 'onderdeel', 'gebied', 'cofinanciering', 'rijksfinanciering'];

function resultaat(invoer: Partial<Invoer>) {
  const u = bereken({ opgave: [], dekking: [], ...invoer });
  if (!u.ok) throw new Error(JSON.stringify(u.meldingen));
  return u.resultaat;
}

function fouten(invoer: Partial<Invoer>): Melding[] {
  const u = bereken({ opgave: [], dekking: [], ...invoer });
  if (u.ok) throw new Error('expected errors');
  return u.meldingen;
}

const onderdeelOf = (invoer: Partial<Invoer>, periode = 0, pijler = 0, onderdeel = 0) =>
  resultaat(invoer).perioden[periode].pijlers[pijler].onderdelen[onderdeel];

describe('default verdeelsleutels (MODEL.md, seed 002 footnote 4)', () => {
  it.each([
    ['Fysiek', 'Nieuwbouw', '0.5'],
    ['Fysiek', 'Herstructurering corporatievoorraad', '0.3'],
    ['Fysiek', 'Herstructurering particuliere voorraad', '0.7'],
    ['Fysiek', 'Leefomgeving', '0.75'],
    ['Fysiek', 'Openbare ruimte en voorzieningen', '0.75'],
    ['Fysiek', 'Bereikbaarheid en mobiliteit', '0.65'],
    ['Fysiek', 'Bereikbaarheid', '0.65'],
    ['Fysiek', 'bereikbaarheid  en MOBILITEIT', '0.65'],
    ['Sociaal-maatschappelijk', 'Onderwijs', '0.75'],
    ['Sociaal-maatschappelijk', 'Een nieuw thema', '0.75'],
    ['fysieke pijler', 'Nieuwbouw', '0.5'],
    ['Soc-maatsch. pijler', 'Veiligheid', '0.75'],
  ])('%s / %s → %s', (pijler, naam, sleutel) => {
    expect(onderdeelOf({ opgave: [opgave('tot 2030', pijler, naam, 100)] }).verdeelsleutel.toString()).toBe(sleutel);
  });

  it('a physical onderdeel without a key is an error at its cell, not a guess', () => {
    const m = fouten({ opgave: [opgave('tot 2030', 'Fysiek', 'Funderingsherstel', 500, { herkomst: at('Opgave', 7, OPGAVE_FIELDS) })] });
    expect(m).toEqual([
      expect.objectContaining({ ernst: 'fout', blad: 'Opgave', cel: 'C7', bericht: expect.stringContaining("'Funderingsherstel'") }),
    ]);
  });
});

describe('verdeelsleutels from the workbook', () => {
  const sleutel = (pijler: string, onderdeel: string, v: string) => ({ pijler, onderdeel, rijksaandeel: new Dec(v) });

  it.each([
    ['a sheet row overrides a default', [sleutel('Fysiek', 'Nieuwbouw', '0.4')], 'Nieuwbouw', undefined, '0.4'],
    ['a sheet row adds a physical onderdeel', [sleutel('Fysiek', 'Funderingsherstel', '0.5')], 'Funderingsherstel', undefined, '0.5'],
    ['`*` gives every physical onderdeel a key', [sleutel('Fysiek', '*', '0.6')], 'Funderingsherstel', undefined, '0.6'],
    ["`*` does not beat an onderdeel's own key", [sleutel('Fysiek', '*', '0.6')], 'Nieuwbouw', undefined, '0.5'],
    ['a per-row key beats the sheet', [sleutel('Fysiek', 'Nieuwbouw', '0.4')], 'Nieuwbouw', '0.25', '0.25'],
  ])('%s', (_name, verdeelsleutels, naam, rowKey, expected) => {
    const row = opgave('tot 2030', 'Fysiek', naam, 200, rowKey ? { verdeelsleutel: new Dec(rowKey) } : {});
    const o = onderdeelOf({ opgave: [row], verdeelsleutels });
    expect(o.verdeelsleutel.toString()).toBe(expected);
    expect(o.rijksdeel.toString()).toBe(new Dec(200).times(expected).toString());
  });

  it('marks the keys in force as standaard or werkmap', () => {
    const r = resultaat({ verdeelsleutels: [sleutel('Fysiek', 'Nieuwbouw', '0.4')] });
    const nieuwbouw = r.sleutels.find((s) => s.onderdeel === 'Nieuwbouw')!;
    expect([nieuwbouw.bron, nieuwbouw.rijksaandeel.toString()]).toEqual(['werkmap', '0.4']);
    expect(r.sleutels.find((s) => s.onderdeel === 'Leefomgeving')!.bron).toBe('standaard');
  });

  it('a key outside 0..1 is an error', () => {
    expect(fouten({ verdeelsleutels: [sleutel('Fysiek', 'Nieuwbouw', '1.5')] })[0].bericht).toMatch(/tussen 0 en 1/);
    expect(fouten({ opgave: [opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 1, { verdeelsleutel: new Dec(-0.1) })] })[0].bericht).toMatch(
      /tussen 0 en 1/,
    );
  });
});

describe('perioden', () => {
  it.each([
    ['tot 2030', 'tot 2030', 4],
    ['Tot 2030', 'tot 2030', 4],
    ['tot  2030', 'tot 2030', 4],
    ['2026-2029', 'tot 2030', 4],
    ['2026 t/m 2029', 'tot 2030', 4],
    ['2030 T/M 2035', '2030 t/m 2035', 6],
    ['2030-2035', '2030 t/m 2035', 6],
    ['2027 t/m 2028', '2027 t/m 2028', 2],
  ])('%s is periode %s of %i jaar', (naam, periode, jaren) => {
    const r = resultaat({ opgave: [opgave(naam, 'Sociaal', 'Onderwijs', 120)] });
    expect([r.perioden[0].periode, r.perioden[0].jaren]).toEqual([periode, jaren]);
    expect(r.perioden[0].pijlers[0].jaarlijkseRestopgave.toString()).toBe(new Dec(120).div(jaren).toString());
  });

  it('an unknown periode is an error naming the cell and the known perioden', () => {
    const m = fouten({ dekking: [dekking('tot 2031', 'Fysiek', '', 0, 5, { herkomst: at('Dekking', 4, ['bron', 'periode']) })] });
    expect(m).toEqual([
      { ernst: 'fout', blad: 'Dekking', cel: 'B4', bericht: "periode 'tot 2031' is onbekend (bekend: tot 2030, 2030 t/m 2035)" },
    ]);
  });

  it('a Perioden sheet adds a third periode and may redefine one', () => {
    const perioden = [
      { periode: '2036 t/m 2040', eersteJaar: 2036, laatsteJaar: 2040 },
      { periode: 'tot 2030', eersteJaar: 2027, laatsteJaar: 2029 },
    ];
    const r = resultaat({
      perioden,
      opgave: [opgave('2036 t/m 2040', 'Sociaal', 'Onderwijs', 100), opgave('tot 2030', 'Sociaal', 'Onderwijs', 90)],
    });
    expect(r.perioden.map((p) => [p.periode, p.jaren, p.pijlers[0].jaarlijkseRestopgave.toString()])).toEqual([
      ['2036 t/m 2040', 5, '20'],
      ['tot 2030', 3, '30'],
    ]);
    expect(r.periodenInGebruik.map((p) => p.bron)).toEqual(['werkmap', 'standaard', 'werkmap']);
  });

  it('a Perioden row with its years the wrong way round is an error', () => {
    const m = fouten({
      perioden: [{ periode: 'later', eersteJaar: 2040, laatsteJaar: 2036, herkomst: at('Perioden', 3, ['periode', 'eersteJaar']) }],
    });
    expect(m[0]).toMatchObject({ blad: 'Perioden', cel: 'B3' });
  });
});

describe('opgave and dekking per onderdeel', () => {
  it('several rows with the same key add up, each row keeping its own Rijksdeel', () => {
    const r = resultaat({
      opgave: [
        opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 300),
        opgave('tot 2030', 'Fysiek', 'nieuwbouw', 100, { verdeelsleutel: new Dec('0.3') }),
      ],
      dekking: [dekking('tot 2030', 'Fysiek', 'Nieuwbouw', 40, 40)],
    });
    const o = r.perioden[0].pijlers[0].onderdelen;
    expect(o).toHaveLength(1);
    expect([o[0].opgave, o[0].rijksdeel, o[0].verdeelsleutel, o[0].restopgave].map(String)).toEqual(['400', '180', '0.45', '320']);
    // The rows' columns: own Rijksdeel (150, 30); the rest pro rata to opgave (3/4, 1/4).
    expect(allRows(r.regels).map((x) => [x.rijksdeel, x.dekking, x.restopgave].map(String))).toEqual([
      ['150', '60', '240'],
      ['30', '20', '80'],
    ]);
  });

  it('gebieden are separate onderdelen; dekking without gebied is spread pro rata over them', () => {
    const r = resultaat({
      opgave: [
        opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 300, { gebied: 'Rotterdam-Zuid' }),
        opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 100, { gebied: 'Den Haag Zuidwest' }),
      ],
      dekking: [
        dekking('tot 2030', 'Fysiek', 'Nieuwbouw', 0, 80),
        dekking('tot 2030', 'Fysiek', 'Nieuwbouw', 0, 10, { gebied: 'den haag zuidwest' }),
      ],
    });
    const o = r.perioden[0].pijlers[0].onderdelen;
    expect(o.map((x) => [x.gebied, x.dekking.toString()])).toEqual([
      ['Rotterdam-Zuid', '60'],
      ['Den Haag Zuidwest', '30'],
    ]);
  });

  it('dekking on an empty onderdeel or on Programma-organisatie counts for the pillar only, silently', () => {
    const r = resultaat({
      opgave: [opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 100)],
      dekking: [
        dekking('tot 2030', 'Fysiek', '', 0, 10),
        dekking('tot 2030', 'Fysiek', 'Programma-organisatie', 0, 5),
        dekking('tot 2030', 'Fysiek', 'Capaciteit', 0, 5),
      ],
    });
    const p = r.perioden[0].pijlers[0];
    expect([p.dekking, p.pijlerDekking, p.onderdelen[0].dekking, p.restopgave, p.restopgavePerOnderdeel].map(String)).toEqual([
      '20',
      '20',
      '0',
      '80',
      '100',
    ]);
    expect(r.meldingen).toEqual([]);
  });

  it('dekking on an onderdeel without opgave row is a warning and counts at pillar level', () => {
    const r = resultaat({
      opgave: [opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 100)],
      dekking: [dekking('tot 2030', 'Fysiek', 'Sloop', 0, 10, { herkomst: at('Dekking', 9, DEKKING_FIELDS) })],
    });
    expect(r.perioden[0].pijlers[0].pijlerDekking.toString()).toBe('10');
    expect(r.meldingen).toEqual([expect.objectContaining({ ernst: 'waarschuwing', blad: 'Dekking', cel: 'D9' })]);
  });

  it('an overschot stays on its onderdeel per onderdeel, and is netted by saldering, with a warning', () => {
    const r = resultaat({
      opgave: [
        opgave('tot 2030', 'Fysiek', 'Bereikbaarheid', 130, { herkomst: at('Opgave', 6, OPGAVE_FIELDS) }),
        opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 445),
      ],
      dekking: [dekking('tot 2030', 'Fysiek', 'Bereikbaarheid en mobiliteit', 45, 90)],
    });
    const p = r.perioden[0].pijlers[0];
    expect([p.onderdelen[0].overschot, p.overschot, p.restopgave, p.restopgavePerOnderdeel].map(String)).toEqual(['5', '5', '440', '445']);
    expect(r.meldingen).toEqual([
      expect.objectContaining({ ernst: 'waarschuwing', cel: 'E6', bericht: expect.stringMatching(/135.*5 meer.*130/) }),
    ]);
  });

  it('when all dekking of a pillar exceeds its opgave, saldering gives 0 and says so', () => {
    const r = resultaat({
      opgave: [opgave('tot 2030', 'Sociaal', 'Onderwijs', 100)],
      dekking: [dekking('tot 2030', 'Sociaal', '', 0, 150)],
    });
    expect(r.perioden[0].pijlers[0].restopgave.toString()).toBe('0');
    expect(r.meldingen.map((m) => m.bericht)).toEqual([expect.stringMatching(/groter dan de opgave/)]);
  });

  it('a dekking row for a pijler without opgave still counts in the periode total', () => {
    const r = resultaat({ opgave: [opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 100)], dekking: [dekking('tot 2030', 'Sociaal', '', 0, 30)] });
    expect(r.perioden[0].pijlers.map((p) => p.pijler)).toEqual(['Fysiek', 'Sociaal-maatschappelijk']);
    expect([r.perioden[0].totaal.dekking, r.perioden[0].totaal.restopgave].map(String)).toEqual(['30', '70']);
  });

  it('amounts of 10^11 euro stay exact', () => {
    const o = onderdeelOf({ opgave: [opgave('tot 2030', 'Fysiek', 'Herstructurering corporatievoorraad', '123456789012.34')] });
    expect(o.rijksdeel.toString()).toBe('37037036703.702');
    expect(o.jaarlijkseRestopgave.toString()).toBe('30864197253.085');
  });
});

describe('errors: all in one pass, each at its place', () => {
  it('lists every problem of every row', () => {
    const m = fouten({
      opgave: [
        opgave('tot 2031', 'Fysiek', 'Nieuwbouw', 1, { herkomst: at('Opgave', 2, OPGAVE_FIELDS) }),
        opgave('tot 2030', 'Groen', 'Nieuwbouw', 1, { herkomst: at('Opgave', 3, OPGAVE_FIELDS) }),
        opgave('tot 2030', 'Fysiek', 'Nieuwbouw', -5, { herkomst: at('Opgave', 4, OPGAVE_FIELDS) }),
        opgave('tot 2030', 'Fysiek', '', 1, { herkomst: at('Opgave', 5, OPGAVE_FIELDS) }),
      ],
      dekking: [dekking('tot 2030', 'Fysiek', '', 0, -1, { herkomst: at('Dekking', 2, DEKKING_FIELDS) })],
    });
    expect(m.map((x) => `${x.blad}!${x.cel}`)).toEqual(['Opgave!A2', 'Opgave!B3', 'Opgave!E4', 'Opgave!C5', 'Dekking!G2']);
    expect(m[2].bericht).toBe('opgave -5 is negatief');
  });
});

describe('control rows (MODEL.md "Control totals in a workbook")', () => {
  const rows = [opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 445), opgave('tot 2030', 'Fysiek', 'Leefomgeving', 265)];
  const controle = (soort: 'totaal' | 'waarvan', bedrag: string) => ({
    blad: 'opgave' as const,
    soort,
    label: soort === 'totaal' ? 'Totaal' : 'Waarvan Rijksdeel',
    regels: [0, 1],
    bedragen: { opgave: new Dec(bedrag) },
    herkomst: at('Opgave', 8, OPGAVE_FIELDS),
  });

  it.each([
    ['totaal', '710', 0],
    ['totaal', '710.5', 0],
    ['totaal', '711', 1],
    ['totaal', '700', 1],
    ['waarvan', '421.25', 0],
    ['waarvan', '420', 1],
  ] as const)('%s typed %s → %i control messages', (soort, bedrag, count) => {
    const r = resultaat({ opgave: rows, controles: [controle(soort, bedrag)] });
    expect(r.meldingen.filter((m) => m.ernst === 'controle')).toHaveLength(count);
    // The recomputed totals of the block: opgave 710, Rijksdeel 222.5 + 198.75.
    expect([r.controles[0].opgave, r.controles[0].rijksdeel].map(String)).toEqual(['710', '421.25']);
  });

  it('names both figures and the cell', () => {
    const r = resultaat({ opgave: rows, controles: [controle('waarvan', '420')] });
    expect(r.meldingen[0]).toEqual({
      ernst: 'controle',
      blad: 'Opgave',
      cel: 'E8',
      bericht: "controlerij 'Waarvan Rijksdeel': Rijksdeel is 420, de regels erboven geven 421,25 (verschil 1,25)",
    });
  });

  it('the tolerance is an option', () => {
    const r = bereken({ opgave: rows, dekking: [], controles: [controle('totaal', '712')] }, { tolerantie: new Dec(5) });
    expect(r.ok && r.resultaat.meldingen).toEqual([]);
  });

  it('checks Dekking control rows per column', () => {
    const d = [dekking('tot 2030', 'Fysiek', '', 145, 145), dekking('tot 2030', 'Fysiek', '', 50, 90)];
    const c = {
      blad: 'dekking' as const,
      soort: 'totaal' as const,
      label: 'Totale dekking',
      regels: [0, 1],
      bedragen: { cofinanciering: new Dec(190), rijksfinanciering: new Dec(235) },
    };
    const r = resultaat({ dekking: d, controles: [c] });
    expect(r.meldingen.filter((m) => m.ernst === 'controle').map((m) => m.bericht)).toEqual([
      "controlerij 'Totale dekking': cofinanciering is 190, de regels erboven geven 195 (verschil 5)",
    ]);
    expect(r.controles[0].totaleDekking.toString()).toBe('430');
  });
});
