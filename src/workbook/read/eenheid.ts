/**
 * The unit a workbook keeps its amounts in (issue 12): euro, thousands, millions or billions
 * of euro. The unit never changes a figure; it names the amounts on the Totaalbeeld sheet
 * (`Bedragen in euro`) and sets the number format of every amount the add-in writes.
 */
export type Schaal = 'euro' | 'duizend' | 'mln' | 'mld';

export interface Eenheid {
  schaal: Schaal;
  /** As the Totaalbeeld names it: `Bedragen in ${tekst}`. */
  tekst: string;
  /** The number format of written amounts. */
  getalnotatie: string;
}

export const EENHEDEN: Readonly<Record<Schaal, Eenheid>> = {
  euro: { schaal: 'euro', tekst: 'euro', getalnotatie: '#,##0' },
  duizend: { schaal: 'duizend', tekst: 'duizend euro', getalnotatie: '#,##0' },
  mln: { schaal: 'mln', tekst: 'mln euro', getalnotatie: '#,##0.0' },
  mld: { schaal: 'mld', tekst: 'mld euro', getalnotatie: '#,##0.00' },
};

/** A workbook that states no unit is in mln euro, as the seed. */
export const STANDAARD_EENHEID = EENHEDEN.mln;

/** The units as a message lists them. */
export const BEKENDE_EENHEDEN = 'euro (€), duizend euro (x € 1.000, k€), mln euro (x € 1 mln, miljoen) of mld euro (miljard)';

const VALUTA = new Set(['€', 'eur', 'euro', 'euros']);

// The scale words, after the currency is taken out; `x`: only after `x` or with a currency (`x 1.000`, `€ 1.000`), not alone (`2026`).
const WOORDEN: Record<string, Schaal> = {
  duizend: 'duizend',
  duizenden: 'duizend',
  dzd: 'duizend',
  mln: 'mln',
  mio: 'mln',
  miljoen: 'mln',
  miljoenen: 'mln',
  mld: 'mld',
  miljard: 'mld',
  miljarden: 'mld',
};
const MET_VALUTA: Record<string, Schaal> = {
  '1': 'euro',
  k: 'duizend',
  '1000': 'duizend',
  m: 'mln',
  '1000000': 'mln',
  '1000000000': 'mld',
};

/** Whether a text speaks of a unit at all: a currency, a scale word, `k€` or `x 1.000`. */
const EENHEIDSWOORD = /€|\b(eur|euro|euros|mln|mld|mio|dzd)\b|miljoen|miljard|duizend|\bx ?\d/;

function normaal(tekst: string): string {
  return tekst
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/×/g, 'x')
    .replace(/\bkeur\b/g, 'k eur')
    .replace(/€/g, ' € ')
    .replace(/(\d)[.\s\u00a0](?=\d{3}\b)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

type Deel = Schaal | 'valuta' | 'onleesbaar' | undefined;

// One part of a unit text (no commas or brackets): its scale; 'valuta' for a currency alone
// (`euro` in `euro (x 1.000)`); 'onleesbaar' when it speaks of a unit we cannot read; else undefined.
function leesDeel(deel: string): Deel {
  const tekst = normaal(deel);
  if (!EENHEIDSWOORD.test(tekst)) return undefined;
  const woorden = tekst.split(' ').filter((w) => w !== 'in');
  const valuta = woorden.some((w) => VALUTA.has(w));
  const maal = woorden.includes('x');
  const rest = woorden.filter((w) => !VALUTA.has(w) && w !== 'x');
  if (valuta && !maal && rest.length === 0) return 'valuta';
  // `1 mln`, `1 miljard`: the 1 says nothing.
  const schaal = rest.length === 2 && rest[0] === '1' ? rest[1] : rest.join(' ');
  if (WOORDEN[schaal]) return WOORDEN[schaal];
  if ((valuta || maal) && schaal in MET_VALUTA) return MET_VALUTA[schaal];
  return 'onleesbaar';
}

/**
 * The unit a text states (`mln €`, `€ mln`, `x € 1 mln`, `miljoen`, `€`, `euro`, `EUR`,
 * `x € 1.000`, `duizend`, `k€`, `mld`, `miljard`, ...): its scale; 'onleesbaar' when it speaks
 * of a unit (a currency or a scale word) that is not one of these, or of two; undefined when
 * it speaks of no unit at all (`raming`, `2026`). Parts after a comma, semicolon, bracket or
 * full stop are read apart: `mln euro, prijspeil 2026` is mln.
 */
export function leesEenheid(tekst: string): Schaal | 'onleesbaar' | undefined {
  const delen = tekst.split(/[,;()[\]]|\.(?!\d)/).map(leesDeel);
  if (delen.includes('onleesbaar')) return 'onleesbaar';
  const schalen = new Set(delen.filter((d): d is Schaal => d !== undefined && d !== 'valuta'));
  if (schalen.size > 1) return 'onleesbaar';
  return [...schalen][0] ?? (delen.includes('valuta') ? 'euro' : undefined);
}
