/**
 * The steps of `nplv gevoeligheid --stap` (in procentpunt), from every `--stap` given: each a
 * number from 0 to 100, with a decimal point or comma. Several in one value are separated by
 * `;`, or by `,` when the value has no `;` (`--stap 5,10`: 5 and 10; `--stap "2,5;5"`: 2,5 and
 * 5; `--stap 2.5`: 2,5). None given: undefined (the default, 5 and 10).
 */
export function stappenVan(waarden: readonly string[]): { stappen?: number[] } | { fout: string } {
  const stappen: number[] = [];
  for (const waarde of waarden) {
    const delen = waarde.includes(';') ? waarde.split(';') : waarde.split(',');
    for (const deel of delen) {
      const d = deel.trim();
      const getal = /^\d+(?:[.,]\d+)?$/.test(d) ? Number(d.replace(',', '.')) : Number.NaN;
      if (!(getal >= 0 && getal <= 100))
        return {
          fout: `na --stap hoort een getal van 0 tot en met 100 (procentpunt), niet '${d}' (bijv. --stap 5 --stap 10, of --stap 5,10)`,
        };
      stappen.push(getal);
    }
  }
  return stappen.length === 0 ? {} : { stappen };
}
