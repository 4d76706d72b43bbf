import { writeFileSync } from 'fs';
import { join } from 'path';
import { draai } from './runner';
import type { Soort } from './soort';
import { binnen, dodePid, ingreep, inhoud, werkmap } from './uitvoerBouw';

/**
 * Runs that are interrupted or fail unexpectedly (issue 13, item 11, and "no run ever prints a
 * stack trace"): what they leave and what they say.
 */

const IN = 'groot.xlsx';
// Large enough (over 1 MB: progress on stderr) that writing the output takes a while.
const RIJEN = 6_000;
const groot = (map: string) => werkmap(join(map, IN), { rijen: RIJEN });
const TIJDENS_SCHRIJVEN = /uit\.xlsx schrijven…/;
const tmp = (map: string) => inhoud(map).filter((n) => n.endsWith('.tmp'));
const GROOT_GRENS = { ms: 30_000, mb: 800 };

// The process id the kind below made up as gone, for its check afterwards.
const verweesd = { dood: 0 };

/** Item 11: a signal while the output is written. */
export const ONDERBROKEN: Soort[] = binnen([
  ...(['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((signaal): Soort => ({
    naam: `${signaal.toLowerCase()}-tijdens-schrijven`,
    punt: 11,
    maak: async (m) => (await groot(m), ['herbereken', IN, '-o', 'uit.xlsx']),
    proces: { signaal: { na: TIJDENS_SCHRIJVEN, signaal } },
    verwacht: { exit: ({ SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const)[signaal], signaal },
    grens: GROOT_GRENS,
    groot: true,
    // Neither the output nor a temporary file: the folder as it was.
    na: (m) => expect(inhoud(m)).toEqual([IN]),
  })),
  {
    naam: 'sigkill-tijdens-schrijven-dan-opnieuw',
    punt: 11,
    maak: async (m) => (await groot(m), ['herbereken', IN, '-o', 'uit.xlsx']),
    proces: { signaal: { na: TIJDENS_SCHRIJVEN, signaal: 'SIGKILL' } },
    verwacht: { exit: 2, signaal: 'SIGKILL' },
    grens: GROOT_GRENS,
    groot: true,
    // kill -9 cannot be caught: it leaves its temporary file (there from the line "schrijven…" on); the next run in the folder removes it.
    na: async (m) => {
      expect(tmp(m)).toEqual([expect.stringMatching(/^\.uit\.xlsx\.\d+\.[0-9a-f]{16}\.tmp$/)]);
      const weer = await draai({ grens: GROOT_GRENS }, ['herbereken', IN, '-o', 'uit.xlsx'], m);
      expect(weer.code).toBe(0);
      expect(inhoud(m)).toEqual([IN, 'uit.xlsx']);
    },
  },
  {
    naam: 'verweesde-tijdelijke-bestanden',
    punt: 11,
    maak: async (m) => {
      await werkmap(join(m, 'raming.xlsx'));
      const [dood, levend] = [(verweesd.dood = dodePid()), process.pid];
      for (const naam of [
        `.uit.xlsx.${dood}.0123456789abcdef.tmp`, // of a run that was killed
        `.ander.xlsm.${dood}.fedcba9876543210.tmp`, // of another output in the same folder
        `.uit.xlsx.${dood}.tmp`, // the naming of earlier versions
        `.uit.xlsx.${levend}.0123456789abcdef.tmp`, // of a run still going
        `.notities.${dood}.tmp`, // not nplv's
      ])
        writeFileSync(join(m, naam), Buffer.alloc(512 * 1024));
      return ['herbereken', 'raming.xlsx', '-o', 'uit.xlsx'];
    },
    verwacht: { exit: 0 },
    na: (m) => expect(tmp(m)).toEqual([`.notities.${verweesd.dood}.tmp`, `.uit.xlsx.${process.pid}.0123456789abcdef.tmp`]),
  },
]);

/** No stack trace: a fault of the program itself, anywhere in a run, is one Dutch line and exit 2. */
const ONVERWACHT = (soort: string) =>
  new RegExp(
    `^nplv: onverwachte fout \\(${soort}\\); draai de opdracht opnieuw met --debug en geef de uitvoer door aan de beheerder van nplv\\n$`,
  );

export const GEEN_STACK: Soort[] = binnen([
  ...(
    [
      ['leesfout', 'TypeError', 'a fault while reading the input'],
      ['los', 'TypeError', 'an exception thrown in a callback'],
      ['onafgehandeld', 'RangeError', 'a promise that fails with nobody waiting'],
    ] as const
  ).map(([ingreepNaam, soort]): Soort => ({
    naam: `onverwacht-${ingreepNaam}`,
    punt: 0,
    maak: async (m) => (await werkmap(join(m, 'raming.xlsx')), ['herbereken', 'raming.xlsx']),
    proces: { env: ingreep(ingreepNaam) },
    verwacht: { exit: 2, stderr: ONVERWACHT(soort) },
    na: (m) => expect(inhoud(m)).toEqual(['raming.xlsx']),
  })),
  {
    naam: 'onverwacht-met-debug',
    punt: 0,
    maak: async (m) => (await werkmap(join(m, 'raming.xlsx')), ['totaalbeeld', 'raming.xlsx', '--debug']),
    proces: { env: ingreep('leesfout') },
    verwacht: {
      exit: 2,
      stderr: /^nplv: onverwachte fout \(TypeError\); .*\nTypeError: Cannot read properties of undefined \(reading 'sheets'\)\n\s+at /,
    },
  },
]);
