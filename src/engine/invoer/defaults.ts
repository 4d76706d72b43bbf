import { Dec } from '../decimal';
import { FYSIEK, SOCIAAL } from '../names';
import type { PeriodeInvoer, SleutelInvoer } from '../types';

/** MODEL.md "Default verdeelsleutels" (seed 002, footnote 4, §2.1 and §3.1). */
export const STANDAARD_SLEUTELS: readonly SleutelInvoer[] = [
  { pijler: FYSIEK, onderdeel: 'Nieuwbouw', rijksaandeel: new Dec('0.5') },
  { pijler: FYSIEK, onderdeel: 'Herstructurering corporatievoorraad', rijksaandeel: new Dec('0.3') },
  { pijler: FYSIEK, onderdeel: 'Herstructurering particuliere voorraad', rijksaandeel: new Dec('0.7') },
  { pijler: FYSIEK, onderdeel: 'Leefomgeving', rijksaandeel: new Dec('0.75') },
  { pijler: FYSIEK, onderdeel: 'Bereikbaarheid en mobiliteit', rijksaandeel: new Dec('0.65') },
  { pijler: SOCIAAL, onderdeel: '*', rijksaandeel: new Dec('0.75') },
];

/** MODEL.md "Default perioden". */
export const STANDAARD_PERIODEN: readonly PeriodeInvoer[] = [
  { periode: 'tot 2030', eersteJaar: 2026, laatsteJaar: 2029 },
  { periode: '2030 t/m 2035', eersteJaar: 2030, laatsteJaar: 2035 },
];

/** The themes of the social pillar in seed 002 (Tabel 11). */
export const SOCIALE_THEMAS: readonly string[] = [
  'Veiligheid & Criminaliteit',
  'Economie en Werk & Inkomen',
  'Onderwijs',
  'Gezondheid & Zorg, Opvoeding, Hulpverlening en Participatie',
  'Governance en Overig',
];
