import { Dec, type Invoer } from '../../src/engine';

const PERIODEN = ['tot 2030', '2030 t/m 2035'];
const FYSIEK = [
  'Nieuwbouw',
  'Herstructurering corporatievoorraad',
  'Herstructurering particuliere voorraad',
  'Leefomgeving',
  'Bereikbaarheid en mobiliteit',
];
const SOCIAAL = ['Veiligheid & Criminaliteit', 'Economie en Werk & Inkomen', 'Onderwijs', 'Gezondheid & Zorg', 'Governance en Overig'];

/**
 * Plain rows of a workbook of n opgave rows (spread over 2 perioden, 10 onderdelen and 20
 * gebieden) and `dekkingRows` dekking rows (n/2 unless given). Dekking row j takes its periode,
 * pijler, onderdeel and gebied from an opgave row: the even rows first (the fysieke pijler, as
 * with n/2 rows), then the odd ones (the sociale), then round again; every tenth is
 * pillar-level (no onderdeel). The first n/2 dekking rows are the same whatever the count.
 */
export function plainRows(n: number, dekkingRows = Math.ceil(n / 2)) {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const opgave = Array.from({ length: n }, (_, i) => {
    const fysiek = i % 2 === 0;
    return {
      periode: PERIODEN[(i >> 1) % 2],
      pijler: fysiek ? 'Fysiek' : 'Sociaal-maatschappelijk',
      onderdeel: (fysiek ? FYSIEK : SOCIAAL)[(i >> 2) % 5],
      gebied: `Gebied ${(i >> 4) % 20}`,
      opgave: Math.round(random() * 1e6) / 10,
    };
  });
  const even = Math.ceil(n / 2);
  // The opgave row dekking row j mirrors: even rows 0, 2, 4, …, then odd rows 1, 3, 5, …
  const mirrored = (j: number) => {
    const k = j % n;
    return opgave[k < even ? 2 * k : 2 * (k - even) + 1];
  };
  const dekking = Array.from({ length: n === 0 ? 0 : dekkingRows }, (_, j) => mirrored(j)).map((r, i) => ({
    periode: r.periode,
    pijler: r.pijler,
    bron: 'Regeling',
    onderdeel: i % 10 === 0 ? '' : r.onderdeel,
    gebied: r.gebied,
    cofinanciering: Math.round(random() * 1e5) / 10,
    rijksfinanciering: Math.round(random() * 2e5) / 10,
  }));
  return { opgave, dekking };
}

export type PlainRows = ReturnType<typeof plainRows>;

/** The same rows as engine input (what the workbook layer hands over). */
export function toInvoer({ opgave, dekking }: PlainRows): Invoer {
  return {
    opgave: opgave.map((r) => ({ ...r, opgave: new Dec(r.opgave) })),
    dekking: dekking.map((r) => ({ ...r, cofinanciering: new Dec(r.cofinanciering), rijksfinanciering: new Dec(r.rijksfinanciering) })),
  };
}
