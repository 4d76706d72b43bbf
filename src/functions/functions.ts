/* eslint-disable @typescript-eslint/no-explicit-any -- Excel's metadata needs the literal
   types any[][] (a range of any cell values) and any (a text or a number); args.ts checks them. */
/*
 * The NPLV custom functions (FUNCTIONS.md). Each is a thin wrapper over the engine: the
 * arguments are checked in args.ts, the formulas live in src/engine. Top-level `function`
 * declarations only: the metadata plugin reads this JSDoc into functions.json (the published
 * contract; never rename an id once released — Excel caches it).
 */
import { kansenzone, restPerOnderdeel, restSaldering, rijksbijdrage, rijksdeel, perJaar, standaardSleutel } from '../engine';
import {
  aandeel,
  aantalJaren,
  asMatrix,
  bedragen,
  getal,
  jaren,
  methode as kiesMethode,
  sleutelsZoals,
  toNumbers,
  zelfdeVorm,
} from './args';
import { nietBeschikbaar, ongeldig } from './fail';
import { guard } from './guard';
import { functionsTekst } from './messages';
import { rijksdeelCel } from './rijksdeelCel';
import { eenCijfer, kiesVeld, scenarioNamen } from './scenario';
import { berekenTabellen, kiesPerioden, totaalbeeldTabel } from './totaalbeeld';
import { verschilCijfer } from './verschil';
import { gevoeligheidCijfer } from './gevoeligheid';

/*
 * The fixed choices Excel offers while the analyst types (`@customenum`: the enumerations of
 * functions.json). Suggestions, not a limit: the argument checks (args.ts, scenario.ts,
 * totaalbeeld.ts) also take the synonyms and, for a periode, the workbook's own perioden and
 * ranges such as "2026-2029". test/e2e/help.test.ts proves each value offered is accepted.
 * The metadata plugin reads each value as JSON, so the values keep their double quotes
 * (prettier-ignore); a member's comment is its tooltip.
 */

/**
 * Hoe een restcijfer over een bereik wordt berekend.
 * @customenum {string}
 */
// prettier-ignore
enum Methode {
  /** Standaard: max(0; Σopgave − Σdekking); een overschot bij het ene onderdeel dekt een tekort bij het andere. */
  saldering = "saldering",
  /** Σ max(0; opgave − dekking): een overschot telt niet mee. */
  per_onderdeel = "per onderdeel",
}

/**
 * Een pijler van het Totaalbeeld.
 * @customenum {string}
 */
// prettier-ignore
enum Pijler {
  /** Wonen, leefomgeving en bereikbaarheid. */
  Fysiek = "Fysiek",
  /** De sociale thema's (veiligheid, onderwijs, werk en inkomen, zorg, …). */
  Sociaal_maatschappelijk = "Sociaal-maatschappelijk",
}

/**
 * Een periode van het rapport (een werkmap kan er zelf meer noemen).
 * @customenum {string}
 */
// prettier-ignore
enum Periode {
  /** 2026 t/m 2029: 4 jaar. */
  tot_2030 = "tot 2030",
  /** 2030 t/m 2035: 6 jaar. */
  van_2030_tot_en_met_2035 = "2030 t/m 2035",
}

/**
 * Een cijfer van het Totaalbeeld (Tabel 2 en 3 van het rapport).
 * @customenum {string}
 */
// prettier-ignore
enum Veld {
  /** Standaard: max(0; opgave − dekking), gesaldeerd. */
  restopgave = "restopgave",
  /** De opgave. */
  opgave = "opgave",
  /** Cofinanciering plus Rijksfinanciering. */
  dekking = "dekking",
  /** Opgave × verdeelsleutel. */
  rijksdeel = "rijksdeel",
  /** De Rijksfinanciering. */
  rijksdekking = "rijksdekking",
  /** max(0; Rijksdeel − Rijksdekking), gesaldeerd. */
  restrijksopgave = "restrijksopgave",
  /** De restopgave gedeeld door de jaren van één periode. */
  restopgave_per_jaar = "restopgave per jaar",
  /** De resterende Rijksopgave gedeeld door de jaren van één periode. */
  restrijksopgave_per_jaar = "restrijksopgave per jaar",
  /** Σ max(0; opgave − dekking) per onderdeel. */
  restopgave_per_onderdeel = "restopgave per onderdeel",
  /** Σ max(0; Rijksdeel − Rijksdekking) per onderdeel. */
  restrijksopgave_per_onderdeel = "restrijksopgave per onderdeel",
  /** Wat de dekking boven de opgave uitkomt, per onderdeel opgeteld. */
  overschot = "overschot",
}

/**
 * Een cijfer dat twee versies vergelijkt (geen cijfers per jaar, geen overschot).
 * @customenum {string}
 */
// prettier-ignore
enum VerschilVeld {
  /** Standaard: max(0; opgave − dekking), gesaldeerd. */
  restopgave = "restopgave",
  /** De opgave. */
  opgave = "opgave",
  /** Cofinanciering plus Rijksfinanciering. */
  dekking = "dekking",
  /** Opgave × verdeelsleutel. */
  rijksdeel = "rijksdeel",
  /** De Rijksfinanciering. */
  rijksdekking = "rijksdekking",
  /** max(0; Rijksdeel − Rijksdekking), gesaldeerd. */
  restrijksopgave = "restrijksopgave",
  /** Σ max(0; opgave − dekking) per onderdeel. */
  restopgave_per_onderdeel = "restopgave per onderdeel",
  /** Σ max(0; Rijksdeel − Rijksdekking) per onderdeel. */
  restrijksopgave_per_onderdeel = "restrijksopgave per onderdeel",
}

/**
 * Het cijfer waarvan NPLV.GEVOELIGHEID het verschil geeft.
 * @customenum {string}
 */
// prettier-ignore
enum GevoeligheidVeld {
  /** Standaard: de resterende Rijksopgave van de periode, beide pijlers (methode: saldering of per onderdeel). */
  totaal = "totaal",
  /** De resterende Rijksopgave van de pijler van het onderdeel (methode: saldering of per onderdeel). */
  pijler = "pijler",
  /** max(0; Rijksdeel − Rijksdekking) van het onderdeel zelf. */
  onderdeel = "onderdeel",
  /** Opgave × verdeelsleutel van het onderdeel. */
  rijksdeel = "rijksdeel",
  /** De verdeelsleutel zelf, als fractie (0,1 = 10 procentpunt; minder waar 0% of 100% hem begrenst). */
  verdeelsleutel = "verdeelsleutel",
}

/**
 * Het standaard-Rijksaandeel (verdeelsleutel) van een onderdeel volgens het Totaalbeeld opgave NPLV (jan 2026).
 * @customfunction VERDEELSLEUTEL
 * @param onderdeel Het onderdeel, bijv. "Nieuwbouw", "Leefomgeving" of een sociaal thema.
 * @param [pijler] "Fysiek" of "Sociaal-maatschappelijk"; nodig voor een onderdeel dat het rapport niet noemt.
 * @returns Het Rijksaandeel als fractie (0,5 = 50%).
 * @voorbeeld =NPLV.VERDEELSLEUTEL("Nieuwbouw") → 0,5
 * @voorbeeld =NPLV.VERDEELSLEUTEL(Opgave!C5) → 0,3
 * @fout #N/B Het onderdeel heeft geen standaardsleutel en er is geen sociale pijler opgegeven: =NPLV.VERDEELSLEUTEL("Funderingsherstel")
 * @fout #WAARDE! Een onbekende pijler: =NPLV.VERDEELSLEUTEL("Nieuwbouw"; "Groen")
 */
function verdeelsleutel(onderdeel: string, pijler?: Pijler): number {
  return guard(() => {
    const s = standaardSleutel(String(onderdeel ?? ''), pijler ?? undefined);
    if (!s.ok && s.reden === 'pijler') throw ongeldig(functionsTekst.pijlerOnbekend(String(pijler)));
    if (!s.ok) throw nietBeschikbaar(functionsTekst.onderdeelOnbekend(String(onderdeel)));
    return s.sleutel.toNumber();
  });
}

/**
 * Het Rijksdeel: opgave × verdeelsleutel. Met bereiken van gelijke vorm per cel (overloopbereik).
 * @customfunction RIJKSDEEL
 * @param opgave De opgave: een bedrag of een bereik bedragen.
 * @param onderdeel_of_sleutel Een onderdeel (bijv. "Nieuwbouw") of een verdeelsleutel (0,5 of 50%); één cel of een bereik zo groot als de opgave.
 * @returns Het Rijksdeel per cel.
 * @voorbeeld =NPLV.RIJKSDEEL(445; "Nieuwbouw") → 222,5
 * @voorbeeld =NPLV.RIJKSDEEL(Opgave!D4:D8; Opgave!C4:C8) → 222,5 | 520,5 | 332,5 | 198,75 | 84,5
 * @fout #WAARDE! De opgave is geen bedrag van 0 of meer: =NPLV.RIJKSDEEL("n.b."; 0,5)
 * @fout #WAARDE! Een verdeelsleutel buiten 0 tot en met 1: =NPLV.RIJKSDEEL(445; 150%)
 * @fout #WAARDE! De bereiken zijn niet even groot: =NPLV.RIJKSDEEL(Opgave!D4:D8; Opgave!C4:C5)
 * @fout #N/B Een onderdeel zonder standaardsleutel (geef dan de sleutel zelf): =NPLV.RIJKSDEEL(445; "Funderingsherstel")
 */
function rijksdeelFn(opgave: any[][], onderdeel_of_sleutel: any[][]): number[][] {
  return guard(() => {
    const cel = rijksdeelCel(opgave, onderdeel_of_sleutel);
    if (cel !== undefined) return [[cel]];
    const o = bedragen('opgave', asMatrix(opgave));
    const k = sleutelsZoals('onderdeel_of_sleutel', asMatrix(onderdeel_of_sleutel), 'opgave', o);
    return toNumbers(o.map((row, r) => row.map((x, c) => rijksdeel(x, k[r][c]))));
  });
}

/**
 * Wat van de opgave resteert na dekking: max(0; opgave − dekking). Voor bereiken "saldering" (standaard) of "per onderdeel".
 * @customfunction RESTOPGAVE
 * @param opgave De opgave: een bedrag of een bereik (één cel per onderdeel).
 * @param dekking De dekking: even groot als de opgave (bij saldering mag het ook een ander bereik zijn).
 * @param [methode] "saldering": max(0; Σopgave − Σdekking); "per onderdeel": Σ max(0; opgave − dekking).
 * @returns De restopgave.
 * @voorbeeld =NPLV.RESTOPGAVE(445; 290) → 155
 * @voorbeeld =NPLV.RESTOPGAVE(Opgave!D4:D8; Dekking!E4:F8) → 2.375
 * @fout #WAARDE! Een onbekende methode: =NPLV.RESTOPGAVE(445; 290; "netto")
 * @fout #WAARDE! "per onderdeel" met bereiken die niet even groot zijn: =NPLV.RESTOPGAVE(Opgave!D4:D8; Dekking!E4:F8; "per onderdeel")
 * @fout #WAARDE! Een negatief bedrag: =NPLV.RESTOPGAVE(-5; 0)
 */
function restopgave(opgave: any[][], dekking: any[][], methode?: Methode): number {
  return guard(() =>
    rest('opgave', bedragen('opgave', asMatrix(opgave)), 'dekking', bedragen('dekking', asMatrix(dekking)), kiesMethode(methode)),
  );
}

/**
 * Wat van het Rijksdeel resteert na Rijksdekking: max(0; opgave × verdeelsleutel − Rijksdekking).
 * @customfunction RESTRIJKSOPGAVE
 * @param opgave De opgave: een bedrag of een bereik.
 * @param onderdeel_of_sleutel Een onderdeel of een verdeelsleutel; één cel of een bereik zo groot als de opgave.
 * @param rijksdekking De Rijksfinanciering: even groot als de opgave (bij saldering mag het ook een ander bereik zijn).
 * @param [methode] "saldering" (standaard) of "per onderdeel".
 * @returns De resterende Rijksopgave.
 * @voorbeeld =NPLV.RESTRIJKSOPGAVE(445; "Nieuwbouw"; 145) → 77,5
 * @voorbeeld =NPLV.RESTRIJKSOPGAVE(Opgave!D4:D8; Opgave!C4:C8; Dekking!F4:F8) → 873,75
 * @fout #WAARDE! Een onbekende methode: =NPLV.RESTRIJKSOPGAVE(445; "Nieuwbouw"; 145; "netto")
 * @fout #N/B Een onderdeel zonder standaardsleutel: =NPLV.RESTRIJKSOPGAVE(445; "Funderingsherstel"; 0)
 */
function restrijksopgave(opgave: any[][], onderdeel_of_sleutel: any[][], rijksdekking: any[][], methode?: Methode): number {
  return guard(() => {
    const o = bedragen('opgave', asMatrix(opgave));
    const k = sleutelsZoals('onderdeel_of_sleutel', asMatrix(onderdeel_of_sleutel), 'opgave', o);
    const r = o.map((row, i) => row.map((x, j) => rijksdeel(x, k[i][j])));
    return rest('opgave', r, 'rijksdekking', bedragen('rijksdekking', asMatrix(rijksdekking)), kiesMethode(methode));
  });
}

/**
 * Een bedrag per jaar: bedrag / aantal jaren van de periode.
 * @customfunction JAARLIJKS
 * @param bedrag Een bedrag of een bereik bedragen.
 * @param periode_of_jaren Een periode ("tot 2030" = 4 jaar, "2030 t/m 2035" = 6, "2026-2029") of een aantal jaren.
 * @returns Het bedrag per jaar, per cel.
 * @voorbeeld =NPLV.JAARLIJKS(2375; "tot 2030") → 593,75
 * @voorbeeld =NPLV.JAARLIJKS(Opgave!D4; Opgave!A4) → 111,25
 * @fout #N/B Een periode die het rapport niet kent: =NPLV.JAARLIJKS(2375; "tot 2031")
 * @fout #WAARDE! Geen heel aantal jaren: =NPLV.JAARLIJKS(2375; 2,5)
 */
function jaarlijks(bedrag: any[][], periode_of_jaren: Periode): number[][] {
  return guard(() => {
    const n = jaren('periode_of_jaren', periode_of_jaren);
    return toNumbers(bedragen('bedrag', asMatrix(bedrag)).map((row) => row.map((b) => perJaar(b, n))));
  });
}

/**
 * Het hele model uit twee tabellen met kopregel (zoals de bladen Opgave en Dekking), als Tabel 2 en 3 van het rapport.
 * @customfunction TOTAALBEELD
 * @param opgave_tabel De opgavetabel met kopregel: Periode, Pijler, Onderdeel, Opgave (en eventueel Gebied, Verdeelsleutel, Scenario).
 * @param dekking_tabel De dekkingstabel met kopregel: Periode, Pijler, Bron, Onderdeel, Cofinanciering, Rijksfinanciering (en eventueel Scenario).
 * @param [periode] Alleen deze periode, bijv. "tot 2030"; leeg: alle perioden.
 * @param [scenario] De scenario's die meetellen: één naam of een bereik namen uit de kolom Scenario (lege cellen tellen niet); leeg: het basisbeeld zonder scenarioregels.
 * @param [eenheid] De eenheid van de bedragen: "mln" of "mld" (ook "euro", "duizend"); leeg: die van de tabellen. De eerste cel noemt hem.
 * @param [decimalen] Rondt de bedragen af op dit aantal decimalen (0 t/m 6), half van nul af; leeg: exact.
 * @returns Per periode: opgave, dekking, restopgave, per jaar en per onderdeel, per pijler, totaal en Rijk.
 * @voorbeeld =NPLV.TOTAALBEELD(Opgave!A3:F39; Dekking!A3:H27; "tot 2030") → een tabel als Tabel 2 van het rapport, met de rij Totale opgave: 4.350 | 1.415 | 2.935 | 733,75 | 3.015
 * @fout #WAARDE! Een fout in de tabellen, bijv. een ontbrekende kolom; de melding noemt de cel: =NPLV.TOTAALBEELD(Opgave!A3:F39; Opgave!A3:F39)
 * @fout #N/B Een periode die niet in de tabellen staat: =NPLV.TOTAALBEELD(Opgave!A3:F39; Dekking!A3:H27; "tot 2040")
 * @fout #N/B Een scenario dat geen regel noemt: =NPLV.TOTAALBEELD(Opgave!A3:F39; Dekking!A3:H27; ; "Wbi")
 * @fout #WAARDE! Een onbekende eenheid: =NPLV.TOTAALBEELD(Opgave!A3:F39; Dekking!A3:H27; ; ; "gulden")
 */
function totaalbeeld(
  opgave_tabel: any[][],
  dekking_tabel: any[][],
  periode?: Periode,
  scenario?: any[][],
  eenheid?: string,
  decimalen?: number,
): any[][] {
  return guard(() => totaalbeeldTabel(opgave_tabel, dekking_tabel, periode, scenarioNamen('scenario', scenario), eenheid, decimalen));
}

/**
 * Eén cijfer van het Totaalbeeld met de gekozen scenario's aan, bijv. de restopgave met "Wbi naar rato": om basis en scenario naast elkaar te zetten.
 * @customfunction SCENARIO
 * @param opgave_tabel De opgavetabel met kopregel, zoals bij TOTAALBEELD (met een kolom Scenario).
 * @param dekking_tabel De dekkingstabel met kopregel, zoals bij TOTAALBEELD (met een kolom Scenario).
 * @param scenario De scenario's die meetellen: één naam of een bereik namen; leeg: het basisbeeld.
 * @param [veld] Welk cijfer: "restopgave" (standaard), "opgave", "dekking", "rijksdeel", "rijksdekking", "restrijksopgave" of "overschot"; bij de restcijfers ook "… per jaar" en "… per onderdeel".
 * @param [periode] Alleen deze periode, bijv. "tot 2030"; leeg: de som over alle perioden (een cijfer per jaar vraagt één periode).
 * @param [pijler] "Fysiek" of "Sociaal-maatschappelijk"; leeg: het totaal van beide pijlers.
 * @returns Het gevraagde cijfer, met de gekozen scenario's meegeteld.
 * @voorbeeld =NPLV.SCENARIO(Opgave!A3:F39; Dekking!A3:H27; "Wbi naar rato"; "restrijksopgave"; "2030 t/m 2035") → 2.634,5
 * @fout #N/B Een scenario dat geen regel noemt: =NPLV.SCENARIO(Opgave!A3:F39; Dekking!A3:H27; "Wbi")
 * @fout #WAARDE! Een onbekend veld: =NPLV.SCENARIO(Opgave!A3:F39; Dekking!A3:H27; ""; "winst")
 * @fout #WAARDE! Een cijfer per jaar over meer dan één periode: =NPLV.SCENARIO(Opgave!A3:F39; Dekking!A3:H27; ""; "restopgave per jaar")
 */
function scenarioFn(
  opgave_tabel: any[][],
  dekking_tabel: any[][],
  scenario: any[][],
  veld?: Veld,
  periode?: Periode,
  pijler?: Pijler,
): number {
  return guard(() => {
    const welk = kiesVeld(veld);
    const resultaat = berekenTabellen(opgave_tabel, dekking_tabel, scenarioNamen('scenario', scenario));
    return eenCijfer(kiesPerioden(resultaat.perioden, periode), welk, pijler).toNumber();
  });
}

/**
 * Het verschil van één cijfer tussen twee versies van de raming (nieuw − oud), bijv. hoeveel de restopgave steeg: voor wie twee versies als bladen naast elkaar houdt.
 * @customfunction VERSCHIL
 * @param oud_opgave De opgavetabel van de oude versie, met kopregel (zoals bij TOTAALBEELD).
 * @param oud_dekking De dekkingstabel van de oude versie, met kopregel.
 * @param nieuw_opgave De opgavetabel van de nieuwe versie, met kopregel.
 * @param nieuw_dekking De dekkingstabel van de nieuwe versie, met kopregel.
 * @param [veld] Welk cijfer: "restopgave" (standaard), "opgave", "dekking", "rijksdeel", "rijksdekking", "restrijksopgave", of "restopgave per onderdeel" en "restrijksopgave per onderdeel".
 * @param [periode] Alleen deze periode, bijv. "tot 2030"; leeg: de som over de perioden die beide versies hebben.
 * @param [pijler] "Fysiek" of "Sociaal-maatschappelijk"; leeg: het totaal van beide pijlers.
 * @returns Nieuw min oud: positief als het cijfer steeg. Regels met een scenario tellen niet mee (het basisbeeld).
 * @voorbeeld Met een kopie van het blad Opgave als blad Nieuw, waarin Nieuwbouw tot 2030 (cel D4) 545 is in plaats van 445: =NPLV.VERSCHIL(Opgave!A3:F39; Dekking!A3:H27; Nieuw!A3:F39; Dekking!A3:H27) → 100
 * @fout #WAARDE! Een cijfer dat niet te vergelijken is (per jaar, overschot): =NPLV.VERSCHIL(Opgave!A3:F39; Dekking!A3:H27; Opgave!A3:F39; Dekking!A3:H27; "overschot")
 * @fout #N/B Een periode die niet in beide versies staat: =NPLV.VERSCHIL(Opgave!A3:F39; Dekking!A3:H27; Opgave!A3:F39; Dekking!A3:H27; ; "tot 2040")
 */
function verschilFn(
  oud_opgave: any[][],
  oud_dekking: any[][],
  nieuw_opgave: any[][],
  nieuw_dekking: any[][],
  veld?: VerschilVeld,
  periode?: Periode,
  pijler?: Pijler,
): number {
  return guard(() =>
    verschilCijfer(
      { opgave: oud_opgave, dekking: oud_dekking },
      { opgave: nieuw_opgave, dekking: nieuw_dekking },
      veld,
      periode,
      pijler,
    ).toNumber(),
  );
}

/**
 * Hoeveel de resterende Rijksopgave verandert als alleen de verdeelsleutel van één onderdeel een aantal procentpunten hoger of lager ligt (gevoeligheid): het verschil, elke variant volledig doorgerekend.
 * @customfunction GEVOELIGHEID
 * @param opgave_tabel De opgavetabel met kopregel, zoals bij TOTAALBEELD.
 * @param dekking_tabel De dekkingstabel met kopregel, zoals bij TOTAALBEELD.
 * @param onderdeel Het onderdeel waarvan de verdeelsleutel verschuift, bijv. "Nieuwbouw" (hoofdletters en spaties doen er niet toe); "Fysiek: Nieuwbouw" kiest de pijler; "Sociaal-maatschappelijk *" (of alleen de pijlernaam) de sleutel van de pijler voor de onderdelen zonder eigen sleutel.
 * @param delta De verschuiving in procentpunten, van -100 tot en met 100: 10 maakt van 50% 60%, -10 maakt er 40% van (niet 10%, dat is 0,1 procentpunt); per regel begrensd op 0% en 100%.
 * @param [veld] Welk cijfer: "totaal" (standaard), "pijler", "onderdeel", "rijksdeel" of "verdeelsleutel".
 * @param [periode] Alleen deze periode, bijv. "tot 2030"; leeg: de som over elke periode waarin de sleutel gebruikt wordt (per periode een eigen sleutel; "verdeelsleutel" vraagt dan één periode).
 * @param [methode] Voor "totaal" en "pijler": "saldering" (standaard) of "per onderdeel".
 * @returns Het cijfer met de verschoven sleutel min het cijfer nu, in de eenheid van de tabellen: positief als het steeg. Regels met een scenario tellen niet mee (het basisbeeld).
 * @voorbeeld =NPLV.GEVOELIGHEID(Opgave!A3:F39; Dekking!A3:H27; "Nieuwbouw"; 10; "pijler"; "tot 2030") → 44,5
 * @voorbeeld =NPLV.GEVOELIGHEID(Opgave!A3:F39; Dekking!A3:H27; "Bereikbaarheid en mobiliteit"; 10; "onderdeel"; "tot 2030") → 7,5
 * @voorbeeld =NPLV.GEVOELIGHEID(Opgave!A3:F39; Dekking!A3:H27; "Bereikbaarheid en mobiliteit"; 10; "pijler"; "tot 2030") → 13
 * @voorbeeld =NPLV.GEVOELIGHEID(Opgave!A3:F39; Dekking!A3:H27; "Nieuwbouw"; -10; ; "tot 2030") → -44,5
 * @voorbeeld Over beide perioden (Nieuwbouw heeft in elk een sleutel van 50%): =NPLV.GEVOELIGHEID(Opgave!A3:F39; Dekking!A3:H27; "Nieuwbouw"; 10) → 89
 * @fout #WAARDE! Een onderdeel zonder verdeelsleutel in de tabellen; de melding noemt de bekende: =NPLV.GEVOELIGHEID(Opgave!A3:F39; Dekking!A3:H27; "Groen"; 10)
 * @fout #WAARDE! Een delta buiten -100 tot en met 100: =NPLV.GEVOELIGHEID(Opgave!A3:F39; Dekking!A3:H27; "Nieuwbouw"; 150)
 * @fout #WAARDE! De verdeelsleutel over meer dan één periode: =NPLV.GEVOELIGHEID(Opgave!A3:F39; Dekking!A3:H27; "Nieuwbouw"; 10; "verdeelsleutel")
 * @fout #N/B Een sleutel die alleen regels van een scenario heeft (of PM is): =NPLV.GEVOELIGHEID(Opgave!A3:F39; Dekking!A3:H27; "Funderingsherstel kwetsbare voorraad"; 10)
 * @fout #N/B Een periode die niet in de tabellen staat: =NPLV.GEVOELIGHEID(Opgave!A3:F39; Dekking!A3:H27; "Nieuwbouw"; 10; ; "tot 2040")
 */
function gevoeligheidFn(
  opgave_tabel: any[][],
  dekking_tabel: any[][],
  onderdeel: string,
  delta: number,
  veld?: GevoeligheidVeld,
  periode?: Periode,
  methode?: Methode,
): number {
  return guard(() => gevoeligheidCijfer(opgave_tabel, dekking_tabel, onderdeel, delta, veld, periode, methode).toNumber());
}

/**
 * De jaarlijkse Rijksbijdrage volgens de synthese 2021: (netto kosten − onrendabele top × aandeel corporaties) × Rijksaandeel, omgerekend naar een kabinetsperiode, per jaar.
 * @customfunction RIJKSBIJDRAGE
 * @param netto_kosten De netto kosten (bruto kosten − opbrengsten).
 * @param onrendabele_top_corporaties De onrendabele top op sociale huur.
 * @param [aandeel_corporaties] Het deel van die top voor de corporaties; standaard 50%.
 * @param [rijksaandeel] Het Rijksaandeel; standaard 75%.
 * @param [jaren_raming] Het aantal jaren van de raming; standaard 6.
 * @param [jaren_kabinet] Het aantal jaren van een kabinetsperiode; standaard 4.
 * @returns De Rijksbijdrage per jaar.
 * @voorbeeld =NPLV.RIJKSBIJDRAGE(3800; 1000) → 412,5
 * @fout #WAARDE! Een negatief bedrag: =NPLV.RIJKSBIJDRAGE(-1; 1000)
 * @fout #WAARDE! Een aandeel boven 100%: =NPLV.RIJKSBIJDRAGE(3800; 1000; 150%)
 */
function rijksbijdrageFn(
  netto_kosten: number,
  onrendabele_top_corporaties: number,
  aandeel_corporaties?: number,
  rijksaandeel?: number,
  jaren_raming?: number,
  jaren_kabinet?: number,
): number {
  return guard(() =>
    rijksbijdrage({
      nettoKosten: getal('netto_kosten', netto_kosten),
      onrendabeleTopCorporaties: getal('onrendabele_top_corporaties', onrendabele_top_corporaties),
      aandeelCorporaties: aandeel('aandeel_corporaties', aandeel_corporaties, '0.5'),
      rijksaandeel: aandeel('rijksaandeel', rijksaandeel, '0.75'),
      jarenRaming: aantalJaren('jaren_raming', jaren_raming, 6),
      jarenKabinet: aantalJaren('jaren_kabinet', jaren_kabinet, 4),
    }).toNumber(),
  );
}

/**
 * WAAR als een gebied een kansenzone kan zijn (Wbmgp art. 3): 5.000 tot en met 30.000 inwoners, ten minste 25% niet-actieven en 45% lage inkomens.
 * @customfunction KANSENZONE
 * @param inwoners Het aantal inwoners.
 * @param aandeel_niet_actief Het aandeel niet-actieve inwoners (0,28 of 28%).
 * @param aandeel_laag_inkomen Het aandeel huishoudens met een laag inkomen (0,51 of 51%).
 * @returns WAAR of ONWAAR.
 * @voorbeeld =NPLV.KANSENZONE(12000; 28%; 51%) → WAAR
 * @fout #WAARDE! Een aandeel boven 100%: =NPLV.KANSENZONE(12000; 128%; 51%)
 */
function kansenzoneFn(inwoners: number, aandeel_niet_actief: number, aandeel_laag_inkomen: number): boolean {
  return guard(() =>
    kansenzone(
      getal('inwoners', inwoners),
      aandeel('aandeel_niet_actief', aandeel_niet_actief),
      aandeel('aandeel_laag_inkomen', aandeel_laag_inkomen),
    ),
  );
}

/** Both methods over ranges; single cells are the one-onderdeel case of either. */
function rest(
  a: string,
  opgave: ReturnType<typeof bedragen>,
  b: string,
  dekking: ReturnType<typeof bedragen>,
  m: ReturnType<typeof kiesMethode>,
) {
  const o = opgave.flat();
  if (m === 'saldering') return restSaldering(o, dekking.flat()).toNumber();
  return restPerOnderdeel(o, zelfdeVorm(a, opgave, b, dekking).flat()).toNumber();
}

export {
  verdeelsleutel,
  rijksdeelFn,
  restopgave,
  restrijksopgave,
  jaarlijks,
  totaalbeeld,
  scenarioFn,
  verschilFn,
  gevoeligheidFn,
  rijksbijdrageFn,
  kansenzoneFn,
};
