import { STANDAARD_PERIODEN } from './defaults';
import { jaren } from '../formulas';
import { melding, engineTekst } from '../messages';
import { normalize } from '../names';
import type { Melding, PeriodeInGebruik, PeriodeInvoer } from '../types';

/** Period names match case- and space-insensitively: `Tot  2030` is `tot 2030`. */
export const periodeKey = (naam: string) => normalize(naam).replace(/\s/g, '');

const RANGE = /^(\d{4})\s*(?:-|–|—|t\/m|tot en met)\s*(\d{4})$/;

function isValid(p: PeriodeInvoer): boolean {
  return Number.isInteger(p.eersteJaar) && Number.isInteger(p.laatsteJaar) && p.eersteJaar <= p.laatsteJaar;
}

/** The perioden in force: the defaults, redefined or added to by the workbook's rows. */
export function resolvePerioden(rows: readonly PeriodeInvoer[] = []): {
  perioden: PeriodeInGebruik[];
  meldingen: Melding[];
} {
  const perioden: PeriodeInGebruik[] = STANDAARD_PERIODEN.map((p) => define(p, 'standaard'));
  const meldingen: Melding[] = [];
  for (const row of rows) {
    if (!isValid(row)) {
      meldingen.push(melding('fout', row.herkomst, 'eersteJaar', engineTekst.periodeJaren(row.periode)));
      continue;
    }
    const at = perioden.findIndex((p) => periodeKey(p.periode) === periodeKey(row.periode));
    if (at < 0) perioden.push(define(row, 'werkmap'));
    else if (perioden[at].bron === 'standaard') perioden[at] = define(row, 'werkmap');
    else if (perioden[at].eersteJaar !== row.eersteJaar || perioden[at].laatsteJaar !== row.laatsteJaar)
      meldingen.push(melding('fout', row.herkomst, 'periode', engineTekst.periodeDubbel(row.periode)));
  }
  return { perioden, meldingen };
}

function define(p: PeriodeInvoer, bron: PeriodeInGebruik['bron']): PeriodeInGebruik {
  return {
    periode: p.periode.trim(),
    eersteJaar: p.eersteJaar,
    laatsteJaar: p.laatsteJaar,
    jaren: jaren(p.eersteJaar, p.laatsteJaar),
    bron,
  };
}

/**
 * The periode a row names: by name, or an explicit range (`2026-2029`, `2026 t/m 2029`), which
 * is the known periode with those years when there is one.
 */
export function findPeriode(naam: string, perioden: readonly PeriodeInGebruik[]): PeriodeInGebruik | undefined {
  const byName = perioden.find((p) => periodeKey(p.periode) === periodeKey(naam));
  if (byName) return byName;
  const m = RANGE.exec(normalize(naam));
  if (!m) return undefined;
  const [eersteJaar, laatsteJaar] = [Number(m[1]), Number(m[2])];
  if (eersteJaar > laatsteJaar) return undefined;
  const sameYears = perioden.find((p) => p.eersteJaar === eersteJaar && p.laatsteJaar === laatsteJaar);
  return sameYears ?? define({ periode: naam, eersteJaar, laatsteJaar }, 'werkmap');
}

/** `findPeriode` over one list, remembering each name: rows repeat a handful of names. */
export function periodeFinder(perioden: readonly PeriodeInGebruik[]): (naam: string) => PeriodeInGebruik | undefined {
  const known = new Map<string, PeriodeInGebruik | undefined>();
  return (naam) => {
    if (!known.has(naam)) known.set(naam, findPeriode(naam, perioden));
    return known.get(naam);
  };
}
