/** What the user asked for (CLI.md), or why the words do not fit. */
export type Opdracht =
  | { soort: 'voorbeeld-tonen' }
  | { soort: 'herbereken'; invoer: string; uitvoer?: string }
  | { soort: 'totaalbeeld'; invoer: string; json: boolean }
  | { soort: 'voorbeeld'; uitvoer: string }
  | { soort: 'hulp' }
  | { soort: 'fout'; bericht: string };

export const GEBRUIK = `Gebruik:
  nplv                                   rekent de ingebouwde voorbeeldwerkmap (Totaalbeeld opgave NPLV, jan 2026) door
  nplv herbereken IN.xlsx [-o UIT.xlsx]  schrijft de berekende kolommen en het blad NPLV Totaalbeeld naar UIT.xlsx
                                         (standaard IN-herberekend.xlsx); IN blijft onaangeroerd
  nplv totaalbeeld IN.xlsx [--json]      rekent en toont, schrijft niets
  nplv voorbeeld UIT.xlsx                schrijft de voorbeeldwerkmap om in Excel te openen
Afsluitcodes: 0 klaar, 1 de werkmap bevat fouten (niets geschreven), 2 verkeerd gebruik of onleesbaar bestand.`;

const fout = (bericht: string): Opdracht => ({ soort: 'fout', bericht });

export function parseArgs(argv: readonly string[]): Opdracht {
  const [command, ...rest] = argv;
  if (command === undefined) return { soort: 'voorbeeld-tonen' };
  if (command === '-h' || command === '--help' || command === 'help') return { soort: 'hulp' };
  const flags = rest.filter((a) => a.startsWith('-'));
  const files = rest.filter((a, i) => !a.startsWith('-') && !['-o', '--uitvoer'].includes(rest[i - 1]));
  switch (command) {
    case 'herbereken': {
      const o = rest.findIndex((a) => a === '-o' || a === '--uitvoer');
      const uitvoer = o >= 0 ? rest[o + 1] : undefined;
      const unknown = flags.filter((f) => f !== '-o' && f !== '--uitvoer');
      if (o >= 0 && !uitvoer) return fout('na -o hoort de naam van het uitvoerbestand');
      if (unknown.length > 0) return fout(`onbekende optie ${unknown[0]}`);
      if (files.length !== 1) return fout('herbereken verwacht precies één invoerbestand');
      return { soort: 'herbereken', invoer: files[0], uitvoer };
    }
    case 'totaalbeeld': {
      const unknown = flags.filter((f) => f !== '--json');
      if (unknown.length > 0) return fout(`onbekende optie ${unknown[0]}`);
      if (files.length !== 1) return fout('totaalbeeld verwacht precies één invoerbestand');
      return { soort: 'totaalbeeld', invoer: files[0], json: flags.includes('--json') };
    }
    case 'voorbeeld':
      if (flags.length > 0) return fout(`onbekende optie ${flags[0]}`);
      if (files.length !== 1) return fout('voorbeeld verwacht precies één uitvoerbestand');
      return { soort: 'voorbeeld', uitvoer: files[0] };
    default:
      return fout(`onbekende opdracht '${command}'`);
  }
}
