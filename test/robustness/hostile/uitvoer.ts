import { execFileSync } from 'child_process';
import { lstatSync, symlinkSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { Soort } from './soort';
import { binnen, IN, inhoud, invoer, laatstePid, ongewijzigd, socket } from './uitvoerBouw';

/**
 * Where `nplv herbereken` writes (issue 13, items 9 and 10): links and special files (items 12
 * and 13 in uitvoerBestaand.ts). Each kind's folder holds `raming.xlsx`, a good workbook
 * written by hand; `na` checks what is left.
 */

const NIET_INVOER = /^nplv: het uitvoerbestand mag het invoerbestand niet zijn\n$/;

/** Item 9: the input reached through a link, and links at names nplv might write. */
export const LINKS: Soort[] = binnen([
  {
    naam: 'invoer-link-naar-uitvoer',
    punt: 9,
    maak: async (m) => (await invoer(m), symlinkSync(IN, join(m, 'in-link.xlsx')), ['herbereken', 'in-link.xlsx', '-o', IN]),
    verwacht: { exit: 2, stderr: NIET_INVOER },
    na: (m) => expect(inhoud(m)).toEqual(['in-link.xlsx', IN]),
  },
  {
    naam: 'uitvoer-link-naar-invoer',
    punt: 9,
    maak: async (m) => (await invoer(m), symlinkSync(IN, join(m, 'uit.xlsx')), ['herbereken', IN, '-o', 'uit.xlsx']),
    verwacht: { exit: 2, stderr: NIET_INVOER },
    na: (m) => expect(lstatSync(join(m, 'uit.xlsx')).isSymbolicLink()).toBe(true),
  },
  {
    naam: 'uitvoer-via-map-link',
    punt: 9,
    maak: async (m) => (await invoer(m), symlinkSync('.', join(m, 'hier')), ['herbereken', IN, '-o', `hier/${IN}`]),
    verwacht: { exit: 2, stderr: NIET_INVOER },
    na: (m) => expect(inhoud(m)).toEqual(['hier', IN]),
  },
  {
    naam: 'uitvoer-link-naar-ander-bestand',
    punt: 9,
    maak: async (m) => (
      await invoer(m),
      writeFileSync(join(m, 'doelwit'), 'van een ander'),
      symlinkSync('doelwit', join(m, 'uit.xlsx')),
      ['herbereken', IN, '-o', 'uit.xlsx']
    ),
    verwacht: {
      exit: 2,
      stderr:
        /^nplv: 'uit\.xlsx' is een symbolische koppeling naar 'doelwit'; nplv schrijft niet via een koppeling: geef het bestand zelf op\n$/,
    },
    na: (m) => ongewijzigd(m, 'doelwit', 'van een ander'),
  },
  {
    naam: 'standaard-uitvoer-link',
    punt: 9,
    maak: async (m) => (
      await invoer(m),
      writeFileSync(join(m, 'doelwit'), 'van een ander'),
      symlinkSync('doelwit', join(m, 'raming-herberekend.xlsx')),
      ['herbereken', IN]
    ),
    verwacht: { exit: 2, stderr: /^nplv: 'raming-herberekend\.xlsx' is een symbolische koppeling naar 'doelwit'/ },
    na: (m) => ongewijzigd(m, 'doelwit', 'van een ander'),
  },
  {
    // The temporary names of earlier versions, `.uit.xlsx.<pid>.tmp`, for the next 400 process ids.
    naam: 'links-op-tijdelijke-namen',
    punt: 9,
    maak: async (m) => {
      await invoer(m);
      writeFileSync(join(m, 'doelwit'), 'van een ander');
      const p = laatstePid();
      for (let i = 1; i <= 400; i++) symlinkSync('doelwit', join(m, `.uit.xlsx.${p + i}.tmp`));
      return ['herbereken', IN, '-o', 'uit.xlsx'];
    },
    verwacht: { exit: 0, stdout: /Geschreven: uit\.xlsx/ },
    na: (m) => {
      ongewijzigd(m, 'doelwit', 'van een ander');
      expect(lstatSync(join(m, 'uit.xlsx')).isFile()).toBe(true);
      // What is left at those names is a link still, never a file written through one.
      expect(inhoud(m).filter((n) => n.endsWith('.tmp') && !lstatSync(join(m, n)).isSymbolicLink())).toEqual([]);
    },
  },
]);

/** Item 10: only a regular file or a new name is written. */
export const BIJZONDER: Soort[] = binnen([
  {
    naam: 'uitvoer-fifo',
    punt: 10,
    maak: async (m) => (await invoer(m), execFileSync('mkfifo', [join(m, 'uit.xlsx')]), ['herbereken', IN, '-o', 'uit.xlsx']),
    verwacht: { exit: 2, stderr: /^nplv: 'uit\.xlsx' is geen gewoon bestand maar een FIFO \(named pipe\); kies een andere naam\n$/ },
    na: (m) => expect(lstatSync(join(m, 'uit.xlsx')).isFIFO()).toBe(true),
  },
  {
    naam: 'uitvoer-socket',
    punt: 10,
    maak: async (m) => (await invoer(m), await socket(join(m, 'uit.xlsx')), ['herbereken', IN, '-o', 'uit.xlsx']),
    verwacht: { exit: 2, stderr: /^nplv: 'uit\.xlsx' is geen gewoon bestand maar een socket; kies een andere naam\n$/ },
    na: (m) => expect(lstatSync(join(m, 'uit.xlsx')).isSocket()).toBe(true),
  },
  {
    naam: 'uitvoer-dev-null',
    punt: 10,
    maak: async (m) => (await invoer(m), ['herbereken', IN, '-o', '/dev/null']),
    verwacht: { exit: 2, stderr: /^nplv: '\/dev\/null' is geen gewoon bestand maar een apparaat; kies een andere naam\n$/ },
    na: (m) => (expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true), expect(inhoud(m)).toEqual([IN])),
  },
  {
    naam: 'voorbeeld-naar-dev-full',
    punt: 10,
    maak: () => ['voorbeeld', '/dev/full'],
    verwacht: { exit: 2, stderr: /^nplv: '\/dev\/full' is geen gewoon bestand maar een apparaat; kies een andere naam\n$/ },
    na: () => expect(lstatSync('/dev/full').isCharacterDevice()).toBe(true),
  },
]);
