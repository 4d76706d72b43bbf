import { matchKey } from './matchKey';

/**
 * A header as it is matched: `Opgave (mln €)` is the column Opgave with the unit text `mln €`
 * (a trailing part in round or square brackets). `key` is the whole header's match key, `kern`
 * that of the header without its brackets; a header matches a name by either.
 */
export interface KopNaam {
  key: string;
  kern: string;
  /** The bracketed text as written (`mln €`), when the header has one. */
  haakjes?: string;
}

const TRAILING_BRACKETS = /^(.*?\S)\s*[([]([^()[\]]*)[)\]]\s*$/;

export function kopNaam(header: string): KopNaam {
  const key = matchKey(header);
  const m = TRAILING_BRACKETS.exec(header.trim());
  if (!m) return { key, kern: key };
  return { key, kern: matchKey(m[1]), haakjes: m[2].trim() };
}

/** The edit distance of two short keys (insertions, deletions, substitutions), stopping early past `most`. */
export function editDistance(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...current) > most) return most + 1;
    previous = current;
  }
  return previous[b.length];
}

/**
 * Whether a header nearly names a column (`Opgav`, `Opgave 2026`, `Rijksfinanc`): one of the
 * names begins the header or the header begins it (four characters at least), or it is one
 * or two typing errors away (one for names of up to five characters).
 */
export function lijktOp(header: KopNaam, namen: readonly string[]): boolean {
  return namen.map(matchKey).some((naam) => {
    const kern = header.kern;
    if (kern.length >= 4 && (kern.startsWith(naam) || naam.startsWith(kern))) return true;
    return editDistance(kern, naam, naam.length <= 5 ? 1 : 2) <= (naam.length <= 5 ? 1 : 2);
  });
}
