import { splitArgs, type Woorden } from './splitArgs';
import { stappenVan } from './stappen';
import { EENHEID_WOORDEN, geldigeDecimalen, leesSchaal, MAX_DECIMALEN, type ScenariosPerVersie, type Weergave } from '../workbook';

/** How `nplv totaalbeeld` prints: the text table, CLI.md's JSON, Dutch CSV or Markdown. */
export type Vorm = 'tabel' | 'json' | 'csv' | 'markdown';

/**
 * What the user asked for (CLI.md), or why the words do not fit. `scenarios`: those to switch
 * on; `weergave`: the Totaalbeeld's unit and decimals asked for (`--eenheid`, `--decimalen`).
 */
export type Opdracht =
  | { soort: 'voorbeeld-tonen'; scenarios: string[]; weergave: Partial<Weergave> }
  | { soort: 'herbereken'; invoer: string; uitvoer?: string; scenarios: string[]; overschrijven: boolean; weergave: Partial<Weergave> }
  | { soort: 'totaalbeeld'; invoer: string; vorm: Vorm; scenarios: string[]; weergave: Partial<Weergave>; gebied?: string }
  | { soort: 'uitleg'; invoer: string; cel: string; scenarios: string[]; met?: string }
  | {
      soort: 'vergelijk';
      invoer: string;
      tegen: { oud: string } | { versie: string };
      json: boolean;
      scenarios: ScenariosPerVersie;
      uitvoer?: string;
      overschrijven: boolean;
    }
  | {
      soort: 'gevoeligheid';
      invoer: string;
      stappen?: number[];
      json: boolean;
      scenarios: string[];
      uitvoer?: string;
      overschrijven: boolean;
    }
  | { soort: 'versies'; invoer: string }
  | { soort: 'vastleggen'; invoer: string; label: string; uitvoer?: string; scenarios: string[]; overschrijven: boolean }
  | { soort: 'voorbeeld'; uitvoer: string }
  | { soort: 'hulp' }
  | { soort: 'fout'; bericht: string };

export const GEBRUIK = `Gebruik:
  nplv                                   rekent de ingebouwde voorbeeldwerkmap (Totaalbeeld opgave NPLV, jan 2026) door
  nplv herbereken IN.xlsx [-o UIT.xlsx]  schrijft de berekende kolommen en het blad NPLV Totaalbeeld naar UIT.xlsx
                                         (standaard IN-herberekend.xlsx); IN blijft onaangeroerd; UIT houdt de soort
                                         van IN: een .xlsm blijft .xlsm (zo ook .xltx en .xltm), en de rechten van IN;
                                         een bestaand UIT wordt alleen vervangen als het een eerdere uitvoer van nplv
                                         is (met het blad NPLV Totaalbeeld), anders alleen met --overschrijven
  nplv totaalbeeld IN.xlsx [--json | --csv | --markdown] [--gebied NAAM]
                                         rekent en toont, schrijft niets; --csv: de tabellen als Nederlandse CSV
                                         (; tussen de velden, decimaalkomma), --markdown: als Markdown-tabellen;
                                         --gebied NAAM: alleen dat gebied (kolom Gebied): per periode zijn cijfers per
                                         pijler en totaal, en zijn onderdelen; hoofdletters, accenten en spaties tellen
                                         niet; "(geen gebied)": de onderdelen zonder gebied; niet met --json (de JSON
                                         geeft alle gebieden in perioden[].gebieden)
  nplv uitleg IN.xlsx BLAD!CEL           legt uit hoe het cijfer in die cel berekend is (bijv. Opgave!K3 of
                                         'NPLV Totaalbeeld'!B6): een berekende kolom van Opgave of Dekking, of
                                         een bedrag op het blad NPLV Totaalbeeld; schrijft niets
  nplv vergelijk OUD.xlsx NIEUW.xlsx [--json] [-o UIT.xlsx] [--oud-scenario NAAM]... [--nieuw-scenario NAAM]...
  nplv vergelijk IN.xlsx --versie LABEL [--json] [-o UIT.xlsx] [--nieuw-scenario NAAM]...
                                         vergelijkt NIEUW met OUD (of IN met een daarin vastgelegde versie): per
                                         periode, pijler en onderdeel (en gebied) oud, nieuw en verschil van opgave,
                                         dekking, Rijksdeel, Rijksdekking, restopgave en rest. Rijksopgave, en elk
                                         verschil in restopgave en rest. Rijksopgave naar oorzaak (opgave, dekking,
                                         sleutels, structuur, scenario's; in die vaste volgorde vervangen); toont
                                         een tabel, of met --json de JSON; perioden die maar één bestand heeft,
                                         worden niet vergeleken (een waarschuwing noemt ze); met -o ook een kopie van
                                         NIEUW (IN) met het blad NPLV Vergelijking, volgens de regels van herbereken;
                                         --scenario NAAM zet een scenario in beide aan, --oud-scenario NAAM alleen in
                                         OUD, --nieuw-scenario NAAM alleen in NIEUW (herhaalbaar); met --versie heeft
                                         de oude kant de scenario's van de versie (dus geen --oud-scenario)
  nplv uitleg UIT.xlsx "NPLV Vergelijking!F12" [--met OUD.xlsx]
                                         legt een verschil op het blad NPLV Vergelijking uit per oorzaak, met de
                                         cellen in beide versies; de vergelijking wordt opnieuw gemaakt met wat de kop
                                         van het blad noemt: een versie van UIT, of een bestand: geef dat op met --met;
                                         en met de scenario's van elke kant uit de kop (--scenario NAAM: die in beide)
  nplv gevoeligheid IN.xlsx [--stap D]... [--json] [-o UIT.xlsx]
                                         verschuift elke verdeelsleutel apart D procentpunt omlaag en omhoog
                                         (standaard 5 en 10; begrensd op 0–100%; al het andere gelijk, elke variant een
                                         volledige herberekening) en toont per sleutel de Δ van de rest-Rijksopgave
                                         van het onderdeel, de pijler en het totaal (saldering) en het kantelpunt,
                                         de grootste Δ eerst; --stap herhaalbaar of met komma's (--stap 5,10), een
                                         decimaal met punt (--stap 2.5) of, met ; tussen de stappen, komma
                                         (--stap "2,5;5"); met --json de JSON; met -o ook een kopie van IN met het blad
                                         NPLV Gevoeligheid (met tornadografiek), volgens de regels van herbereken
  nplv uitleg UIT.xlsx "NPLV Gevoeligheid!R16"
                                         legt een Δ op het blad NPLV Gevoeligheid uit: de sleutel, het Rijksdeel en
                                         elke max(0; …) ervoor en erna, met de cellen; met de stappen en scenario's
                                         die het blad noemt (--scenario NAAM: die in plaats daarvan)
  nplv versies IN.xlsx                   toont de vastgelegde versies van de werkmap (blad NPLV Versies): naam,
                                         tijdstip en de scenario's die aan stonden; schrijft niets
  nplv vastleggen IN.xlsx NAAM [-o UIT.xlsx]
                                         legt de werkmap zoals hij nu is vast als versie NAAM (invoer en uitkomst,
                                         in het verborgen blad NPLV Versies) en schrijft dat naar UIT.xlsx (standaard
                                         IN-vastgelegd.xlsx), met dezelfde regels voor UIT als herbereken
  nplv voorbeeld UIT.xlsx                schrijft de voorbeeldwerkmap om in Excel te openen
Opties van nplv, herbereken, totaalbeeld, vergelijk, gevoeligheid, uitleg en vastleggen:
  --scenario NAAM                        zet een scenario van de werkmap aan (kolom Scenario); herhaalbaar,
                                         ook als --scenario=NAAM; zonder: de basis
Opties van nplv, herbereken en totaalbeeld (niet met --json: JSON geeft de bedragen exact in de eenheid
van de werkmap):
  --eenheid mln|mld                      de eenheid waarin het Totaalbeeld de bedragen toont (ook euro, duizend);
                                         de cellen houden het exacte bedrag, alleen de getalnotatie verandert
  --decimalen N                          het aantal decimalen van die bedragen, 0 tot en met 6
                                         zonder deze opties: wat het vorige Totaalbeeld van de werkmap toonde,
                                         anders de eenheid van de werkmap (mln: 1 decimaal, mld: 2)
Opties van herbereken, vastleggen, vergelijk en gevoeligheid:
  -o UIT.xlsx, --uitvoer UIT.xlsx        het uitvoerbestand: een nieuwe naam of een gewoon bestand (geen map,
                                         apparaat, FIFO of symbolische koppeling); bij vergelijk en gevoeligheid
                                         zonder -o: niets
  --overschrijven                        vervangt ook een bestaand UIT.xlsx dat geen uitvoer van nplv is
Bij elke opdracht:
  --debug                                toont bij een fout ook de technische details (stack)
Afsluitcodes: 0 klaar, 1 de werkmap bevat fouten (niets geschreven), 2 verkeerd gebruik, onleesbaar bestand
of (uitleg) een cel zonder berekend cijfer.`;

const fout = (bericht: string): Opdracht => ({ soort: 'fout', bericht });

const WEERGAVE = ['--eenheid', '--decimalen'];

/** The options each command takes; `--scenario` on all that compute, `--eenheid` and `--decimalen` on those that show a Totaalbeeld. */
const OPTIES: Record<string, readonly string[]> = {
  'voorbeeld-tonen': ['--scenario', ...WEERGAVE],
  herbereken: ['-o', '--uitvoer', '--scenario', '--overschrijven', ...WEERGAVE],
  totaalbeeld: ['--json', '--csv', '--markdown', '--scenario', '--gebied', ...WEERGAVE],
  uitleg: ['--scenario', '--met'],
  vergelijk: ['--json', '--scenario', '--oud-scenario', '--nieuw-scenario', '--versie', '-o', '--uitvoer', '--overschrijven'],
  gevoeligheid: ['--stap', '--json', '--scenario', '-o', '--uitvoer', '--overschrijven'],
  versies: [],
  vastleggen: ['-o', '--uitvoer', '--scenario', '--overschrijven'],
  voorbeeld: [],
};

const BESTANDEN: Record<string, [number, string]> = {
  'voorbeeld-tonen': [0, 'nplv zonder opdracht rekent de voorbeeldwerkmap en verwacht geen bestand'],
  herbereken: [1, 'herbereken verwacht precies één invoerbestand'],
  totaalbeeld: [1, 'totaalbeeld verwacht precies één invoerbestand'],
  uitleg: [2, 'uitleg verwacht een invoerbestand en een cel (bijv. nplv uitleg raming.xlsx Opgave!K3)'],
  gevoeligheid: [1, 'gevoeligheid verwacht precies één invoerbestand'],
  versies: [1, 'versies verwacht precies één invoerbestand'],
  vastleggen: [
    2,
    'vastleggen verwacht een invoerbestand en de naam van de versie (bijv. nplv vastleggen raming.xlsx "Totaalbeeld jan 2026")',
  ],
  voorbeeld: [1, 'voorbeeld verwacht precies één uitvoerbestand'],
  vergelijk: [2, 'vergelijk verwacht twee bestanden (nplv vergelijk OUD.xlsx NIEUW.xlsx), of één met --versie LABEL'],
};

const laatste = (args: Woorden, optie: string) => args.waarden(optie).pop();

/** `--eenheid` and `--decimalen` (the last of each, when repeated), or what is wrong with them. */
function weergaveVan(args: Woorden): Partial<Weergave> | { fout: string } {
  const [woord, getal] = [laatste(args, '--eenheid'), laatste(args, '--decimalen')];
  const eenheid = woord === undefined ? undefined : leesSchaal(woord);
  if (woord !== undefined && !eenheid) return { fout: `onbekende eenheid '${woord}' na --eenheid; kies ${EENHEID_WOORDEN}` };
  const decimalen = getal !== undefined && /^\d+$/.test(getal) ? Number(getal) : undefined;
  if (getal !== undefined && (decimalen === undefined || !geldigeDecimalen(decimalen)))
    return { fout: `na --decimalen hoort een geheel getal van 0 tot en met ${MAX_DECIMALEN}, niet '${getal}'` };
  return { ...(eenheid && { eenheid }), ...(decimalen !== undefined && { decimalen }) };
}

// The form `totaalbeeld` prints in: at most one of --json, --csv, --markdown; JSON has no display setting and gives all gebieden.
function vormVan({ vlaggen, waarden }: Woorden, weergave: Partial<Weergave>): Vorm | { fout: string } {
  const vormen = (['json', 'csv', 'markdown'] as const).filter((v) => vlaggen.has(`--${v}`));
  if (vormen.length > 1) return { fout: `kies één van ${vormen.map((v) => `--${v}`).join(' en ')}` };
  if (vormen[0] === 'json' && Object.keys(weergave).length > 0)
    return { fout: '--eenheid en --decimalen gelden niet bij --json: JSON geeft de bedragen exact, in de eenheid van de werkmap' };
  if (vormen[0] === 'json' && waarden('--gebied').length > 0)
    return { fout: '--gebied geldt niet bij --json: de JSON geeft alle gebieden, elk in perioden[].gebieden' };
  return vormen[0] ?? 'tabel';
}

// `--gebied` (the last, when repeated).
const gebiedVan = (args: Woorden): { gebied?: string } => {
  const gebied = laatste(args, '--gebied');
  return gebied === undefined ? {} : { gebied };
};

/**
 * The scenarios of each side of `vergelijk`: `--scenario` on both, `--oud-scenario` on OUD only,
 * `--nieuw-scenario` on NIEUW only (each once). With `--versie` the old side has the version's own.
 */
function kantenVan({ waarden }: Woorden, versie: string | undefined): ScenariosPerVersie | { fout: string } {
  if (versie !== undefined && waarden('--oud-scenario').length > 0)
    return {
      fout: "--oud-scenario geldt niet bij --versie: de oude kant heeft de scenario's die bij het vastleggen van de versie aan stonden",
    };
  const kant = (optie: string) => [...new Set([...waarden('--scenario'), ...waarden(optie)])];
  return { oud: kant('--oud-scenario'), nieuw: kant('--nieuw-scenario') };
}

// `-o` / `--uitvoer` (the last, when repeated).
const uitvoerVan = ({ waarden }: Woorden) => [...waarden('-o'), ...waarden('--uitvoer')].pop();

export function parseArgs(argv: readonly string[]): Opdracht {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') return { soort: 'hulp' };
  // `nplv` and `nplv --scenario X`: the example.
  const soort = command === undefined || command.startsWith('-') ? 'voorbeeld-tonen' : command;
  if (!(soort in OPTIES)) return fout(`onbekende opdracht '${command}'`);
  const args = splitArgs(soort === 'voorbeeld-tonen' ? argv : rest, OPTIES[soort]);
  if ('fout' in args) return fout(args.fout);
  const { woorden, waarden, vlaggen } = args;
  const [aantal, teVeel] = BESTANDEN[soort];
  const versie = laatste(args, '--versie');
  if (woorden.length !== aantal - (versie === undefined ? 0 : 1)) return fout(teVeel);
  const scenarios = waarden('--scenario');
  const weergave = weergaveVan(args);
  if ('fout' in weergave) return fout(weergave.fout);
  const vorm = vormVan(args, weergave);
  switch (soort) {
    case 'herbereken':
      return { soort, invoer: woorden[0], uitvoer: uitvoerVan(args), scenarios, overschrijven: vlaggen.has('--overschrijven'), weergave };
    case 'vastleggen':
      return {
        soort,
        invoer: woorden[0],
        label: woorden[1],
        uitvoer: uitvoerVan(args),
        scenarios,
        overschrijven: vlaggen.has('--overschrijven'),
      };
    case 'versies':
      return { soort, invoer: woorden[0] };
    case 'totaalbeeld':
      return typeof vorm === 'string' ? { soort, invoer: woorden[0], vorm, scenarios, weergave, ...gebiedVan(args) } : fout(vorm.fout);
    case 'uitleg':
      return {
        soort,
        invoer: woorden[0],
        cel: woorden[1],
        scenarios,
        ...(laatste(args, '--met') !== undefined && { met: laatste(args, '--met') }),
      };
    case 'vergelijk': {
      const [invoer, tegen] = versie === undefined ? [woorden[1], { oud: woorden[0] }] : [woorden[0], { versie }];
      const [uitvoer, kanten] = [uitvoerVan(args), kantenVan(args, versie)];
      if ('fout' in kanten) return fout(kanten.fout);
      return {
        soort,
        invoer,
        tegen,
        json: vlaggen.has('--json'),
        scenarios: kanten,
        ...(uitvoer !== undefined && { uitvoer }),
        overschrijven: vlaggen.has('--overschrijven'),
      };
    }
    case 'gevoeligheid': {
      const stappen = stappenVan(waarden('--stap'));
      if ('fout' in stappen) return fout(stappen.fout);
      const uitvoer = uitvoerVan(args);
      return {
        soort,
        invoer: woorden[0],
        ...stappen,
        json: vlaggen.has('--json'),
        scenarios,
        ...(uitvoer !== undefined && { uitvoer }),
        overschrijven: vlaggen.has('--overschrijven'),
      };
    }
    case 'voorbeeld':
      return { soort, uitvoer: woorden[0] };
    default:
      return { soort: 'voorbeeld-tonen', scenarios, weergave };
  }
}
