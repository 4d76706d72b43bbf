/** The figures of a periode's total as golden.json (and `toJson`) give them. */
export interface GoldenTotaal {
  opgave: number;
  dekking: number;
  restopgave: number;
  restRijksopgave: number;
  jaarlijkseRestopgave: number;
  restopgavePerOnderdeel: number;
  [veld: string]: number;
}

/** golden.json: what the report's model yields on the example (the engine's `toJson` shape). */
export interface GoldenCijfers {
  perioden: { periode: string; totaal: GoldenTotaal; [veld: string]: unknown }[];
}

const NAAM_VELDEN = ['periode', 'pijler', 'onderdeel', 'gebied'];

/** An element of a list by the name it has (`tot 2030`, `Fysiek`, `Nieuwbouw`), else its place. */
function stapNaam(element: unknown, i: number): string {
  const e = (element ?? {}) as Record<string, unknown>;
  const namen = NAAM_VELDEN.map((v) => e[v]).filter((n): n is string => typeof n === 'string' && n !== '');
  return namen.length > 0 ? namen.join(' ') : `#${i + 1}`;
}

const tekst = (v: unknown) => (v === undefined ? 'niets' : JSON.stringify(v));

/**
 * Every figure and name `verwacht` holds that `gekregen` does not hold the same, as a line
 * `tot 2030 › Fysiek › Nieuwbouw › restopgave: 155 verwacht, 154 gekregen`. Only what
 * `verwacht` has is compared (the result may hold more); numbers exactly.
 */
export function verschillenMet(verwacht: unknown, gekregen: unknown, pad: string[] = []): string[] {
  const plaats = pad.length > 0 ? `${pad.join(' › ')}: ` : '';
  if (Array.isArray(verwacht)) {
    if (!Array.isArray(gekregen) || gekregen.length !== verwacht.length)
      return [`${plaats}${verwacht.length} regels verwacht, ${Array.isArray(gekregen) ? gekregen.length : 'geen'} gekregen`];
    return verwacht.flatMap((v, i) => verschillenMet(v, gekregen[i], [...pad, stapNaam(v, i)]));
  }
  if (typeof verwacht === 'object' && verwacht !== null) {
    const g = (typeof gekregen === 'object' && gekregen !== null ? gekregen : {}) as Record<string, unknown>;
    return Object.entries(verwacht).flatMap(([k, v]) => {
      if (NAAM_VELDEN.includes(k) && pad.length > 0 && v === g[k]) return [];
      // A list's elements go by their names (`tot 2030 › Fysiek`), without the list's own.
      const lijst = Array.isArray(v) && Array.isArray(g[k]) && (g[k] as unknown[]).length === v.length;
      return verschillenMet(v, g[k], lijst ? pad : [...pad, k]);
    });
  }
  return verwacht === gekregen ? [] : [`${plaats}${tekst(verwacht)} verwacht, ${tekst(gekregen)} gekregen`];
}
