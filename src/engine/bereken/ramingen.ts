import { ZERO } from '../decimal';
import { normalize } from '../names';
import { rijksdeelVan, type OpgaveRij } from '../invoer/rows';
import type { OpgaveInvoer, PeriodeResultaat, RamingDeel } from '../types';

interface Som {
  opgave: RamingDeel['opgave'];
  rijksdeel: RamingDeel['rijksdeel'];
}

/**
 * Tabel 2's columns *Synthese 2024 | Add-on fysieke pijler | Subtotaal* (issue 16): per periode
 * the sources of the estimate its rows name, in the order of their first row (spelling as that
 * row has it; case, accents and spacing do not matter), rows without one last as ''; and per
 * pijler and in total the opgave and Rijksdeel of each, summed exactly over the rows that
 * count. Nothing when no row that counts names a source (a scenario that is off changes no column).
 */
export function perRaming(invoer: readonly OpgaveInvoer[], rijen: readonly OpgaveRij[], perioden: PeriodeResultaat[]): void {
  if (!rijen.some((r) => invoer[r.index].bronRaming)) return;
  // periode → pijler ('' for the total) → raming key → sums
  const sommen = new Map<string, Map<string, Map<string, Som>>>();
  const namen = new Map<string, Map<string, string>>();
  for (const rij of rijen) {
    const naam = invoer[rij.index].bronRaming ?? '';
    const periode = rij.periode.periode;
    const key = naam ? normalize(naam) : '';
    let inPeriode = namen.get(periode);
    if (!inPeriode) namen.set(periode, (inPeriode = new Map()));
    if (!inPeriode.has(key)) inPeriode.set(key, naam);
    let perPijler = sommen.get(periode);
    if (!perPijler) sommen.set(periode, (perPijler = new Map()));
    for (const pijler of [rij.pijler, '']) {
      let perKey = perPijler.get(pijler);
      if (!perKey) perPijler.set(pijler, (perKey = new Map()));
      const som = perKey.get(key) ?? { opgave: ZERO, rijksdeel: ZERO };
      perKey.set(key, { opgave: som.opgave.plus(rij.opgave), rijksdeel: som.rijksdeel.plus(rijksdeelVan(rij)) });
    }
  }
  for (const p of perioden) {
    const periode = p.periode;
    const inPeriode = namen.get(periode) ?? new Map<string, string>();
    const keys = [...inPeriode.keys()].filter((k) => k !== '');
    if (inPeriode.has('')) keys.push('');
    p.ramingen = keys.map((k) => inPeriode.get(k) ?? '');
    const delen = (pijler: string): RamingDeel[] =>
      keys.map((k, i) => {
        const som = sommen.get(periode)?.get(pijler)?.get(k);
        return { raming: p.ramingen![i], opgave: som?.opgave ?? ZERO, rijksdeel: som?.rijksdeel ?? ZERO };
      });
    p.pijlers.forEach((x) => (x.perRaming = delen(x.pijler)));
    p.perRaming = delen('');
  }
}
