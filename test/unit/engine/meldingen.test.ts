import { bereken, Dec, uitlegRegels, type ControleInvoer, type Herkomst, type Invoer, type Opties } from '../../../src/engine';
import { at, dekking, opgave } from './build';

/** Issue 12, items 11, 12 and 14: what the engine's messages say, with figures computed by hand. */

const OPGAVE_VELDEN = ['periode', 'pijler', 'onderdeel', 'gebied', 'opgave', 'verdeelsleutel'];

function ok(invoer: Invoer, opties: Opties = {}) {
  const u = bereken(invoer, opties);
  if (!u.ok) throw new Error(u.meldingen.map((m) => m.bericht).join('\n'));
  return u;
}

function fouten(invoer: Invoer): string[] {
  const u = bereken(invoer);
  return u.ok ? [] : u.meldingen.map((m) => m.bericht);
}

const metDecimalen = (h: Herkomst, decimalen: Record<string, number>): Herkomst => ({ ...h, decimalen });

describe('item 11: a verdeelsleutel of 50 is asked whether it means 50%', () => {
  it.each([
    ['50', '; bedoelt u 50%?'],
    ['62.5', '; bedoelt u 62,5%?'],
    // 100/100 = 1 is still a key.
    ['100', '; bedoelt u 100%?'],
    // Any number above 1 whose hundredth is a key: 1,5 may be 1,5%.
    ['1.5', '; bedoelt u 1,5%?'],
    // 150/100 = 1,5 is no key either; nor is a negative key.
    ['150', ''],
    ['100.5', ''],
    ['-50', ''],
  ])('a row key of %s', (sleutel, vraag) => {
    const row = opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 100, { verdeelsleutel: new Dec(sleutel) });
    const getoond = sleutel.replace('.', ',');
    expect(fouten({ opgave: [row], dekking: [] })).toEqual([`verdeelsleutel ${getoond} ligt niet tussen 0 en 1 (0% en 100%)${vraag}`]);
  });

  const sleutelRij = (rijksaandeel: string, herkomst: Herkomst): Invoer => ({
    opgave: [],
    dekking: [],
    verdeelsleutels: [{ pijler: 'Fysiek', onderdeel: 'Nieuwbouw', rijksaandeel: new Dec(rijksaandeel), herkomst }],
  });
  const plek = at('Verdeelsleutels', 4, ['pijler', 'onderdeel', 'rijksaandeel']);

  it('a key of 50 in the Verdeelsleutels sheet, in a cell `0.00` (2 decimals)', () => {
    const u = bereken(sleutelRij('50', metDecimalen(plek, { rijksaandeel: 2 })));
    expect(u.ok ? [] : u.meldingen).toEqual([
      {
        ernst: 'fout',
        blad: 'Verdeelsleutels',
        cel: 'C4',
        bericht: 'verdeelsleutel 50 ligt niet tussen 0 en 1 (0% en 100%); bedoelt u 50%?',
      },
    ]);
  });

  it('a key in a cell that shows a percentage is shown as one, and not asked about', () => {
    // 150% (1,5) in `0%`: 2 decimals as a fraction, 0 as a percentage.
    expect(fouten(sleutelRij('1.5', { ...plek, decimalen: { rijksaandeel: 2 }, procent: ['rijksaandeel'] }))).toEqual([
      'verdeelsleutel 150% ligt niet tussen 0% en 100%',
    ]);
    // The text `150,5%` (no number format): as exact as it is.
    expect(fouten(sleutelRij('1.505', { ...plek, procent: ['rijksaandeel'] }))).toEqual([
      'verdeelsleutel 150,5% ligt niet tussen 0% en 100%',
    ]);
  });
});

describe('item 12: amounts in messages as the sheet shows them', () => {
  it('a typed amount as its cell shows it: −40,769874 in a cell `#,##0.0` is −40,8', () => {
    const herkomst = metDecimalen(at('Opgave', 7, OPGAVE_VELDEN), { opgave: 1 });
    const row = opgave('tot 2030', 'Fysiek', 'Nieuwbouw', '-40.769874', { herkomst });
    expect(fouten({ opgave: [row], dekking: [] })).toEqual(['opgave -40,8 is negatief']);
  });

  it('a typed amount in a General cell (no decimals given) as exact as it is', () => {
    const row = opgave('tot 2030', 'Fysiek', 'Nieuwbouw', '-40.769874', { herkomst: at('Opgave', 7, OPGAVE_VELDEN) });
    expect(fouten({ opgave: [row], dekking: [] })).toEqual(['opgave -40,769874 is negatief']);
  });

  // Nieuwbouw 445 × 50% = 222,5 and Leefomgeving 265 × 75% = 198,75: Rijksdeel 421,25.
  const rows = [opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 445), opgave('tot 2030', 'Fysiek', 'Leefomgeving', 265)];
  const waarvan = (bedrag: string, decimalen?: Record<string, number>): ControleInvoer => {
    const h = at('Opgave', 9, OPGAVE_VELDEN);
    return {
      blad: 'opgave',
      soort: 'waarvan',
      label: 'Waarvan Rijksdeel',
      regels: [0, 1],
      bedragen: { opgave: new Dec(bedrag) },
      herkomst: decimalen ? metDecimalen(h, decimalen) : h,
    };
  };

  it('a computed figure as the output columns show it (1 decimal), the difference to the finer of the two', () => {
    // 420 typed (General: as it is, 0 decimals) against 421,25 shown 421,3; |420 − 421,25| = 1,25 → 1,3.
    const u = ok({ opgave: rows, dekking: [], controles: [waarvan('420')] }, { uitvoerDecimalen: 1 });
    expect(u.resultaat.meldingen.map((m) => m.bericht)).toEqual([
      "controlerij 'Waarvan Rijksdeel': Rijksdeel is 420, de regels erboven geven 421,3 (verschil 1,3)",
    ]);
    // Only the text is rounded: the figure stays exact.
    expect(u.resultaat.controles[0].rijksdeel.toString()).toBe('421.25');
  });

  it('a typed amount in a cell `#,##0.00` keeps its 2 decimals, and so does the difference', () => {
    // 419,991 in `#,##0.00` shows 419,99; 421,25 shown 421,3; |419,991 − 421,25| = 1,259 → 1,26.
    const u = ok({ opgave: rows, dekking: [], controles: [waarvan('419.991', { opgave: 2 })] }, { uitvoerDecimalen: 1 });
    expect(u.resultaat.meldingen.map((m) => m.bericht)).toEqual([
      "controlerij 'Waarvan Rijksdeel': Rijksdeel is 419,99, de regels erboven geven 421,3 (verschil 1,26)",
    ]);
  });

  it('figures that would read as equal get the decimals that tell them apart', () => {
    // With the tolerance 0: typed 421,3 in `0` shows 421, computed 421,25 with 0 output decimals
    // 421 too. With 1 decimal each: 421,3 and 421,3 (half away from zero), still equal. With 2:
    // 421,3 (421,30) and 421,25, verschil 0,05.
    const u = ok(
      { opgave: rows, dekking: [], controles: [waarvan('421.3', { opgave: 0 })] },
      { uitvoerDecimalen: 0, tolerantie: new Dec(0) },
    );
    expect(u.resultaat.meldingen.map((m) => m.bericht)).toEqual([
      "controlerij 'Waarvan Rijksdeel': Rijksdeel is 421,3, de regels erboven geven 421,25 (verschil 0,05)",
    ]);
  });

  it('an overschot of 0,04 does not read as 0 with 1 output decimal', () => {
    // Leefomgeving: opgave 100, dekking 100,04 → overschot 0,04; to 1 decimal 100 and 100 would read equal.
    const u = ok(
      {
        opgave: [opgave('tot 2030', 'Fysiek', 'Leefomgeving', 100)],
        dekking: [dekking('tot 2030', 'Fysiek', 'Leefomgeving', '100.04', 0)],
      },
      { uitvoerDecimalen: 1 },
    );
    expect(u.resultaat.meldingen.map((m) => m.bericht)[0]).toBe(
      'dekking van Leefomgeving (tot 2030) is 100,04, 0,04 meer dan de opgave van 100; bij saldering telt het overschot mee voor de pijler, per onderdeel niet',
    );
  });

  it('an overschot of 5,26 reads 5,3 with 1 output decimal', () => {
    // Bereikbaarheid: opgave 130, dekking 135,26 → overschot 5,26 → 5,3; dekking 135,3.
    const u = ok(
      {
        opgave: [opgave('tot 2030', 'Fysiek', 'Bereikbaarheid', 130)],
        dekking: [dekking('tot 2030', 'Fysiek', 'Bereikbaarheid', '135.26', 0)],
      },
      { uitvoerDecimalen: 1 },
    );
    expect(u.resultaat.meldingen.map((m) => m.bericht)[0]).toMatch(
      /^dekking van Bereikbaarheid \(tot 2030\) is 135,3, 5,3 meer dan de opgave van 130;/,
    );
  });
});

describe('item 14: a control row over more than one periode has no yearly figure', () => {
  // Nieuwbouw tot 2030 (4 jaar) 400 → restopgave 400, per jaar 100; Nieuwbouw 2030 t/m 2035
  // (6 jaar) 900 → restopgave 900, per jaar 150. 100 + 150 = 250 is no yearly figure of anything.
  const rows = [opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 400), opgave('2030 t/m 2035', 'Fysiek', 'Nieuwbouw', 900)];
  const totaal = (regels: number[]): ControleInvoer => ({
    blad: 'opgave',
    soort: 'totaal',
    label: 'Totaal',
    regels,
    bedragen: {},
    herkomst: at('Opgave', 4, OPGAVE_VELDEN),
  });

  it('the rows of two perioden: no yearly figure (null), the other totals as always', () => {
    const u = ok({ opgave: rows, dekking: [], controles: [totaal([0, 1]), totaal([0]), totaal([1])] });
    const [beide, eerste, tweede] = u.resultaat.controles;
    expect(beide.jaarlijkseRestopgave).toBeNull();
    expect([beide.opgave, beide.restopgave].map(String)).toEqual(['1300', '1300']);
    // One periode each: the yearly figure of its rows.
    expect([eerste.jaarlijkseRestopgave, tweede.jaarlijkseRestopgave].map(String)).toEqual(['100', '150']);
  });

  it('its Uitleg says why there is no figure', () => {
    const u = ok({ opgave: rows, dekking: [], controles: [totaal([0, 1])] });
    const uitleg = u.uitleg({ soort: 'controle', index: 0, veld: 'jaarlijkseRestopgave' })!;
    expect(uitleg.geenCijfer).toBe(true);
    expect(uitlegRegels(uitleg)).toEqual([
      "Jaarlijkse restopgave controlerij 'Totaal': geen cijfer: de regels van het blok liggen in 2 perioden (tot 2030: 4 jaar; 2030 t/m 2035: 6 jaar); " +
        'een som van jaarlijkse cijfers van verschillende perioden is geen jaarlijks cijfer',
    ]);
  });

  it('rows of a scenario that is off do not count: then the block lies in one periode', () => {
    const metScenario = [rows[0], { ...rows[1], scenario: 'Later' }];
    const u = ok({ opgave: metScenario, dekking: [], controles: [totaal([0, 1])] });
    expect(String(u.resultaat.controles[0].jaarlijkseRestopgave)).toBe('100');
  });
});

describe('item 14: a control row adds up restopgave per onderdeel; a message names both methods', () => {
  // Fysiek tot 2030: Nieuwbouw opgave 445, dekking 290 → restopgave 155; Bereikbaarheid opgave
  // 130, dekking 135 → restopgave 0 (overschot 5). Per onderdeel 155 + 0 = 155; saldering
  // max(0; 575 − 425) = 150.
  const rows = [opgave('tot 2030', 'Fysiek', 'Nieuwbouw', 445), opgave('tot 2030', 'Fysiek', 'Bereikbaarheid', 130)];
  const dek = [dekking('tot 2030', 'Fysiek', 'Nieuwbouw', 145, 145), dekking('tot 2030', 'Fysiek', 'Bereikbaarheid', 45, 90)];
  const totaal = (regels: number[], restopgave: string): ControleInvoer => ({
    blad: 'opgave',
    soort: 'totaal',
    label: 'Totaal fysiek',
    regels,
    bedragen: { restopgave: new Dec(restopgave) },
    herkomst: at('Opgave', 5, OPGAVE_VELDEN),
  });

  it("its restopgave is the Totaalbeeld's 'Restopgave per onderdeel' of the same rows", () => {
    const u = ok({ opgave: rows, dekking: dek, controles: [totaal([0, 1], '155')] });
    const pijler = u.resultaat.perioden[0].pijlers[0];
    expect([u.resultaat.controles[0].restopgave, pijler.restopgavePerOnderdeel, pijler.restopgave].map(String)).toEqual([
      '155',
      '155',
      '150',
    ]);
    expect(u.resultaat.meldingen.filter((m) => m.ernst === 'controle')).toEqual([]);
  });

  it('a typed restopgave of the saldering: the message says which method each figure is', () => {
    const u = ok({ opgave: rows, dekking: dek, controles: [totaal([0, 1], '150')] });
    expect(u.resultaat.meldingen.filter((m) => m.ernst === 'controle').map((m) => m.bericht)).toEqual([
      "controlerij 'Totaal fysiek': restopgave is 150, de regels erboven geven 155 (per onderdeel; saldering: 150; verschil 5)",
    ]);
  });

  it('a block that is not a whole pijler has no saldering to name', () => {
    const u = ok({ opgave: rows, dekking: dek, controles: [totaal([0], '150')] });
    expect(u.resultaat.meldingen.filter((m) => m.ernst === 'controle').map((m) => m.bericht)).toEqual([
      "controlerij 'Totaal fysiek': restopgave is 150, de regels erboven geven 155 (verschil 5)",
    ]);
  });
});
