import {
  Dec,
  REST_VELDEN,
  VERGELIJK_VELDEN,
  type Deel,
  type Knoop,
  type Oorzaak,
  type RestVeld,
  type Status,
  type Vergelijking,
  type VergelijkVeld,
} from '../../src/engine';

/**
 * A comparison built by hand (not by the engine), every figure worked out here: tot 2030, the
 * Fysieke pijler, with
 * - Nieuwbouw 445 → 545 (gebied Noord 300 → 400, no gebied 145), key 0,5, dekking 290 of which
 *   100 Rijk (all in Noord): restopgave 155 → 255, rest. Rijksopgave 122,5 → 172,5; all opgave;
 * - Herstructurering 500, key 0,5, dekking Wbi 60 → 50 and Regio Deal 40 → 10 (all Rijk):
 *   restopgave 400 → 440 (Wbi +10, Regio Deal +30), rest. Rijksopgave 150 → 190 alike;
 * - Transformatie toegevoegd (200, key 0,5): restopgave +200, rest. Rijksopgave +100, structuur;
 * - Sloop vervallen (50, key 0,5): −50 and −25, structuur.
 * The pijler (and the periode, the only pijler): opgave 995 → 1245, dekking 390 → 350,
 * Rijksdeel 497,5 → 622,5, Rijksdekking 200 → 160, restopgave 605 → 895 (Δ 290 = opgave 100 +
 * dekking 10 + 30 + structuur 150), rest. Rijksopgave 297,5 → 462,5 (Δ 165 = 50 + 10 + 30 + 75).
 */
type Cijfers = Partial<Record<VergelijkVeld, [number, number]>>;

const deel = (oorzaak: Oorzaak, rest: number, restRijks: number, bron = ''): Deel => ({
  oorzaak,
  bron,
  bedragen: Object.fromEntries(REST_VELDEN.map((v: RestVeld) => [v, new Dec(v.startsWith('restRijks') ? restRijks : rest)])) as Record<
    RestVeld,
    Dec
  >,
});

function knoop(naam: string, status: Status, c: Cijfers, delen: Deel[]): Knoop {
  const alle = { ...c, restopgavePerOnderdeel: c.restopgave, restRijksopgavePerOnderdeel: c.restRijksopgave };
  const cijfers = Object.fromEntries(
    VERGELIJK_VELDEN.map((v) => {
      const [oud, nieuw] = (alle[v] ?? [0, 0]).map((x) => new Dec(x));
      return [v, { oud, nieuw, verschil: nieuw.minus(oud) }];
    }),
  ) as Knoop['cijfers'];
  return { naam, status, cijfers, delen };
}

export function handVergelijking(): Vergelijking {
  const noord = knoop(
    'Noord',
    'beide',
    {
      opgave: [300, 400],
      dekking: [290, 290],
      rijksdeel: [150, 200],
      rijksdekking: [100, 100],
      restopgave: [10, 110],
      restRijksopgave: [50, 100],
    },
    [deel('opgave', 100, 50)],
  );
  const zonder = knoop(
    '',
    'beide',
    { opgave: [145, 145], rijksdeel: [72.5, 72.5], restopgave: [145, 145], restRijksopgave: [72.5, 72.5] },
    [],
  );
  const nieuwbouw = knoop(
    'Nieuwbouw',
    'beide',
    {
      opgave: [445, 545],
      dekking: [290, 290],
      rijksdeel: [222.5, 272.5],
      rijksdekking: [100, 100],
      restopgave: [155, 255],
      restRijksopgave: [122.5, 172.5],
    },
    [deel('opgave', 100, 50)],
  );
  const herstructurering = knoop(
    'Herstructurering',
    'beide',
    {
      opgave: [500, 500],
      dekking: [100, 60],
      rijksdeel: [250, 250],
      rijksdekking: [100, 60],
      restopgave: [400, 440],
      restRijksopgave: [150, 190],
    },
    [deel('dekking', 10, 10, 'Wbi'), deel('dekking', 30, 30, 'Regio Deal')],
  );
  const transformatie = knoop(
    'Transformatie',
    'toegevoegd',
    { opgave: [0, 200], rijksdeel: [0, 100], restopgave: [0, 200], restRijksopgave: [0, 100] },
    [deel('structuur', 200, 100)],
  );
  const sloop = knoop('Sloop', 'vervallen', { opgave: [50, 0], rijksdeel: [25, 0], restopgave: [50, 0], restRijksopgave: [25, 0] }, [
    deel('structuur', -50, -25),
  ]);
  const totaal: Cijfers = {
    opgave: [995, 1245],
    dekking: [390, 350],
    rijksdeel: [497.5, 622.5],
    rijksdekking: [200, 160],
    restopgave: [605, 895],
    restRijksopgave: [297.5, 462.5],
  };
  const delen = [
    deel('opgave', 100, 50),
    deel('dekking', 10, 10, 'Wbi'),
    deel('dekking', 30, 30, 'Regio Deal'),
    deel('structuur', 150, 75),
  ];
  const pijler = {
    ...knoop('Fysiek', 'beide', totaal, delen),
    onderdelen: [
      { ...nieuwbouw, gebieden: [noord, zonder] },
      ...[herstructurering, transformatie, sloop].map((o) => ({ ...o, gebieden: [] })),
    ],
  };
  return {
    perioden: [{ ...knoop('tot 2030', 'beide', totaal, delen), pijlers: [pijler] }],
    wijzigingen: [
      {
        oorzaak: 'opgave',
        soort: 'gewijzigd',
        periode: 'tot 2030',
        pijler: 'Fysiek',
        onderdeel: 'Nieuwbouw',
        gebied: 'Noord',
        bron: '',
        veld: 'opgave',
        oud: { plaats: 'Opgave!E2', tekst: '300' },
        nieuw: { plaats: 'Opgave!E2', tekst: '400' },
      },
      {
        oorzaak: 'structuur',
        soort: 'toegevoegd',
        periode: 'tot 2030',
        pijler: 'Fysiek',
        onderdeel: 'Transformatie',
        gebied: '',
        bron: '',
        veld: '',
        nieuw: { plaats: 'Opgave!E9', tekst: '200' },
      },
    ],
    meldingen: [
      {
        ernst: 'waarschuwing',
        blad: '',
        cel: '',
        bericht: "periode '2036 t/m 2040' staat alleen in de nieuwe versie en is niet vergeleken",
      },
    ],
    versieMeldingen: [
      {
        ernst: 'controle',
        blad: 'Opgave',
        cel: 'E9',
        bericht: "nieuwe versie: controlerij 'Totaal': opgave is 1.200, de regels erboven geven 1.245 (verschil 45)",
      },
    ],
  };
}
