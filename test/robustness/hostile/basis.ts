import { existsSync, readdirSync } from 'fs';
import { join } from 'path';
import type { Soort } from './soort';

/**
 * The baseline: ordinary runs measured by the same runner as the hostile kinds, so a bound of
 * a hostile kind can be read against what a good file costs.
 */
export const BASIS: Soort[] = [
  {
    naam: 'voorbeeld-schrijven',
    punt: 0,
    maak: () => ['voorbeeld', 'raming.xlsx'],
    verwacht: { exit: 0, stdout: /Voorbeeldwerkmap geschreven: raming\.xlsx/ },
    na: (map) => expect(readdirSync(map)).toEqual(['raming.xlsx']),
  },
  {
    naam: 'invoer-bestaat-niet',
    punt: 0,
    maak: () => ['totaalbeeld', 'weg.xlsx'],
    verwacht: { exit: 2, stderr: /^nplv: bestand 'weg\.xlsx' bestaat niet\n$/ },
    na: (map) => expect(existsSync(join(map, 'weg.xlsx'))).toBe(false),
  },
];
