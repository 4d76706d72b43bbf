import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { hiddenInFile } from '../../support/sheetState';
import { nplv, tempDir } from './run';

const JAN = 'Totaalbeeld jan 2026';

let dir: string;
let voorbeeld: string;
beforeAll(async () => {
  dir = tempDir();
  voorbeeld = join(dir, 'raming.xlsx');
  expect((await nplv('voorbeeld', voorbeeld)).code).toBe(0);
});

// The table's rows after its header: label, then the time (dd-mm-jjjj uu:mm), then the scenarios.
const rijen = (out: string) =>
  out
    .split('\n')
    .slice(1)
    .map((r) => r.split(/ {2,}/));

describe('nplv versies and nplv vastleggen (issue 17)', () => {
  it('vastleggen writes IN-vastgelegd.xlsx with the version in the hidden NPLV Versies sheet; IN stays as it was', async () => {
    const voor = readFileSync(voorbeeld);
    const { code, out, err } = await nplv('vastleggen', voorbeeld, JAN);
    expect([code, err]).toEqual([0, '']);
    const uit = join(dir, 'raming-vastgelegd.xlsx');
    expect(out).toMatch(
      new RegExp(
        `^Versie '${JAN}' vastgelegd op \\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d; scenario's: geen \\(basis\\)\\.\\n\\nGeschreven: ${uit.replace(/[.]/g, '\\.')}$`,
      ),
    );
    expect(readFileSync(voorbeeld).equals(voor)).toBe(true);
    expect(await hiddenInFile(readFileSync(uit), 'NPLV Versies')).toBe(true);
    expect(await nplv('versies', voorbeeld)).toEqual({ code: 0, out: `${voorbeeld} heeft geen vastgelegde versies.`, err: '' });
  });

  it('versies lists each with its time and scenarios; a label taken is refused, nothing written', async () => {
    const [een, twee] = [join(dir, 'een.xlsx'), join(dir, 'twee.xlsx')];
    expect((await nplv('vastleggen', voorbeeld, JAN, '-o', een)).code).toBe(0);
    expect((await nplv('vastleggen', een, 'Met AZWA', '--scenario', 'azwa', '--uitvoer', twee)).code).toBe(0);
    const { code, out } = await nplv('versies', twee);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/^Versie +Vastgelegd +Scenario's$/);
    expect(rijen(out).map(([label, , scenarios]) => [label, scenarios])).toEqual([
      [JAN, 'geen (basis)'],
      ['Met AZWA', 'AZWA'],
    ]);
    expect(rijen(out).every((r) => /^\d\d-\d\d-\d{4} \d\d:\d\d$/.test(r[1]))).toBe(true);
    const drie = join(dir, 'drie.xlsx');
    const dubbel = await nplv('vastleggen', twee, 'met azwa', '-o', drie);
    expect(dubbel.code).toBe(1);
    expect(dubbel.err).toBe(
      `fout er is al een versie 'met azwa' vastgelegd; kies een andere naam of verwijder die eerst\n1 fout in ${twee} — niets geschreven.`,
    );
    expect(existsSync(drie)).toBe(false);
  });

  it('a herbereken keeps the versions; an earlier output is replaced as herbereken does', async () => {
    const een = join(dir, 'herhaald.xlsx');
    expect((await nplv('vastleggen', voorbeeld, JAN, '-o', een)).code).toBe(0);
    const herberekend = join(dir, 'herhaald-herberekend.xlsx');
    expect((await nplv('herbereken', een)).code).toBe(0);
    expect(rijen((await nplv('versies', herberekend)).out).map((r) => r[0])).toEqual([JAN]);
    const opnieuw = await nplv('vastleggen', voorbeeld, 'Ander', '-o', een);
    expect([opnieuw.code, opnieuw.err]).toEqual([
      0,
      `nplv: '${een}' is een eerdere uitvoer van nplv (blad NPLV Versies) en wordt vervangen`,
    ]);
  });

  it('wrong usage: no label, an unknown option', async () => {
    expect(await nplv('vastleggen', voorbeeld)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^nplv: vastleggen verwacht een invoerbestand en de naam van de versie/),
    });
    expect(await nplv('versies', voorbeeld, '--json')).toMatchObject({ code: 2 });
  });
});
