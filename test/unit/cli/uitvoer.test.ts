import { existsSync, linkSync, readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';
import { HOOFDDEEL, hoofdType, werkmapAls } from './bestanden';
import { geenStack, nplv, tempDir } from './run';

/**
 * Where `nplv herbereken` writes (issue 12, items 5 and 6): the output keeps the kind of the
 * input's package, and every output that cannot be written is one Dutch line, exit 2, no
 * stack trace, nothing written.
 */

describe('the output keeps the kind of the input package', () => {
  // That LibreOffice reads the output: test/e2e/libreoffice/uitvoer.libreoffice.test.ts.
  it('raming.xlsm → raming-herberekend.xlsm, still macro-enabled inside, IN unchanged', async () => {
    const { dir, file } = await werkmapAls('xlsm', 'raming.xlsm');
    const before = readFileSync(file);
    const { code, out, err } = await nplv('herbereken', file);
    expect([code, err]).toEqual([0, '']);
    const uit = join(dir, 'raming-herberekend.xlsm');
    expect(out).toContain(`Geschreven: ${uit}`);
    expect(readdirSync(dir).sort()).toEqual(['raming-herberekend.xlsm', 'raming.xlsm', 'voorbeeld.xlsx']);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(await hoofdType(readFileSync(uit))).toBe(HOOFDDEEL.xlsm);
  }, 30_000);

  it.each([
    ['xltx', 'raming.xltx', 'raming-herberekend.xltx'],
    ['xltm', 'raming.xltm', 'raming-herberekend.xltm'],
    // The kind is read from the package, not the name: a macro-enabled package misnamed .xlsx gets .xlsm.
    ['xlsm', 'raming.xlsx', 'raming-herberekend.xlsm'],
  ] as const)(
    'a %s package named %s → %s, of the same kind',
    async (soort, naam, verwacht) => {
      const { dir, file } = await werkmapAls(soort, naam);
      expect((await nplv('herbereken', file)).code).toBe(0);
      expect(await hoofdType(readFileSync(join(dir, verwacht)))).toBe(HOOFDDEEL[soort]);
    },
    30_000,
  );

  it('-o with the extension in capitals fits', async () => {
    const { dir, file } = await werkmapAls('xlsm', 'raming.xlsm');
    expect((await nplv('herbereken', file, '-o', join(dir, 'UIT.XLSM'))).code).toBe(0);
    expect(existsSync(join(dir, 'UIT.XLSM'))).toBe(true);
  }, 30_000);

  it.each([
    [
      'xlsm',
      'raming.xlsm',
      'uit.xlsx',
      `de extensie .xlsx, maar '<in>' is een Excel-werkmap met macro's (.xlsm); Excel opent zo'n bestand alleen met de extensie .xlsm: kies een naam op .xlsm`,
    ],
    [
      'xlsx',
      'raming.xlsx',
      'uit.xlsm',
      `de extensie .xlsm, maar '<in>' is een Excel-werkmap (.xlsx); Excel opent zo'n bestand alleen met de extensie .xlsx: kies een naam op .xlsx`,
    ],
    [
      'xltx',
      'raming.xltx',
      'uit.xlsx',
      `de extensie .xlsx, maar '<in>' is een Excel-sjabloon (.xltx); Excel opent zo'n bestand alleen met de extensie .xltx: kies een naam op .xltx`,
    ],
    [
      'xltm',
      'raming.xltm',
      'uit.xltx',
      `de extensie .xltx, maar '<in>' is een Excel-sjabloon met macro's (.xltm); Excel opent zo'n bestand alleen met de extensie .xltm: kies een naam op .xltm`,
    ],
    [
      'xlsx',
      'raming.xlsx',
      'uit',
      `geen extensie, maar '<in>' is een Excel-werkmap (.xlsx); Excel opent zo'n bestand alleen met de extensie .xlsx: kies een naam op .xlsx`,
    ],
  ] as const)(
    'a %s package (%s) with -o %s: exit 2, both kinds named, nothing written',
    async (soort, naam, uit, bericht) => {
      const { dir, file } = await werkmapAls(soort, naam);
      const { code, out, err } = await nplv('herbereken', file, '-o', join(dir, uit));
      expect([code, out]).toEqual([2, '']);
      expect(err).toBe(`nplv: '${join(dir, uit)}' heeft ${bericht.replace('<in>', file)}`);
      expect(readdirSync(dir).sort()).toEqual([naam, 'voorbeeld.xlsx'].sort());
    },
    30_000,
  );

  it('nplv voorbeeld writes an .xlsx only under an .xlsx name', async () => {
    const dir = tempDir();
    const { code, err } = await nplv('voorbeeld', join(dir, 'voorbeeld.xlsm'));
    expect([code, err]).toEqual([
      2,
      `nplv: '${join(dir, 'voorbeeld.xlsm')}' heeft de extensie .xlsm, maar de voorbeeldwerkmap is een Excel-werkmap (.xlsx); Excel opent zo'n bestand alleen met de extensie .xlsx: kies een naam op .xlsx`,
    ]);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('an output or input that cannot be used: one Dutch line, exit 2, nothing written', () => {
  const gevallen: [string, (dir: string, file: string) => string[], (dir: string, file: string) => string][] = [
    [
      '-o into a folder that does not exist',
      (d, f) => ['herbereken', f, '-o', join(d, 'bestaat-niet', 'uit.xlsx')],
      (d) => `de map '${join(d, 'bestaat-niet')}' bestaat niet; maak hem eerst aan of kies een andere map`,
    ],
    [
      '-o a folder',
      (d, f) => ['herbereken', f, '-o', d],
      (d) => `'${d}' is een map; geef een bestandsnaam op, bijv. '${join(d, 'uitvoer.xlsx')}'`,
    ],
    ['-o the input itself', (_d, f) => ['herbereken', f, '-o', f], () => 'het uitvoerbestand mag het invoerbestand niet zijn'],
    [
      '-o the input by a relative path',
      (_d, f) => ['herbereken', f, '-o', relative(process.cwd(), f)],
      () => 'het uitvoerbestand mag het invoerbestand niet zijn',
    ],
    [
      '-o a hard link to the input',
      (d, f) => (linkSync(f, join(d, 'link.xlsx')), ['herbereken', f, '-o', join(d, 'link.xlsx')]),
      () => 'het uitvoerbestand mag het invoerbestand niet zijn',
    ],
    [
      '-o a device',
      (_d, f) => ['herbereken', f, '-o', '/dev/null'],
      () => `'/dev/null' is geen gewoon bestand maar een apparaat; kies een andere naam`,
    ],
    ['-o below a file', (_d, f) => ['herbereken', f, '-o', join(f, 'uit.xlsx')], (_d, f) => `'${f}' is geen map`],
    ['an input that does not exist', (d) => ['herbereken', join(d, 'weg.xlsx')], (d) => `bestand '${join(d, 'weg.xlsx')}' bestaat niet`],
    ['an input that is a folder', (d) => ['totaalbeeld', d], (d) => `'${d}' is een map, geen bestand; geef de werkmap zelf op`],
    [
      'nplv voorbeeld into a folder that does not exist',
      (d) => ['voorbeeld', join(d, 'nieuw', 'v.xlsx')],
      (d) => `de map '${join(d, 'nieuw')}' bestaat niet; maak hem eerst aan of kies een andere map`,
    ],
  ];

  it.each(gevallen)(
    '%s',
    async (_naam, woorden, bericht) => {
      const dir = tempDir();
      const file = join(dir, 'raming.xlsx');
      expect((await nplv('voorbeeld', file)).code).toBe(0);
      const argv = woorden(dir, file);
      const voor = readdirSync(dir).sort();
      const { code, out, err } = await nplv(...argv);
      expect([code, out]).toEqual([2, '']);
      expect(err).toBe(`nplv: ${bericht(dir, file)}`);
      geenStack(err);
      expect(readdirSync(dir).sort()).toEqual(voor);
    },
    30_000,
  );
});
