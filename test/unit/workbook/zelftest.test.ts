import { FakeExcel } from '../../../src/dev/fakeExcel';
import { NO_CHANGES, OfficeWorkbook, zelftest, zelftestTekst, type ZelftestOmgeving, type ZelftestRapport } from '../../../src/workbook';
import { verschillenMet } from '../../../src/workbook/zelftest/golden';
import { vereistenTekst } from '../../../src/workbook/zelftest/tekst';
import { voorbeeldBladen } from '../../../src/voorbeeld/werkmap';
import golden from '../../../src/voorbeeld/golden.json';
import { nplvFunctions } from '../../support/nplvFunctions';

let functies: Awaited<ReturnType<typeof nplvFunctions>>;
beforeAll(async () => {
  functies = await nplvFunctions();
}, 30_000);

/** The example workbook in the in-memory Excel, with the add-in's functions and a cell selected, as the demo has it. */
async function werkmap(metFuncties = true) {
  // Without: an Excel in which the add-in's functions are not registered (they show #NAME?).
  const excel = new FakeExcel({}, { customFunctions: metFuncties ? functies : { functions: new Map() } });
  const port = new OfficeWorkbook(excel.run, true);
  await port.apply({ ...NO_CHANGES, sheets: voorbeeldBladen() });
  await port.select('Opgave', 'D4');
  return excel;
}

function omgeving(overig: Partial<ZelftestOmgeving> = {}): ZelftestOmgeving {
  const [opgave, dekking] = voorbeeldBladen();
  return {
    host: 'Excel',
    platform: 'PC',
    versie: '16.0.17928.20114',
    addin: '1.2.3',
    isSetSupported: () => true,
    nu: () => new Date(2026, 11, 3, 9, 5),
    voorbeeld: { opgave, dekking },
    golden,
    geduld: 2000,
    ...overig,
  };
}

/** Every cell of every sheet, and the selection, as text: what "nothing else changed" compares. */
function inhoud(excel: FakeExcel) {
  const bladen = excel.sheetNames().map((blad) => [blad, excel.visibility(blad), [...excel.cells(blad)].sort(), excel.charts(blad)]);
  return JSON.stringify({ bladen, selectie: excel.selection, actief: excel.activeSheet });
}

const STAPPEN = [
  'Bladen en kopregels lezen',
  'Berekeningsmodus lezen',
  'Selectie lezen en volgen',
  'Verborgen blad toevoegen',
  'Waarden, formules en opmaak schrijven',
  'Kolombreedtes',
  'Rijen groeperen',
  'Grafieken',
  'Terug lezen: waarden, formules, getalnotaties',
  'Herberekening van het voorbeeld',
  'Aangepaste functies (NPLV.*)',
  'Tijdelijk blad verwijderen',
];

const soorten = (r: ZelftestRapport) => Object.fromEntries(r.stappen.map((s) => [s.naam, s.uitkomst.soort]));

describe('the Zelftest on the in-memory Excel', () => {
  it('runs every step green, each NPLV.* function with its value, and leaves the workbook as it was', async () => {
    const excel = await werkmap();
    const voor = inhoud(excel);
    const rapport = await zelftest(excel.run, omgeving());
    expect(rapport.stappen.map((s) => s.naam)).toEqual(STAPPEN);
    expect(rapport.stappen.filter((s) => s.uitkomst.soort !== 'ok')).toEqual([]);
    expect(rapport.geslaagd).toBe(true);
    const gevallen = rapport.stappen.find((s) => s.naam === 'Aangepaste functies (NPLV.*)')!.onderdelen!;
    expect(gevallen.every((o) => o.uitkomst.soort === 'ok')).toBe(true);
    // An empty cell passed as empty: RIJKSDEEL has no key and refuses.
    const [leeg] = gevallen.splice(10, 1);
    expect(leeg).toEqual({ naam: 'Lege cel als argument in A65', uitkomst: { soort: 'ok', details: '#N/A' } });
    // The eleven functions of functions.ts, each checked once.
    expect(gevallen.map((o) => o.naam.split(' ')[0]).sort()).toEqual([...functies.functions.keys()].map((id) => `NPLV.${id}`).sort());
    expect(gevallen.every((o) => o.uitkomst.soort === 'ok')).toBe(true);
    expect(inhoud(excel)).toBe(voor);
    expect(excel.sheetNames()).toEqual(['Opgave', 'Dekking']);
  });

  it('counts the syncs of each step: those of the add-in’s own calls', async () => {
    const excel = await werkmap();
    const rapport = await zelftest(excel.run, omgeving());
    const syncs = Object.fromEntries(rapport.stappen.map((s) => [s.naam, s.syncs]));
    // One request each: the listing with the heads, the mode, the block writes, the widths, the outline, the charts.
    expect(syncs['Bladen en kopregels lezen']).toBe(1);
    expect(syncs['Berekeningsmodus lezen']).toBe(1);
    expect(syncs['Waarden, formules en opmaak schrijven']).toBe(1);
    expect(syncs['Grafieken']).toBe(1);
    // Add and remove the handler: two.
    expect(syncs['Selectie lezen en volgen']).toBe(2);
    expect(syncs['Herberekening van het voorbeeld']).toBe(0);
  });

  it('a host without ExcelApi 1.12: no outline (not supported), the rest green', async () => {
    const excel = await werkmap();
    const rapport = await zelftest(
      excel.run,
      omgeving({ isSetSupported: (naam, versie) => !(naam === 'ExcelApi' && Number(versie.split('.')[1]) >= 12) }),
    );
    expect(soorten(rapport)['Rijen groeperen']).toBe('niet ondersteund');
    expect(rapport.stappen.find((s) => s.naam === 'Rijen groeperen')!.uitkomst).toEqual({
      soort: 'niet ondersteund',
      vereist: 'ExcelApi 1.12',
    });
    expect(rapport.stappen.filter((s) => s.uitkomst.soort !== 'ok').map((s) => s.naam)).toEqual(['Rijen groeperen']);
    expect(rapport.geslaagd).toBe(false);
    expect(zelftestTekst(rapport)).toContain('Requirement sets: ExcelApi 1.1–1.11 ja, 1.12–1.17 nee;');
  });

  it('without the custom functions registered: each NPLV.* shows #NAME? and says so; the sheet is still removed', async () => {
    const excel = await werkmap(false);
    const voor = inhoud(excel);
    const rapport = await zelftest(excel.run, omgeving());
    const stap = rapport.stappen.find((s) => s.naam === 'Aangepaste functies (NPLV.*)')!;
    expect(stap.uitkomst.soort).toBe('afwijking');
    expect(stap.onderdelen).toHaveLength(12);
    for (const o of stap.onderdelen!.filter((o) => o.naam.startsWith('NPLV.')))
      expect(o.uitkomst).toMatchObject({ soort: 'fout', code: '#NAME?', bericht: expect.stringContaining('niet geregistreerd') });
    expect(inhoud(excel)).toBe(voor);
  });

  it('an Excel that passes empty cells to the functions as 0: the check of an empty cell says so, the table functions fail', async () => {
    const excel = new FakeExcel({}, { customFunctions: { ...functies, emptyCell: 0 } });
    const port = new OfficeWorkbook(excel.run, true);
    await port.apply({ ...NO_CHANGES, sheets: voorbeeldBladen() });
    await port.select('Opgave', 'D4');
    const rapport = await zelftest(excel.run, omgeving());
    const gevallen = rapport.stappen.find((s) => s.naam === 'Aangepaste functies (NPLV.*)')!.onderdelen!;
    expect(gevallen.find((o) => o.naam.startsWith('Lege cel'))!.uitkomst).toEqual({
      soort: 'afwijking',
      verschillen: [
        expect.stringMatching(/^Excel geeft een lege cel als 0 door/),
        '=NPLV.RIJKSDEEL(445;lege cel) gaf 0 in plaats van een fout',
      ],
    });
    // The example's tables have empty cells (no key of their own, blank rows): read as 0 they are refused.
    expect(gevallen.filter((o) => o.uitkomst.soort === 'fout').map((o) => o.naam.split(' ')[0])).toEqual([
      'NPLV.SCENARIO',
      'NPLV.VERSCHIL',
      'NPLV.GEVOELIGHEID',
      'NPLV.TOTAALBEELD',
    ]);
    expect(rapport.geslaagd).toBe(false);
  });

  it('takes another name when NPLV Zelftest is there, and leaves that sheet alone', async () => {
    const excel = await werkmap();
    await new OfficeWorkbook(excel.run).apply({ ...NO_CHANGES, sheets: [{ name: 'NPLV Zelftest', values: [['van de analist']] }] });
    const voor = inhoud(excel);
    const rapport = await zelftest(excel.run, omgeving());
    expect(rapport.blad).toBe('NPLV Zelftest 2');
    expect(rapport.geslaagd).toBe(true);
    expect(inhoud(excel)).toBe(voor);
  });
});

describe('the Zelftest when Excel refuses a call (the in-memory Excel made to fail one)', () => {
  it('adding a chart: that step FOUT with Excel’s code, message and place; the others ok; the sheet gone, nothing else changed', async () => {
    const excel = await werkmap();
    const voor = inhoud(excel);
    const fout = excel.failOn({ method: 'add', path: '.charts' }, { times: 1 });
    const rapport = await zelftest(excel.run, omgeving());
    expect(fout.failed).toBe(1);
    const stap = rapport.stappen.find((s) => s.naam === 'Grafieken')!;
    expect(stap.uitkomst).toEqual({
      soort: 'fout',
      code: 'GeneralException',
      bericht: expect.stringMatching(/internal error/),
      plaats: expect.stringMatching(/charts/),
    });
    expect(rapport.stappen.filter((s) => s.uitkomst.soort !== 'ok').map((s) => s.naam)).toEqual(['Grafieken']);
    expect(rapport.geslaagd).toBe(false);
    expect(rapport.achtergelaten).toBe(false);
    expect(inhoud(excel)).toBe(voor);
    const tekst = zelftestTekst(rapport);
    expect(tekst).toMatch(/^NPLV Zelftest: niet geslaagd \(1 van 12 stappen niet ok\)$/m);
    expect(tekst).toMatch(/^ 8\. FOUT +Grafieken — GeneralException: .*internal error.* \(plaats: .*charts.*\)/m);
  });

  it('adding the sheet: FOUT, the steps on it OVERGESLAGEN, nothing to remove, the workbook as it was', async () => {
    const excel = await werkmap();
    const voor = inhoud(excel);
    excel.failOn({ method: 'add', path: 'worksheets' }, { code: 'AccessDenied', message: 'De werkmap is beveiligd.' });
    const rapport = await zelftest(excel.run, omgeving());
    expect(soorten(rapport)).toEqual({
      'Bladen en kopregels lezen': 'ok',
      'Berekeningsmodus lezen': 'ok',
      'Selectie lezen en volgen': 'ok',
      'Verborgen blad toevoegen': 'fout',
      'Waarden, formules en opmaak schrijven': 'overgeslagen',
      Kolombreedtes: 'overgeslagen',
      'Rijen groeperen': 'overgeslagen',
      Grafieken: 'overgeslagen',
      'Terug lezen: waarden, formules, getalnotaties': 'overgeslagen',
      'Herberekening van het voorbeeld': 'overgeslagen',
      'Aangepaste functies (NPLV.*)': 'overgeslagen',
    });
    expect(rapport.stappen[3].uitkomst).toMatchObject({ code: 'AccessDenied', bericht: 'De werkmap is beveiligd.' });
    expect(inhoud(excel)).toBe(voor);
  });

  it('writing the formulas: FOUT at that step, and the half-filled sheet is still removed', async () => {
    const excel = await werkmap();
    const voor = inhoud(excel);
    excel.failOn(
      { kind: 'write', method: 'formulas' },
      { times: 1, code: 'InvalidArgument', message: 'The argument is invalid or missing or has an incorrect format.' },
    );
    const rapport = await zelftest(excel.run, omgeving());
    expect(soorten(rapport)['Waarden, formules en opmaak schrijven']).toBe('fout');
    expect(soorten(rapport)['Tijdelijk blad verwijderen']).toBe('ok');
    expect(inhoud(excel)).toBe(voor);
  });

  it('removing the sheet: FOUT, and the report says the hidden sheet is left and how to remove it', async () => {
    const excel = await werkmap();
    excel.failOn({ method: 'delete', path: 'NPLV Zelftest' });
    const rapport = await zelftest(excel.run, omgeving());
    expect(soorten(rapport)['Tijdelijk blad verwijderen']).toBe('fout');
    expect(rapport.achtergelaten).toBe(true);
    expect(excel.sheetNames()).toEqual(['Opgave', 'Dekking', 'NPLV Zelftest']);
    expect(excel.visibility('NPLV Zelftest')).toBe('Hidden');
    expect(zelftestTekst(rapport)).toContain('Tijdelijk blad: NPLV Zelftest — NIET VERWIJDERD: verwijder het verborgen blad zelf');
  });

  it('loading the selection: FOUT at that step only', async () => {
    const excel = await werkmap();
    excel.failOn({ kind: 'query', path: 'getSelectedRange' });
    const rapport = await zelftest(excel.run, omgeving());
    expect(rapport.stappen.filter((s) => s.uitkomst.soort !== 'ok').map((s) => s.naam)).toEqual(['Selectie lezen en volgen']);
  });
});

describe('comparing with golden.json', () => {
  it('names the place and both figures of every difference; nothing for the same figures', () => {
    const anders = structuredClone(golden);
    anders.perioden[0].pijlers[0].onderdelen[0].restopgave = 154;
    anders.perioden[1].totaal.restopgave = 4131;
    expect(verschillenMet(golden, golden)).toEqual([]);
    expect(verschillenMet(golden, anders)).toEqual([
      'tot 2030 › Fysiek › Nieuwbouw › restopgave: 155 verwacht, 154 gekregen',
      '2030 t/m 2035 › totaal › restopgave: 4130 verwacht, 4131 gekregen',
    ]);
  });

  it('a list of another length, a figure missing', () => {
    expect(verschillenMet({ a: [1, 2] }, { a: [1] })).toEqual(['a: 2 regels verwacht, 1 gekregen']);
    expect(verschillenMet({ a: 1 }, {})).toEqual(['a: 1 verwacht, niets gekregen']);
  });
});

describe('the report as text', () => {
  it('gives the head and a line per step, its error with code, message and place, its checks indented', () => {
    const rapport: ZelftestRapport = {
      tijdstip: new Date(2026, 11, 3, 9, 5),
      host: 'Excel',
      platform: 'Mac',
      versie: '16.91',
      addin: '1.2.3',
      vereisten: [
        { naam: 'ExcelApi', versie: '1.1', ondersteund: true },
        { naam: 'ExcelApi', versie: '1.2', ondersteund: true },
        { naam: 'ExcelApi', versie: '1.3', ondersteund: false },
        { naam: 'SharedRuntime', versie: '1.1', ondersteund: true },
      ],
      blad: 'NPLV Zelftest',
      achtergelaten: false,
      geslaagd: false,
      stappen: [
        { naam: 'Bladen lezen', vereist: 'ExcelApi 1.1', uitkomst: { soort: 'ok', details: '2 bladen' }, syncs: 1, ms: 12 },
        {
          naam: 'Grafieken',
          vereist: 'ExcelApi 1.8',
          uitkomst: { soort: 'fout', code: 'GeneralException', bericht: 'Interne fout.', plaats: 'ChartCollection.add' },
          syncs: 2,
          ms: 30,
        },
        {
          naam: 'Rijen groeperen',
          vereist: 'ExcelApi 1.12',
          uitkomst: { soort: 'niet ondersteund', vereist: 'ExcelApi 1.12' },
          syncs: 0,
          ms: 0,
        },
        {
          naam: 'Functies',
          vereist: 'SharedRuntime 1.1',
          uitkomst: { soort: 'afwijking', verschillen: ['1 van 2 niet ok: NPLV.B in A47'] },
          syncs: 3,
          ms: 40,
          onderdelen: [
            { naam: 'NPLV.A in A45', uitkomst: { soort: 'ok' } },
            { naam: 'NPLV.B in A47', uitkomst: { soort: 'afwijking', verschillen: ['1 verwacht, 2 gekregen'] } },
          ],
        },
      ],
    };
    expect(zelftestTekst(rapport)).toBe(
      [
        'NPLV Zelftest: niet geslaagd (3 van 4 stappen niet ok)',
        'Tijdstip: 03-12-2026 09:05',
        'Add-in: 1.2.3',
        'Excel: Excel, platform Mac, versie 16.91',
        'Requirement sets: ExcelApi 1.1–1.2 ja, 1.3 nee; SharedRuntime 1.1 ja',
        'Tijdelijk blad: NPLV Zelftest',
        '',
        ' 1. ok                Bladen lezen — 2 bladen  [1 sync, 12 ms]',
        ' 2. FOUT              Grafieken — GeneralException: Interne fout. (plaats: ChartCollection.add)  [2 syncs, 30 ms]',
        ' 3. NIET ONDERSTEUND  Rijen groeperen — vereist ExcelApi 1.12',
        ' 4. AFWIJKING         Functies — 1 verschil  [3 syncs, 40 ms]',
        '      - 1 van 2 niet ok: NPLV.B in A47',
        '      ok                NPLV.A in A45',
        '      AFWIJKING         NPLV.B in A47 — 1 verschil',
        '          - 1 verwacht, 2 gekregen',
        '',
      ].join('\n'),
    );
    expect(vereistenTekst([])).toBe('');
  });
});
