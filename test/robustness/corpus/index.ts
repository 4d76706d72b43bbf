import type { Geval } from '../geval';
import { BLADEN } from './bladen';
import { GROOTTE } from './grootte';
import { LEZEN } from './lezen';
import { NAMEN } from './namen';
import { ONBEREKENBAAR } from './onberekenbaar';
import { TOTAALBEELD_BLAD } from './totaalbeeld';
import { VERSIES_BLAD } from './versies';
import { WAARDEN } from './waarden';

/** Every kind of bad or odd workbook, with what WORKBOOK.md and MODEL.md say it gets. */
export const CORPUS: readonly Geval[] = [
  ...WAARDEN,
  ...BLADEN,
  ...NAMEN,
  ...LEZEN,
  ...TOTAALBEELD_BLAD,
  ...ONBEREKENBAAR,
  ...GROOTTE,
  ...VERSIES_BLAD,
];
