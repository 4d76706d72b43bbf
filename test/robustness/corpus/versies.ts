import { goed, type Geval } from '../geval';
import { basis } from '../werkmap';

/** The add-in's sheet of recorded versions (issue 17), damaged: a Herbereken never reads it, so it goes as without it. */
export const VERSIES_BLAD: Geval[] = [
  {
    soort: 'a damaged NPLV Versies sheet (JSON cut off, a formaat 2, a part missing, no label)',
    werkmap: [
      ...basis(),
      {
        name: 'NPLV Versies',
        rows: [
          ['Label', 'Vastgelegd', 'Formaat', 'Inhoud'],
          ['Jan', '2026-01-15T10:30:00.000Z', 1, '{"stand": {"invoer": '],
          ['Feb', '2026-02-15T10:30:00.000Z', 2, '{}'],
          ['Mrt', 'gisteren', 1, null, '{"stand"'],
          [null, null, 'x', { error: '#REF!' }],
        ],
      },
    ],
    verwacht: goed(),
  },
];
