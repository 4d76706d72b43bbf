import { GEBRUIK, parseArgs } from './args';
import { herberekenBestand, totaalbeeld, voorbeeldSchrijven, voorbeeldTonen } from './commands';
import { foutBericht, foutDetails } from './fouten';
import { EXIT, type Io } from './io';
import { gevoeligheidBestand } from './gevoeligheid';
import { uitleg } from './uitleg';
import { vergelijkBestanden } from './vergelijk';
import { vastleggenBestand, versiesTonen } from './versies';

/**
 * The `nplv` command line (CLI.md); returns the exit code. Every failure is one Dutch line on
 * stderr and exit 2; `--debug` (anywhere among the words) adds the stack below it.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    return await voerUit(
      argv.filter((a) => a !== '--debug'),
      io,
    );
  } catch (e) {
    io.err(`nplv: ${foutBericht(e)}`);
    if (debug) io.err(foutDetails(e));
    return EXIT.gebruik;
  }
}

async function voerUit(argv: readonly string[], io: Io): Promise<number> {
  const opdracht = parseArgs(argv);
  switch (opdracht.soort) {
    case 'voorbeeld-tonen':
      return voorbeeldTonen(io, opdracht.scenarios, opdracht.weergave);
    case 'herbereken':
      return herberekenBestand(io, opdracht.invoer, opdracht.uitvoer, opdracht.scenarios, opdracht.overschrijven, opdracht.weergave);
    case 'totaalbeeld':
      return totaalbeeld(io, opdracht.invoer, opdracht.vorm, opdracht.scenarios, opdracht.weergave, opdracht.gebied);
    case 'uitleg':
      return uitleg(io, opdracht.invoer, opdracht.cel, opdracht.scenarios, opdracht.met);
    case 'vergelijk':
      return vergelijkBestanden(io, opdracht.invoer, opdracht.tegen, opdracht);
    case 'gevoeligheid':
      return gevoeligheidBestand(io, opdracht.invoer, opdracht);
    case 'versies':
      return versiesTonen(io, opdracht.invoer);
    case 'vastleggen':
      return vastleggenBestand(io, opdracht.invoer, opdracht.label, opdracht.uitvoer, opdracht.scenarios, opdracht.overschrijven);
    case 'voorbeeld':
      return voorbeeldSchrijven(io, opdracht.uitvoer);
    case 'hulp':
      io.out(GEBRUIK);
      return EXIT.klaar;
    case 'fout':
      io.err(`nplv: ${opdracht.bericht}\n\n${GEBRUIK}`);
      return EXIT.gebruik;
  }
}
