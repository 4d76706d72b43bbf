const normalized = new Map<string, string>();

/** Comparing names the way analysts type them: case, accents and spacing do not matter. */
export function normalize(name: string): string {
  let n = normalized.get(name);
  if (n === undefined) {
    n = name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
    // Names repeat on every row: remember them, within bounds.
    if (normalized.size > 100_000) normalized.clear();
    normalized.set(name, n);
  }
  return n;
}

export const FYSIEK = 'Fysiek';
export const SOCIAAL = 'Sociaal-maatschappelijk';
export const PIJLERS = [FYSIEK, SOCIAAL] as const;

/** `Fysiek`, `fysieke pijler` → Fysiek; `Sociaal`, `Soc-maatsch. pijler` → Sociaal-maatschappelijk. */
export function canonicalPijler(name: string): string | undefined {
  const n = normalize(name);
  if (n.startsWith('fys')) return FYSIEK;
  if (n.startsWith('soc')) return SOCIAAL;
  return undefined;
}

/** The identity of a pijler: the canonical name when it is one of the two, else its name normalized. */
export function pijlerKey(name: string): string {
  return canonicalPijler(name) ?? normalize(name);
}

/** Other names the seed uses for the same onderdeel (seed 002, Tabel 4 and 6). */
const ALIASES: Record<string, string> = {
  'openbare ruimte en voorzieningen': 'leefomgeving',
  bereikbaarheid: 'bereikbaarheid en mobiliteit',
  'mobiliteit en bereikbaarheid': 'bereikbaarheid en mobiliteit',
  'bereikbaarheid & mobiliteit': 'bereikbaarheid en mobiliteit',
};

/** The identity of an onderdeel: normalized, with the seed's synonyms folded together. */
export function onderdeelKey(name: string): string {
  const n = normalize(name);
  return ALIASES[n] ?? n;
}

/** Dekking named like this belongs to the pillar as a whole when no opgave row carries the name. */
const PILLAR_LEVEL = ['governance', 'programma-organisatie', 'programmaorganisatie', 'capaciteit'];

export function isPijlerniveauNaam(name: string): boolean {
  const n = normalize(name);
  return n === '' || PILLAR_LEVEL.some((p) => n.startsWith(p));
}
