import { chmodSync, mkdirSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Soort } from './soort';
import {
  binnen,
  bladen,
  delen,
  IN,
  ingreep,
  inhoud,
  invoer,
  kanKoppelen,
  leesbaarVoorIedereen,
  ongewijzigd,
  volleSchijf,
  werkmap,
} from './uitvoerBouw';

/**
 * Where `nplv herbereken` writes (issue 13, items 12 and 13): an output that exists already,
 * and a write that fails. The old output survives every refusal and failure.
 */

const AL_DAAR =
  /^nplv: 'uit\.xlsx' bestaat al en is geen uitvoer van nplv \(geen werkmap met het blad NPLV Totaalbeeld, NPLV Versies, NPLV Vergelijking of NPLV Gevoeligheid\); kies een andere naam, of geef --overschrijven om het te vervangen\n$/;

/** Item 12: an existing output. */
export const BESTAAND: Soort[] = binnen([
  {
    naam: 'bestaand-vreemd-bestand',
    punt: 12,
    maak: async (m) => (await invoer(m), writeFileSync(join(m, 'uit.xlsx'), 'mijn notities'), ['herbereken', IN, '-o', 'uit.xlsx']),
    verwacht: { exit: 2, stderr: AL_DAAR },
    na: (m) => ongewijzigd(m, 'uit.xlsx', 'mijn notities'),
  },
  {
    naam: 'bestaand-vreemde-werkmap',
    punt: 12,
    maak: async (m) => (await invoer(m), await werkmap(join(m, 'uit.xlsx'), { rijen: 5 }), ['herbereken', IN, '-o', 'uit.xlsx']),
    verwacht: { exit: 2, stderr: AL_DAAR },
    na: async (m) => expect(await bladen(join(m, 'uit.xlsx'))).toEqual(['Opgave', 'Dekking']),
  },
  {
    naam: 'bestaand-standaard-uitvoer-vreemd',
    punt: 12,
    maak: async (m) => (await invoer(m), writeFileSync(join(m, 'raming-herberekend.xlsx'), 'mijn notities'), ['herbereken', IN]),
    verwacht: { exit: 2, stderr: /^nplv: 'raming-herberekend\.xlsx' bestaat al en is geen uitvoer van nplv/ },
    na: (m) => ongewijzigd(m, 'raming-herberekend.xlsx', 'mijn notities'),
  },
  {
    naam: 'bestaand-vreemd-overschrijven',
    punt: 12,
    maak: async (m) => (
      await invoer(m),
      writeFileSync(join(m, 'uit.xlsx'), 'mijn notities'),
      ['herbereken', IN, '-o', 'uit.xlsx', '--overschrijven']
    ),
    verwacht: { exit: 0, stderr: /^nplv: 'uit\.xlsx' bestaat al en wordt overschreven \(--overschrijven\)\n$/ },
    na: async (m) => expect(await bladen(join(m, 'uit.xlsx'))).toEqual(['Opgave', 'Dekking', 'NPLV Totaalbeeld']),
  },
  {
    naam: 'bestaand-eerdere-uitvoer',
    punt: 12,
    maak: async (m) => (
      await invoer(m),
      await werkmap(join(m, 'uit.xlsx'), { totaalbeeld: true, rijen: 7 }),
      ['herbereken', IN, '-o', 'uit.xlsx']
    ),
    verwacht: { exit: 0, stderr: /^nplv: 'uit\.xlsx' is een eerdere uitvoer van nplv \(blad NPLV Totaalbeeld\) en wordt vervangen\n$/ },
    // The new output: the two onderdelen of raming.xlsx, not the seven of the old one.
    na: async (m) => {
      const xml = await delen(join(m, 'uit.xlsx'), 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml');
      expect([xml.includes('Onderdeel 2'), xml.includes('Onderdeel 3')]).toEqual([true, false]);
    },
  },
  ...[0o600, 0o664].map((modus): Soort => ({
    naam: `rechten-${modus.toString(8)}-blijven`,
    punt: 12,
    maak: async (m) => (await invoer(m), chmodSync(join(m, IN), modus), ['herbereken', IN]),
    verwacht: { exit: 0 },
    na: (m) => expect((statSync(join(m, 'raming-herberekend.xlsx')).mode & 0o777).toString(8)).toBe(modus.toString(8)),
  })),
]);

// As root every folder is writable: the read-only one is tried as the user nobody, who must be
// able to read the checkout and the built command line (else the kind is left out, and said).
const alsRoot = process.getuid?.() === 0;
const alsNobody = !alsRoot || leesbaarVoorIedereen(join(__dirname, '../../..'), tmpdir());
if (!alsNobody) console.warn('De soort uitvoer-map-alleen-lezen is overgeslagen: de gebruiker nobody kan deze checkout niet lezen.');

const ALLEEN_LEZEN: Soort = {
  naam: 'uitvoer-map-alleen-lezen',
  punt: 13,
  maak: async (m) => {
    chmodSync(m, 0o755);
    await invoer(m);
    mkdirSync(join(m, 'ro'));
    writeFileSync(join(m, 'ro', 'uit.xlsx'), 'vorige uitvoer');
    chmodSync(join(m, 'ro'), 0o555);
    return ['herbereken', IN, '-o', 'ro/uit.xlsx', '--overschrijven'];
  },
  proces: alsRoot ? { uid: 65534, gid: 65534 } : undefined,
  verwacht: { exit: 2, stderr: /\nnplv: kan 'ro\/uit\.xlsx' niet schrijven: geen toestemming \(rechten van het bestand of de map\)\n$/ },
  na: (m) => (ongewijzigd(m, 'ro/uit.xlsx', 'vorige uitvoer'), expect(inhoud(join(m, 'ro'))).toEqual(['uit.xlsx'])),
};

/** Item 13: the write fails; the old output survives, no temporary file is left. */
export const MISLUKT: Soort[] = binnen([
  {
    naam: 'uitvoer-is-map',
    punt: 13,
    maak: async (m) => (await invoer(m), mkdirSync(join(m, 'uit.xlsx')), ['herbereken', IN, '-o', 'uit.xlsx']),
    verwacht: { exit: 2, stderr: /^nplv: 'uit\.xlsx' is een map; geef een bestandsnaam op/ },
    na: (m) => expect(inhoud(join(m, 'uit.xlsx'))).toEqual([]),
  },
  {
    naam: 'uitvoer-map-ontbreekt',
    punt: 13,
    maak: async (m) => (await invoer(m), ['herbereken', IN, '-o', 'nieuw/uit.xlsx']),
    verwacht: { exit: 2, stderr: /^nplv: de map 'nieuw' bestaat niet; maak hem eerst aan of kies een andere map\n$/ },
    na: (m) => expect(inhoud(m)).toEqual([IN]),
  },
  ...(alsNobody ? [ALLEEN_LEZEN] : []),
  {
    naam: 'schijf-vol-ingespoten',
    punt: 13,
    maak: async (m) => (
      await invoer(m),
      writeFileSync(join(m, 'uit.xlsx'), 'vorige uitvoer'),
      ['herbereken', IN, '-o', 'uit.xlsx', '--overschrijven']
    ),
    proces: { env: ingreep('vol') },
    verwacht: { exit: 2, stderr: /\nnplv: kan 'uit\.xlsx' niet schrijven: de schijf is vol; maak ruimte vrij of kies een andere map\n$/ },
    na: (m) => (ongewijzigd(m, 'uit.xlsx', 'vorige uitvoer'), expect(inhoud(m)).toEqual([IN, 'uit.xlsx'])),
  },
  ...(kanKoppelen
    ? [
        {
          naam: 'schijf-vol-tmpfs',
          punt: 13,
          maak: async (m: string) => (
            await invoer(m),
            mkdirSync(join(m, 'vol')),
            volleSchijf(join(m, 'vol'), { 'uit.xlsx': 'vorige uitvoer' }),
            ['herbereken', IN, '-o', 'vol/uit.xlsx', '--overschrijven']
          ),
          verwacht: {
            exit: 2 as const,
            stderr: /\nnplv: kan 'vol\/uit\.xlsx' niet schrijven: de schijf is vol; maak ruimte vrij of kies een andere map\n$/,
          },
          na: (m: string) => {
            ongewijzigd(m, 'vol/uit.xlsx', 'vorige uitvoer');
            expect(inhoud(join(m, 'vol'))).toEqual(['uit.xlsx', 'vulsel']);
          },
        },
      ]
    : []),
]);
