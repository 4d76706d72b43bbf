import ExcelJS from 'exceljs';
import { copyFileSync, existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { geenStack, nplv, readWorkbook, tempDir } from './run';
import { versieVastleggen } from '../../../src/workbook';
import { openXlsxPackage } from '../../../src/workbook/node';

/**
 * `nplv vergelijk` (issue 17) on the example workbook (written by `nplv voorbeeld`) and copies
 * edited by ExcelJS, a writer independent of ours. Expected figures by hand from voorbeeld.json:
 * Nieuwbouw tot 2030 445 → 545 with the standard key 0,5 and 290 dekking (145 Rijk): restopgave
 * 155 → 255, rest. Rijksopgave 77,5 → 127,5; the Fysieke pijler 3050 − 675 = 2375 → 2475.
 */
const dir = tempDir();
const VOORBEELD = join(dir, 'voorbeeld.xlsx');

// A copy of the example with `edit` applied to each of its rows (ExcelJS), written to `naam`.
async function kopie(
  naam: string,
  edit: (row: ExcelJS.Row, blad: string) => void,
  extra?: (wb: ExcelJS.Workbook) => void,
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(VOORBEELD);
  wb.eachSheet((ws) => ws.eachRow((row) => edit(row, ws.name)));
  extra?.(wb);
  const pad = join(dir, naam);
  await wb.xlsx.writeFile(pad);
  return pad;
}

const nieuwbouwTot2030 = (bedrag: ExcelJS.CellValue) => (row: ExcelJS.Row, blad: string) => {
  if (blad === 'Opgave' && row.getCell(1).value === 'tot 2030' && row.getCell(3).value === 'Nieuwbouw') row.getCell(4).value = bedrag;
};

// The row of the sheet's table headed `kop` whose first cell is `label`.
function rij(rows: unknown[][], kop: string, label: string): unknown[] {
  const start = rows.findIndex((r) => r?.[0] === kop);
  return rows.slice(start).find((r) => r?.[0] === label) ?? [];
}

let nieuw: string;
beforeAll(async () => {
  expect((await nplv('voorbeeld', VOORBEELD)).code).toBe(0);
  nieuw = await kopie('nieuwbouw-545.xlsx', nieuwbouwTot2030(545));
});

describe('nplv vergelijk OUD NIEUW', () => {
  it('prints the comparison: Δ restopgave tot 2030 +100, all in the Opgave column; with -o a copy of NIEUW with the sheet', async () => {
    const uit = join(dir, 'vergelijking.xlsx');
    const [oudVoor, nieuwVoor] = [readFileSync(VOORBEELD), readFileSync(nieuw)];
    const { code, out, err } = await nplv('vergelijk', VOORBEELD, nieuw, '-o', uit);
    expect([code, err]).toEqual([0, '']);
    expect(out).toMatch(
      /^NPLV Vergelijking — gemaakt \d\d-\d\d-\d{4} \d\d:\d\d\nOud: bestand 'voorbeeld\.xlsx'\nNieuw: bestand 'nieuwbouw-545\.xlsx'\n/,
    );
    expect(out).toMatch(/\nNieuwbouw +100,0 +100,0 +0,0 +0,0 +0,0 +0,0 +50,0 +50,0 +0,0 +0,0 +0,0 +0,0\n/);
    expect(out).toContain(`\nGeschreven: ${uit}`);
    const boek = await readWorkbook(uit);
    const blad = boek['NPLV Vergelijking'];
    expect(rij(blad, 'tot 2030: verschil naar oorzaak', 'Nieuwbouw').slice(1, 13)).toEqual([100, 100, 0, 0, 0, 0, 50, 50, 0, 0, 0, 0]);
    expect(rij(blad, 'tot 2030: verschil naar oorzaak', 'Fysieke pijler').slice(1, 7)).toEqual([100, 100, 0, 0, 0, 0]);
    expect(rij(blad, 'tot 2030: oud, nieuw en verschil', 'Fysieke pijler').slice(14, 17)).toEqual([2375, 2475, 100]);
    expect(rij(blad, '2030 t/m 2035: verschil naar oorzaak', 'Nieuwbouw').slice(1, 7)).toEqual([0, 0, 0, 0, 0, 0]);
    // The rest of NIEUW as it was; both inputs untouched.
    expect(boek.Opgave).toEqual((await readWorkbook(nieuw)).Opgave);
    expect([readFileSync(VOORBEELD).equals(oudVoor), readFileSync(nieuw).equals(nieuwVoor)]).toEqual([true, true]);
  });

  it('--json gives the engine JSON, amounts exact', async () => {
    const { code, out } = await nplv('vergelijk', VOORBEELD, nieuw, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.volgorde).toEqual(['opgave', 'dekking', 'sleutels', 'structuur', 'scenarios']);
    const [tot2030] = json.perioden;
    expect(tot2030.cijfers.restopgave).toEqual({ oud: 2935, nieuw: 3035, verschil: 100 });
    expect(tot2030.delen.map((d: { oorzaak: string; bedragen: { restopgave: number } }) => [d.oorzaak, d.bedragen.restopgave])).toEqual([
      ['opgave', 100],
    ]);
    expect(json.meldingen).toEqual([]);
  });

  it('a file with errors: the Dutch message, exit 1, nothing written', async () => {
    const fout = await kopie('fout.xlsx', nieuwbouwTot2030('n.b.'));
    const uit = join(dir, 'niet.xlsx');
    const { code, out, err } = await nplv('vergelijk', VOORBEELD, fout, '-o', uit);
    expect([code, out]).toEqual([1, '']);
    expect(err).toBe("fout Opgave!D4: 'n.b.' is geen bedrag\n1 fout in " + fout + ' — niets geschreven.');
    geenStack(err);
    expect(existsSync(uit)).toBe(false);
    // The old file alike.
    const oud = await nplv('vergelijk', fout, VOORBEELD, '-o', uit);
    expect([oud.code, oud.err.split('\n').pop()]).toEqual([1, `1 fout in ${fout} — niets geschreven.`]);
    expect(existsSync(uit)).toBe(false);
  });

  it('errors in both files: all of them in one pass, each file named; with --json the JSON on stdout, for the old file too', async () => {
    const fout = await kopie('fout-oud.xlsx', nieuwbouwTot2030('n.b.'));
    const ookFout = await kopie('fout-nieuw.xlsx', (row, blad) => {
      if (blad === 'Dekking' && row.getCell(3).value === 'ORV-regeling') row.getCell(6).value = 'veel';
    });
    const uit = join(dir, 'niet-beide.xlsx');
    const beide = await nplv('vergelijk', fout, ookFout, '-o', uit);
    expect([beide.code, beide.out]).toEqual([1, '']);
    expect(beide.err).toBe(
      [
        `fout Opgave!D4: 'n.b.' is geen bedrag`,
        `1 fout in ${fout} — niets geschreven.`,
        `fout Dekking!F4: 'veel' is geen bedrag`,
        `1 fout in ${ookFout} — niets geschreven.`,
      ].join('\n'),
    );
    expect(existsSync(uit)).toBe(false);
    const json = await nplv('vergelijk', fout, VOORBEELD, '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toEqual({
      perioden: [],
      wijzigingen: [],
      meldingen: [expect.objectContaining({ ernst: 'fout', blad: 'Opgave', cel: 'D4' })],
    });
  });

  it('two files whose perioden differ are compared on those they share, with a warning naming the others', async () => {
    const later = await kopie(
      'later.xlsx',
      (row, blad) => {
        if ((blad === 'Opgave' || blad === 'Dekking') && row.getCell(1).value === '2030 t/m 2035') row.getCell(1).value = '2036 t/m 2040';
      },
      (wb) =>
        wb.addWorksheet('Perioden').addRows([
          ['Periode', 'Eerste jaar', 'Laatste jaar'],
          ['tot 2030', 2026, 2029],
          ['2036 t/m 2040', 2036, 2040],
        ]),
    );
    const { code, out } = await nplv('vergelijk', VOORBEELD, later);
    expect(code).toBe(0);
    expect(out).toContain(
      "\nWaarschuwing: periode '2030 t/m 2035' staat alleen in de oude versie en wordt niet vergeleken\nWaarschuwing: periode '2036 t/m 2040' staat alleen in de nieuwe versie en wordt niet vergeleken\n",
    );
    expect(out).toContain('\ntot 2030: verschil naar oorzaak');
    expect(out).not.toMatch(/2030 t\/m 2035: |2036 t\/m 2040: /);
  });

  it('never writes over its input, nor over a file that is no output of nplv', async () => {
    const invoer = join(dir, 'invoer.xlsx');
    copyFileSync(nieuw, invoer);
    const zelf = await nplv('vergelijk', VOORBEELD, invoer, '-o', invoer);
    expect([zelf.code, zelf.err]).toEqual([2, 'nplv: het uitvoerbestand mag het invoerbestand niet zijn']);
    const ander = await nplv('vergelijk', VOORBEELD, invoer, '-o', VOORBEELD);
    expect(ander.code).toBe(2);
    expect(ander.err).toMatch(
      /bestaat al en is geen uitvoer van nplv \(geen werkmap met het blad NPLV Totaalbeeld, NPLV Versies, NPLV Vergelijking of NPLV Gevoeligheid\)/,
    );
    expect(readFileSync(invoer).equals(readFileSync(nieuw))).toBe(true);
  });

  it('wants two files, or one with --versie', async () => {
    for (const args of [
      ['vergelijk', VOORBEELD],
      ['vergelijk', VOORBEELD, nieuw, '--versie', 'jan'],
    ]) {
      const { code, err } = await nplv(...args);
      expect(code).toBe(2);
      expect(err).toMatch(/^nplv: vergelijk verwacht twee bestanden \(nplv vergelijk OUD\.xlsx NIEUW\.xlsx\), of één met --versie LABEL\n/);
    }
  });
});

describe('nplv vergelijk IN --versie LABEL', () => {
  it('compares IN with a version recorded in it; uitleg reads the version from the head', async () => {
    const w = await openXlsxPackage(VOORBEELD);
    expect((await versieVastleggen(w.port, 'Totaalbeeld jan 2026', { nu: new Date(2026, 0, 15) })).ok).toBe(true);
    await w.port.apply({ sheets: [], writes: [{ sheet: 'Opgave', top: 4, left: 4, values: [[545]] }], deleteSheets: [] });
    const invoer = join(dir, 'met-versie.xlsx');
    await w.save(invoer);
    const uit = join(dir, 'met-versie-vergeleken.xlsx');
    const { code, out } = await nplv('vergelijk', invoer, '--versie', 'Totaalbeeld jan 2026', '-o', uit);
    expect(code).toBe(0);
    expect(out).toMatch(/\nOud: versie 'Totaalbeeld jan 2026'\nNieuw: bestand 'met-versie\.xlsx'\n/);
    const blad = (await readWorkbook(uit))['NPLV Vergelijking'];
    expect(rij(blad, 'tot 2030: verschil naar oorzaak', 'Nieuwbouw').slice(1, 7)).toEqual([100, 100, 0, 0, 0, 0]);
    const r =
      blad.findIndex((x, i) => x?.[0] === 'Nieuwbouw' && i > blad.findIndex((y) => y?.[0] === 'tot 2030: verschil naar oorzaak')) + 1;
    const uitleg = await nplv('uitleg', uit, `'NPLV Vergelijking'!C${r}`);
    expect(uitleg.code).toBe(0);
    expect(uitleg.out).toMatch(/^Restopgave, tot 2030, Fysiek, Nieuwbouw: 155 → 255 \(\+100\)\n/);
    const onbekend = await nplv('vergelijk', invoer, '--versie', 'bestaat niet');
    expect(onbekend.code).toBe(1);
    expect(onbekend.err).toMatch(/bestaat niet/);
  });
});

describe('nplv uitleg on the NPLV Vergelijking sheet', () => {
  it('explains a Δ cell per cause; the file the head names must be given with --met', async () => {
    const uit = join(dir, 'uitleg.xlsx');
    expect((await nplv('vergelijk', VOORBEELD, nieuw, '-o', uit)).code).toBe(0);
    const blad = (await readWorkbook(uit))['NPLV Vergelijking'];
    const start = blad.findIndex((r) => r?.[0] === 'tot 2030: verschil naar oorzaak');
    const r = blad.slice(start).findIndex((x) => x?.[0] === 'Nieuwbouw') + start + 1;
    const cel = `NPLV Vergelijking!B${r}`;
    const zonder = await nplv('uitleg', uit, cel);
    expect([zonder.code, zonder.err]).toEqual([
      2,
      "nplv: het blad NPLV Vergelijking vergeleek met het bestand 'voorbeeld.xlsx'; geef dat bestand op met --met voorbeeld.xlsx",
    ]);
    const { code, out, err } = await nplv('uitleg', uit, cel, '--met', VOORBEELD);
    expect([code, err]).toEqual([0, '']);
    expect(out).toMatch(/^Restopgave, tot 2030, Fysiek, Nieuwbouw: 155 → 255 \(\+100\)\n/);
    expect(out).toMatch(/Opgave!D4/);
    // Against another file than the sheet shows: the sheet's +100 is not what the comparison gives now (0): said on stderr.
    const ander = await nplv('uitleg', uit, cel, '--met', nieuw);
    expect(ander.code).toBe(0);
    expect(ander.err).toBe(
      `nplv: waarschuwing: het blad NPLV Vergelijking toont in ${cel} niet wat de vergelijking nu geeft; de uitleg is van de vergelijking nu (vergelijk opnieuw, met dezelfde --scenario's)`,
    );
    expect(ander.out).toMatch(/^Restopgave, tot 2030, Fysiek, Nieuwbouw: 255 → 255 \(0\)\n/);
    const geen = await nplv('uitleg', uit, 'NPLV Vergelijking!A1', '--met', VOORBEELD);
    expect(geen.code).toBe(2);
    expect(geen.err).toMatch(/^nplv: NPLV Vergelijking!A1 toont geen verschil/);
  });
});

/**
 * Scenarios per side (issue 17's hand-computed case): the example against itself with *Wbi naar
 * rato* and *AZWA* on in the new side only. By hand from voorbeeld.json: Wbi gives 43
 * Rijksfinanciering to Nieuwbouw 2030 t/m 2035 (restopgave 445, Rijksdeel 222,5: neither
 * reaches 0), AZWA 61 to Gezondheid … tot 2030 (restopgave 190, Rijksdeel − Rijksdekking 100):
 * Δ restopgave and Δ rest. Rijksopgave −43 in 2030 t/m 2035 and −61 tot 2030, all scenario's.
 */
describe("nplv vergelijk with each side's own scenarios", () => {
  const WBI = 'Wbi naar rato';
  // The totals of a periode's causes table: Δ restopgave and its parts (opgave … scenario's), then the same of rest. Rijksopgave.
  const totaal = (blad: unknown[][], periode: string) => rij(blad, `${periode}: verschil naar oorzaak`, `Totaal ${periode}`).slice(1, 13);
  const alleenScenarios = (d: number) => [d, 0, 0, 0, 0, d, d, 0, 0, 0, 0, d];

  it("--nieuw-scenario: on in NIEUW only; Δ −43 (2030 t/m 2035) and −61 (tot 2030), all in the Scenario's column; uitleg reads them from the head", async () => {
    const uit = join(dir, 'scenarios-nieuw.xlsx');
    const { code, out, err } = await nplv(
      'vergelijk',
      VOORBEELD,
      VOORBEELD,
      '--nieuw-scenario',
      WBI,
      '--nieuw-scenario',
      'AZWA',
      '-o',
      uit,
    );
    expect([code, err]).toEqual([0, '']);
    expect(out).toContain(`\nScenario's aan — oud: geen (basis); nieuw: '${WBI}', 'AZWA'\n`);
    const blad = (await readWorkbook(uit))['NPLV Vergelijking'];
    expect(totaal(blad, '2030 t/m 2035')).toEqual(alleenScenarios(-43));
    expect(totaal(blad, 'tot 2030')).toEqual(alleenScenarios(-61));
    // Uitleg of Δ rest. Rijksopgave of Nieuwbouw 2030 t/m 2035 (column H), no --scenario: the head's scenarios are used.
    const start = blad.findIndex((r) => r?.[0] === '2030 t/m 2035: verschil naar oorzaak');
    const r = blad.slice(start).findIndex((x) => x?.[0] === 'Nieuwbouw') + start + 1;
    const uitleg = await nplv('uitleg', uit, `NPLV Vergelijking!H${r}`, '--met', VOORBEELD);
    expect([uitleg.code, uitleg.err]).toEqual([0, '']);
    expect(uitleg.out.split('\n').slice(0, 3)).toEqual([
      'Rest-Rijksopgave, 2030 t/m 2035, Fysiek, Nieuwbouw: 222,5 → 179,5 (-43)',
      "Scenario's: -43",
      `  uit → aan (scenario '${WBI}'; Nieuwbouw, 2030 t/m 2035)`,
    ]);
    // An explicit --scenario still sets both sides: with Wbi on in both there is no difference, and the sheet is out of date.
    const beide = await nplv('uitleg', uit, `NPLV Vergelijking!H${r}`, '--met', VOORBEELD, '--scenario', WBI);
    expect(beide.code).toBe(0);
    expect(beide.err).toMatch(
      /^nplv: waarschuwing: het blad NPLV Vergelijking toont in NPLV Vergelijking!H\d+ niet wat de vergelijking nu geeft/,
    );
    expect(beide.out).toMatch(/^Rest-Rijksopgave, 2030 t\/m 2035, Fysiek, Nieuwbouw: 179,5 → 179,5 \(0\)\n/);
  });

  it('--oud-scenario: on in OUD only, the negated differences; --scenario on both', async () => {
    const oud = await nplv('vergelijk', VOORBEELD, VOORBEELD, '--oud-scenario', WBI, '--oud-scenario', 'AZWA', '--json');
    expect(oud.code).toBe(0);
    const perioden = JSON.parse(oud.out).perioden.map(
      (p: { cijfers: { restopgave: { verschil: number }; restRijksopgave: { verschil: number } } }) => [
        p.cijfers.restopgave.verschil,
        p.cijfers.restRijksopgave.verschil,
      ],
    );
    expect(perioden).toEqual([
      [61, 61],
      [43, 43],
    ]);
    const uit = join(dir, 'scenarios-beide.xlsx');
    const beide = await nplv('vergelijk', VOORBEELD, VOORBEELD, '--scenario', WBI, '--nieuw-scenario', 'AZWA', '-o', uit);
    expect(beide.code).toBe(0);
    expect(beide.out).toContain(`\nScenario's aan — oud: '${WBI}'; nieuw: '${WBI}', 'AZWA'\n`);
    const blad = (await readWorkbook(uit))['NPLV Vergelijking'];
    expect([totaal(blad, 'tot 2030'), totaal(blad, '2030 t/m 2035')]).toEqual([alleenScenarios(-61), alleenScenarios(0)]);
  });

  it('--help names the options per side and that uitleg reads them from the head', async () => {
    const { out } = await nplv('--help');
    expect(out).toContain(
      'nplv vergelijk OUD.xlsx NIEUW.xlsx [--json] [-o UIT.xlsx] [--oud-scenario NAAM]... [--nieuw-scenario NAAM]...\n',
    );
    expect(out).toMatch(/--oud-scenario NAAM alleen in\s+OUD, --nieuw-scenario NAAM alleen in NIEUW/);
    expect(out).toMatch(/met de scenario's van elke kant uit de kop/);
  });

  it('--oud-scenario with --versie: a usage error, the version has its own', async () => {
    const { code, out, err } = await nplv('vergelijk', VOORBEELD, '--versie', 'jan', '--oud-scenario', 'AZWA');
    expect([code, out]).toEqual([2, '']);
    expect(err).toMatch(
      /^nplv: --oud-scenario geldt niet bij --versie: de oude kant heeft de scenario's die bij het vastleggen van de versie aan stonden\n/,
    );
  });
});
