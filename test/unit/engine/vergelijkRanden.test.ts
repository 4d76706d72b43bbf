import { Dec, vergelijk, zoekKnoop, type Invoer, type Vergelijking, type Versiestand } from '../../../src/engine';
import { dekking, opgave } from './build';
import { seedInvoer } from './seed';

/** Issue 17, the edges of a comparison: errors of a version, perioden only one version has, states between the two. */

function vergelijking(oud: Versiestand, nieuw: Versiestand): Vergelijking {
  const u = vergelijk(oud, nieuw);
  if (!u.ok) throw new Error(JSON.stringify(u.meldingen));
  return u.vergelijking;
}

const stand = (invoer: Invoer, scenarios: string[] = []): Versiestand => ({ invoer, scenarios });
const verschil = (v: Vergelijking, periode: string, veld: 'restopgave' | 'restRijksopgave' = 'restopgave') => {
  const k = zoekKnoop(v, { periode })!;
  return [
    k.cijfers[veld].verschil.toString(),
    ...k.delen.map((d) => `${d.oorzaak}${d.bron && ` ${d.bron}`}:${d.bedragen[veld].toString()}`),
  ];
};

it('errors of either version: not ok, every error, each saying which version', () => {
  const fout = { ...seedInvoer(), opgave: [...seedInvoer().opgave, opgave('tot 2030', 'Fysiek', 'Nieuwbouw', -5)] };
  const u = vergelijk(stand(fout), stand(seedInvoer(), ['Bestaat niet']));
  expect(u.ok).toBe(false);
  const berichten = u.ok ? [] : u.meldingen.map((m) => m.bericht);
  expect(berichten).toEqual([
    expect.stringMatching(/^oude versie: opgave -5 is negatief/),
    expect.stringMatching(/^nieuwe versie: scenario 'Bestaat niet' komt in geen regel voor/),
  ]);
});

it('perioden only one version has are not compared, with a warning naming them; the shared ones are', () => {
  const oud = seedInvoer();
  const nieuw: Invoer = {
    ...oud,
    perioden: [{ periode: '2036 t/m 2040', eersteJaar: 2036, laatsteJaar: 2040 }],
    opgave: [...oud.opgave.filter((r) => r.periode !== 'tot 2030'), opgave('2036 t/m 2040', 'Fysiek', 'Nieuwbouw', 100)],
    dekking: [
      ...oud.dekking.filter((r) => r.periode !== 'tot 2030'),
      dekking('2036 t/m 2040', 'Fysiek', 'Nieuwbouw', 0, 40, { bron: 'Later' }),
    ],
  };
  const v = vergelijking(stand(oud), stand(nieuw));
  expect(v.perioden.map((p) => p.naam)).toEqual(['2030 t/m 2035']);
  expect(v.meldingen.map((m) => `${m.ernst}: ${m.bericht}`)).toEqual([
    "waarschuwing: periode 'tot 2030' staat alleen in de oude versie en wordt niet vergeleken",
    "waarschuwing: periode '2036 t/m 2040' staat alleen in de nieuwe versie en wordt niet vergeleken",
  ]);
  expect(verschil(v, '2030 t/m 2035')).toEqual(['0']);
});

it('a scenario on whose rows left: the states without its rows compute without it (AZWA on, then its row removed: +61 by dekking)', () => {
  // AZWA: Rijksfinanciering 61 on Gezondheid & Zorg … tot 2030; tot 2030: opgave 4.350, dekking 1.415 + 61 → 1.415.
  const azwa = dekking('tot 2030', 'Sociaal-maatschappelijk', 'Gezondheid & Zorg, Opvoeding, Hulpverlening en Participatie', 0, 61, {
    bron: 'AZWA',
    scenario: 'AZWA',
  });
  const oud = { ...seedInvoer(), dekking: [...seedInvoer().dekking, azwa] };
  const v = vergelijking(stand(oud, ['AZWA']), stand(seedInvoer()));
  expect(verschil(v, 'tot 2030')).toEqual(['61', 'dekking AZWA:61']);
  expect(v.wijzigingen.map((w) => `${w.oorzaak} ${w.soort} ${w.bron}`)).toEqual(['dekking vervallen AZWA', 'scenarios uit AZWA']);
});

it('a key the new version no longer has stays for the rows still there until they leave (the structure step)', () => {
  // Funderingsherstel 2030 t/m 2035: opgave 200 at 40% (the Verdeelsleutels row), no dekking: Rijksdeel 80.
  // The new version has neither the row nor the key: 2030 t/m 2035 restopgave −200, rest-Rijksopgave −80.
  const oud: Invoer = {
    ...seedInvoer(),
    opgave: [...seedInvoer().opgave, opgave('2030 t/m 2035', 'Fysiek', 'Funderingsherstel', 200)],
    verdeelsleutels: [{ pijler: 'Fysiek', onderdeel: 'Funderingsherstel', rijksaandeel: new Dec('0.4') }],
  };
  const v = vergelijking(stand(oud), stand(seedInvoer()));
  expect(verschil(v, '2030 t/m 2035')).toEqual(['-200', 'structuur:-200']);
  expect(verschil(v, '2030 t/m 2035', 'restRijksopgave')).toEqual(['-80', 'structuur:-80']);
  expect(zoekKnoop(v, { periode: '2030 t/m 2035', pijler: 'Fysiek', onderdeel: 'Funderingsherstel' })?.status).toBe('vervallen');
  expect(v.wijzigingen.map((w) => `${w.oorzaak} ${w.soort} ${w.onderdeel}`)).toEqual([
    'sleutels vervallen Funderingsherstel',
    'structuur vervallen Funderingsherstel',
  ]);
});

it("the versions' own warnings come with the comparison, each saying which version gives it; one both give comes once", () => {
  // The example: dekking above the opgave of Bereikbaarheid en mobiliteit in both perioden (135 > 130, 140 > 130).
  // The new version raises its opgave tot 2030 to 140 (no overschot left there) and lowers Onderwijs tot 2030 to 400 (dekking 415: one arises).
  const oud = seedInvoer();
  const herkomst = { blad: 'Opgave', rij: 8, cellen: { opgave: 'D8' } };
  const metPlaats: Invoer = {
    ...oud,
    opgave: oud.opgave.map((r) => (r.periode === 'tot 2030' && r.onderdeel === 'Bereikbaarheid en mobiliteit' ? { ...r, herkomst } : r)),
  };
  const nieuw: Invoer = {
    ...oud,
    opgave: oud.opgave.map((r) =>
      r.periode !== 'tot 2030'
        ? r
        : r.onderdeel === 'Bereikbaarheid en mobiliteit'
          ? { ...r, opgave: new Dec(140) }
          : r.onderdeel === 'Onderwijs'
            ? { ...r, opgave: new Dec(400) }
            : r,
    ),
  };
  const v = vergelijking(stand(metPlaats), stand(nieuw));
  const berichten = v.versieMeldingen.map((m) => `${m.blad}|${m.cel}|${m.bericht}`);
  expect(berichten).toEqual([
    expect.stringMatching(/^\|\|nieuwe versie: dekking van Onderwijs \(tot 2030\) is 415, 15 meer dan de opgave van 400/),
    expect.stringMatching(
      /^\|\|beide versies: dekking van Bereikbaarheid en mobiliteit \(2030 t\/m 2035\) is 140, 10 meer dan de opgave van 130/,
    ),
    // The old version's place is in its text only: its cells are not the new version's.
    expect.stringMatching(
      /^\|\|oude versie, Opgave!D8: dekking van Bereikbaarheid en mobiliteit \(tot 2030\) is 135, 5 meer dan de opgave van 130/,
    ),
  ]);
  expect(vergelijking(stand(oud), stand(oud)).versieMeldingen.every((m) => m.bericht.startsWith('beide versies: '))).toBe(true);
});
