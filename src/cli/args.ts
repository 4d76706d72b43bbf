import { splitArgs } from './splitArgs';

/** What the user asked for (CLI.md), or why the words do not fit. `scenarios`: those to switch on. */
export type Opdracht =
  | { soort: 'voorbeeld-tonen'; scenarios: string[] }
  | { soort: 'herbereken'; invoer: string; uitvoer?: string; scenarios: string[]; overschrijven: boolean }
  | { soort: 'totaalbeeld'; invoer: string; json: boolean; scenarios: string[] }
  | { soort: 'uitleg'; invoer: string; cel: string; scenarios: string[] }
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
  nplv totaalbeeld IN.xlsx [--json]      rekent en toont, schrijft niets
  nplv uitleg IN.xlsx BLAD!CEL           legt uit hoe het cijfer in die cel berekend is (bijv. Opgave!K3 of
                                         'NPLV Totaalbeeld'!B6): een berekende kolom van Opgave of Dekking, of
                                         een bedrag op het blad NPLV Totaalbeeld; schrijft niets
  nplv voorbeeld UIT.xlsx                schrijft de voorbeeldwerkmap om in Excel te openen
Opties van nplv, herbereken, totaalbeeld en uitleg:
  --scenario NAAM                        zet een scenario van de werkmap aan (kolom Scenario); herhaalbaar,
                                         ook als --scenario=NAAM; zonder: de basis
Opties van herbereken:
  -o UIT.xlsx, --uitvoer UIT.xlsx        het uitvoerbestand: een nieuwe naam of een gewoon bestand (geen map,
                                         apparaat, FIFO of symbolische koppeling)
  --overschrijven                        vervangt ook een bestaand UIT.xlsx dat geen uitvoer van nplv is
Bij elke opdracht:
  --debug                                toont bij een fout ook de technische details (stack)
Afsluitcodes: 0 klaar, 1 de werkmap bevat fouten (niets geschreven), 2 verkeerd gebruik, onleesbaar bestand
of (uitleg) een cel zonder berekend cijfer.`;

const fout = (bericht: string): Opdracht => ({ soort: 'fout', bericht });

/** The options each command takes; `--scenario` on all that compute. */
const OPTIES: Record<string, readonly string[]> = {
  'voorbeeld-tonen': ['--scenario'],
  herbereken: ['-o', '--uitvoer', '--scenario', '--overschrijven'],
  totaalbeeld: ['--json', '--scenario'],
  uitleg: ['--scenario'],
  voorbeeld: [],
};

const BESTANDEN: Record<string, [number, string]> = {
  'voorbeeld-tonen': [0, 'nplv zonder opdracht rekent de voorbeeldwerkmap en verwacht geen bestand'],
  herbereken: [1, 'herbereken verwacht precies één invoerbestand'],
  totaalbeeld: [1, 'totaalbeeld verwacht precies één invoerbestand'],
  uitleg: [2, 'uitleg verwacht een invoerbestand en een cel (bijv. nplv uitleg raming.xlsx Opgave!K3)'],
  voorbeeld: [1, 'voorbeeld verwacht precies één uitvoerbestand'],
};

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
  if (woorden.length !== aantal) return fout(teVeel);
  const scenarios = waarden('--scenario');
  switch (soort) {
    case 'herbereken':
      return { soort, invoer: woorden[0], uitvoer: [...waarden('-o'), ...waarden('--uitvoer')].pop(), scenarios, overschrijven: vlaggen.has('--overschrijven') };
    case 'totaalbeeld':
      return { soort, invoer: woorden[0], json: vlaggen.has('--json'), scenarios };
    case 'uitleg':
      return { soort, invoer: woorden[0], cel: woorden[1], scenarios };
    case 'voorbeeld':
      return { soort, uitvoer: woorden[0] };
    default:
      return { soort: 'voorbeeld-tonen', scenarios };
  }
}
