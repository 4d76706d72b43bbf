/**
 * The JSON of `nplv totaalbeeld --json` without what issue 16 added to CLI.md's contract (Tabel 1
 * over all perioden, the split per source of the estimate, the figures per gebied): what
 * golden.json holds. The additions are tested on their own.
 */
export function alsGolden<T extends { perioden: object[] }>(json: T): T {
  const { overPerioden: _o, ...rest } = json as T & { overPerioden?: unknown };
  const periode = ({ ramingen: _r, perRaming: _p, gebieden: _g, pijlers, totaal, ...p }: Record<string, unknown>) => ({
    ...p,
    ...(pijlers !== undefined && { pijlers: (pijlers as Record<string, unknown>[]).map(({ perRaming: _x, ...pijler }) => pijler) }),
    ...(totaal !== undefined && { totaal: (({ perRaming: _x, ...t }) => t)(totaal as Record<string, unknown>) }),
  });
  return { ...rest, perioden: (json.perioden as Record<string, unknown>[]).map(periode) } as T;
}
