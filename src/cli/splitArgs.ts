/** Options that take a value (the next word, or `--naam=waarde`); every other option is a flag. */
const MET_WAARDE: Record<string, string> = {
  '-o': 'de naam van het uitvoerbestand',
  '--uitvoer': 'de naam van het uitvoerbestand',
  '--scenario': 'de naam van een scenario',
  '--oud-scenario': 'de naam van een scenario',
  '--nieuw-scenario': 'de naam van een scenario',
  '--eenheid': `een eenheid (mln of mld; ook euro of duizend)`,
  '--decimalen': 'een aantal decimalen (0 tot en met 6)',
  '--gebied': 'de naam van een gebied (bijv. Rotterdam-Zuid)',
  '--versie': 'het label van een vastgelegde versie',
  '--met': 'het oude bestand waarmee vergeleken is',
  '--stap': 'een stap in procentpunt, 0 tot en met 100 (bijv. 5)',
};

export interface Woorden {
  /** The words that are not options, in order (files, cells). */
  woorden: string[];
  /** The values given to an option, in order (empty when not given). */
  waarden: (optie: string) => string[];
  vlaggen: Set<string>;
}

/**
 * Splits a command's words into options and the rest. Options not in `toegestaan`, and an
 * option without its value, are a usage error.
 */
export function splitArgs(args: readonly string[], toegestaan: readonly string[]): Woorden | { fout: string } {
  const woorden: string[] = [];
  const gegeven: [string, string][] = [];
  const vlaggen = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('-') || arg === '-') {
      woorden.push(arg);
      continue;
    }
    const is = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const optie = is > 0 ? arg.slice(0, is) : arg;
    if (!toegestaan.includes(optie)) return { fout: `onbekende optie ${optie}` };
    if (!(optie in MET_WAARDE)) {
      if (is > 0) return { fout: `optie ${optie} neemt geen waarde` };
      vlaggen.add(optie);
      continue;
    }
    const waarde = is > 0 ? arg.slice(is + 1) : args[++i];
    if (!waarde) return { fout: `na ${optie} hoort ${MET_WAARDE[optie]}` };
    gegeven.push([optie, waarde]);
  }
  return { woorden, vlaggen, waarden: (optie) => gegeven.filter(([o]) => o === optie).map(([, w]) => w) };
}
