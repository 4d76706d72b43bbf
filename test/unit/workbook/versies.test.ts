import { vergelijk } from '../../../src/engine';
import {
  berekenWerkmap,
  huidigeStand,
  MemoryWorkbook,
  versieLezen,
  versieVastleggen,
  versieVerwijderen,
  versiesLezen,
  vergelijkWerkmap,
  VERSIES,
} from '../../../src/workbook';
import { a1, type CellValue } from '../../../src/sheet';
import { exact, versieWerkmap } from '../../support/versies';
import { FakeExcel } from '../../../src/dev/fakeExcel';
import { OfficeWorkbook } from '../../../src/workbook';

const NU = new Date(Date.UTC(2026, 0, 15, 10, 30));
const werkmap = (n: number) => new MemoryWorkbook(Object.fromEntries(versieWerkmap(n).map(({ name, ...init }) => [name, init])));

async function vastgelegd(n = 3) {
  const wb = werkmap(n);
  const r = await versieVastleggen(wb, 'Jan', { nu: NU });
  expect(r).toEqual({ ok: true, versie: { label: 'Jan', vastgelegd: '2026-01-15T10:30:00.000Z', formaat: 1, scenarios: [] } });
  return wb;
}

const cel = (wb: MemoryWorkbook, address: string) => wb.cell(VERSIES, address).value;
const zet = (wb: MemoryWorkbook, address: string, value: CellValue) => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const left = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return wb.apply({ sheets: [], writes: [{ sheet: VERSIES, top: Number(m[2]), left, values: [[value]] }], deleteSheets: [] });
};

async function fouten(wb: MemoryWorkbook) {
  const r = await versiesLezen(wb);
  if (r.ok) throw new Error('read');
  return r.meldingen.map((m) => `${m.blad}!${m.cel}: ${m.bericht}`);
}

describe('the NPLV Versies sheet', () => {
  it('splits a long version over cells of at most 30,000 characters and reads it back exactly', async () => {
    const wb = await vastgelegd(400);
    const delen = ['D2', 'E2', 'F2', 'G2', 'H2', 'I2'].map((a) => cel(wb, a)).filter((v) => v !== null) as string[];
    expect(delen.length).toBeGreaterThan(2);
    expect(delen.slice(0, -1).every((d) => d.length === 30_000)).toBe(true);
    expect(delen[delen.length - 1].length).toBeLessThanOrEqual(30_000);
    const gelezen = await versieLezen(wb, 'jan');
    if (!gelezen.ok) throw new Error(JSON.stringify(gelezen.meldingen));
    const nu = await berekenWerkmap(wb);
    if (!nu.ok) throw new Error('no result');
    expect(exact(gelezen.versie.stand.invoer)).toEqual(exact(nu.invoer));
    // By hand: row 2's amount 1000.125, its cell shown with one decimal; row 2's key typed as 30%; Dekking's 1e-7 exact.
    const [eerste] = gelezen.versie.stand.invoer.opgave;
    expect([
      eerste.opgave.toFixed(),
      eerste.verdeelsleutel?.toFixed(),
      eerste.herkomst?.decimalen?.opgave,
      eerste.herkomst?.procent,
    ]).toEqual(['1000.125', '0.3', 1, ['verdeelsleutel']]);
    expect(gelezen.versie.stand.invoer.dekking[0].rijksfinanciering.toFixed()).toBe('0.0000001');
  });

  it('names the cell of each damage, all in one pass', async () => {
    const wb = await vastgelegd(400);
    await versieVastleggen(wb, 'Feb', { nu: NU });
    await versieVastleggen(wb, 'Mrt', { nu: NU });
    await versieVastleggen(wb, 'Apr', { nu: NU });
    await zet(wb, 'E2', null); // a part missing
    await zet(wb, 'C3', 0);
    await zet(wb, 'A4', 'jan'); // the label twice
    await zet(wb, 'B4', '15-01-2026');
    expect(await fouten(wb)).toEqual([
      `${VERSIES}!E2: een deel van de vastgelegde inhoud ontbreekt (een lege cel tussen de delen)`,
      `${VERSIES}!C3: onbekend formaat 0 (deze invoegtoepassing leest formaat 1); de versie kan niet gelezen worden`,
      `${VERSIES}!A4: de versie 'jan' staat ook in rij 2`,
      `${VERSIES}!B4: het tijdstip van vastleggen ontbreekt of is geen ISO-tijd (zoals 2026-01-15T10:30:00.000Z)`,
    ]);
    // Only its own row needs to be sound to read one version.
    expect((await versieLezen(wb, 'Feb')).ok).toBe(false);
    expect((await versieLezen(wb, 'Apr')).ok).toBe(true);
  });

  it('refuses a newer formaat, an unknown field and an amount that is not exact text', async () => {
    const wb = await vastgelegd();
    const json = JSON.parse(cel(wb, 'D2') as string);
    await zet(wb, 'C2', 2);
    expect(await fouten(wb)).toEqual([
      `${VERSIES}!C2: vastgelegd met een nieuwere versie van de invoegtoepassing (formaat 2; deze leest formaat 1); werk de invoegtoepassing bij om deze versie te lezen`,
    ]);
    await zet(wb, 'C2', 1);
    await zet(
      wb,
      'D2',
      JSON.stringify({
        ...json,
        stand: { ...json.stand, invoer: { ...json.stand.invoer, opgave: [{ ...json.stand.invoer.opgave[0], extra: 1 }] } },
      }),
    );
    expect(await fouten(wb)).toEqual([`${VERSIES}!D2: de vastgelegde inhoud is beschadigd: stand.invoer.opgave[0].extra: onbekend veld`]);
    await zet(
      wb,
      'D2',
      JSON.stringify({
        ...json,
        stand: { ...json.stand, invoer: { ...json.stand.invoer, opgave: [{ ...json.stand.invoer.opgave[0], opgave: 1000.125 }] } },
      }),
    );
    expect(await fouten(wb)).toEqual([
      `${VERSIES}!D2: de vastgelegde inhoud is beschadigd: stand.invoer.opgave[0].opgave: verwacht een exact bedrag als tekst ("12.5"), gevonden 1000.125`,
    ]);
    await zet(wb, 'D2', (cel(wb, 'D2') as string).slice(0, 100));
    expect(await fouten(wb)).toEqual([
      `${VERSIES}!D2: de vastgelegde inhoud is beschadigd (geen geldige JSON: de tekst houdt te vroeg op)`,
    ]);
    await zet(wb, 'D2', '{"stand": kapot');
    expect(await fouten(wb)).toEqual([`${VERSIES}!D2: de vastgelegde inhoud is beschadigd (geen geldige JSON)`]);
  });

  it('names the cell and the character where a long version stops being JSON, in Dutch', async () => {
    const wb = await vastgelegd(400);
    const deel = cel(wb, 'E2') as string;
    // The ':' after a name in E2 made a space: the JSON goes wrong at the character after it (counted from 1: i + 2).
    const i = deel.indexOf('":') + 1;
    await zet(wb, 'E2', `${deel.slice(0, i)} ${deel.slice(i + 1)}`);
    expect(await fouten(wb)).toEqual([
      `${VERSIES}!E2: de vastgelegde inhoud is beschadigd (geen geldige JSON: fout bij teken ${(i + 2).toLocaleString('nl-NL')} van deze cel)`,
    ]);
    // Cut short in its last part: that part is named.
    await zet(wb, 'E2', deel);
    const laatste = Array.from({ length: 40 }, (_, k) => a1(2, 4 + k))
      .filter((a) => cel(wb, a) !== null)
      .pop()!;
    await zet(wb, laatste, (cel(wb, laatste) as string).slice(0, -3));
    expect(await fouten(wb)).toEqual([
      `${VERSIES}!${laatste}: de vastgelegde inhoud is beschadigd (geen geldige JSON: de tekst houdt te vroeg op)`,
    ]);
  });

  it('names what is recorded when a label is not, and removes a damaged version', async () => {
    expect(await versieLezen(werkmap(1), 'Jan')).toEqual({
      ok: false,
      meldingen: [{ ernst: 'fout', blad: '', cel: '', bericht: 'deze werkmap heeft geen vastgelegde versies' }],
    });
    const wb = await vastgelegd();
    expect(await versieLezen(wb, 'Feb')).toMatchObject({
      ok: false,
      meldingen: [{ bericht: "er is geen versie 'Feb' vastgelegd; vastgelegd zijn: 'Jan'" }],
    });
    expect(await versieVastleggen(wb, '  ', { nu: NU })).toMatchObject({
      ok: false,
      meldingen: [{ bericht: expect.stringMatching(/^een versie heeft een naam nodig/) }],
    });
    // A label is one line: a line break or tab inside it is refused, nothing written.
    for (const label of ['twee\nregels', 'met\ttab']) {
      expect(await versieVastleggen(wb, label, { nu: NU })).toEqual({
        ok: false,
        meldingen: [
          {
            ernst: 'fout',
            blad: '',
            cel: '',
            bericht: 'de naam van een versie staat op één regel: zonder regeleinde, tab of ander stuurteken',
          },
        ],
      });
    }
    expect(await versiesLezen(wb)).toMatchObject({ ok: true, versies: [{ label: 'Jan' }] });
    await zet(wb, 'D2', 'kapot');
    // Beside a damaged version no other is recorded: the damage is named, the sheet stays as it is.
    const voor = await wb.readSheets(await wb.sheetNames());
    expect(await versieVastleggen(wb, 'Feb', { nu: NU })).toEqual({
      ok: false,
      meldingen: [{ ernst: 'fout', blad: VERSIES, cel: 'D2', bericht: 'de vastgelegde inhoud is beschadigd (geen geldige JSON)' }],
    });
    expect(await wb.readSheets(await wb.sheetNames())).toEqual(voor);
    expect(await versieVerwijderen(wb, 'JAN')).toEqual({ ok: true });
    expect(await wb.sheetNames()).toEqual(['Opgave', 'Dekking']);
  });

  it('a version read back compares with the workbook now: nothing changed gives 0, an amount +0.5 gives +0.5 restopgave', async () => {
    const wb = await vastgelegd(20);
    const oud = await versieLezen(wb, 'Jan');
    const zelfde = await huidigeStand(wb);
    if (!oud.ok || !zelfde.ok) throw new Error('not read');
    const niets = vergelijk(oud.versie.stand, zelfde.stand);
    if (!niets.ok) throw new Error(JSON.stringify(niets.meldingen));
    expect(niets.vergelijking.perioden.every((p) => p.cijfers.restopgave.verschil.isZero() && p.delen.length === 0)).toBe(true);
    // Opgave!E2 (tot 2030, key 30%): 1000.125 → 1000.625; the onderdeel has no dekking, so its rest rises by as much.
    await wb.apply({ sheets: [], writes: [{ sheet: 'Opgave', top: 2, left: 5, values: [[1000.625]] }], deleteSheets: [] });
    const nu = await huidigeStand(wb);
    if (!nu.ok) throw new Error('not read');
    const v = vergelijk(oud.versie.stand, nu.stand);
    if (!v.ok) throw new Error(JSON.stringify(v.meldingen));
    expect(v.vergelijking.perioden.map((p) => [p.naam, p.cijfers.restopgave.verschil.toFixed()])).toEqual([
      ['tot 2030', '0.5'],
      ['2030 t/m 2035', '0'],
    ]);
    expect(v.vergelijking.wijzigingen).toEqual([
      expect.objectContaining({
        oorzaak: 'opgave',
        soort: 'gewijzigd',
        veld: 'opgave',
        oud: expect.objectContaining({ plaats: 'Opgave!E2' }),
      }),
    ]);
  });

  it('a long version goes on in the rows below (A–C empty), 40 parts to a row; removing it removes them all', async () => {
    const wb = await vastgelegd(2000);
    await versieVastleggen(wb, 'Feb', { nu: NU });
    // Row 2: label, time, formaat and 40 parts (D–AQ); row 3 goes on from D; Feb starts on the next row.
    expect([
      cel(wb, 'A2'),
      cel(wb, 'C2'),
      typeof cel(wb, 'AQ2'),
      cel(wb, 'AR2'),
      cel(wb, 'A3'),
      cel(wb, 'C3'),
      typeof cel(wb, 'D3'),
    ]).toEqual(['Jan', 1, 'string', null, null, null, 'string']);
    const feb = [4, 5, 6].find((r) => cel(wb, `A${r}`) === 'Feb')!;
    expect(await versiesLezen(wb)).toMatchObject({ ok: true, versies: [{ label: 'Jan' }, { label: 'Feb' }] });
    const jan = await versieLezen(wb, 'Jan');
    const nu = await berekenWerkmap(wb);
    if (!jan.ok || !nu.ok) throw new Error('not read');
    expect(exact(jan.versie.stand.invoer)).toEqual(exact(nu.invoer));
    await zet(wb, 'AQ2', null);
    expect(await fouten(wb)).toEqual([`${VERSIES}!AQ2: een deel van de vastgelegde inhoud ontbreekt (een lege cel tussen de delen)`]);
    expect(await versieVerwijderen(wb, 'Jan')).toEqual({ ok: true });
    expect(cel(wb, 'A2')).toBe('Feb');
    expect(feb).toBeGreaterThan(3);
    expect(await versiesLezen(wb)).toMatchObject({ ok: true, versies: [{ label: 'Feb' }] });
  });

  it('a version of 5,000 rows (more than Excel on the web answers in one request) is written and read in Excel by rows it takes', async () => {
    const fake = new FakeExcel(Object.fromEntries(versieWerkmap(5000).map(({ name, ...init }) => [name, init])));
    const port = new OfficeWorkbook(fake.run, true);
    expect(await versieVastleggen(port, 'Jan', { nu: NU })).toMatchObject({ ok: true });
    const gelezen = await versieLezen(new OfficeWorkbook(fake.run, true), 'Jan');
    expect(gelezen.ok).toBe(true);
    // More than 3 MB of JSON: its values and formulas (what Excel answers for text) pass 5 MB; rows of 40 parts, A–C empty below the first.
    const delen = [2, 3, 4, 5, 6]
      .flatMap((r) => Array.from({ length: 40 }, (_, c) => fake.cell(VERSIES, a1(r, 4 + c)).value))
      .filter((v) => typeof v === 'string') as string[];
    expect(delen.reduce((n, d) => n + d.length, 0)).toBeGreaterThan(3_000_000);
    expect([fake.cell(VERSIES, 'A3').value, typeof fake.cell(VERSIES, 'D4').value]).toEqual([null, 'string']);
    // Read with the workbook, in the request of its input: that one refused as too large, NPLV Versies is weighed from its first row and read in blocks.
    const van = fake.syncs;
    expect(await vergelijkWerkmap(port, { versie: 'Jan' }, { nu: NU })).toMatchObject({
      ok: true,
      vergelijking: { perioden: expect.any(Array) },
    });
    expect(await versieVastleggen(port, 'Feb', { nu: NU })).toMatchObject({ ok: true });
    expect(await versiesLezen(port)).toMatchObject({ ok: true, versies: [{ label: 'Jan' }, { label: 'Feb' }] });
    const [MB, gedaan] = [1024 * 1024, fake.requests.slice(van)];
    expect(
      gedaan.every((r) =>
        r.error === undefined ? r.payloadBytes <= 5 * MB && r.responseBytes <= 5 * MB : r.error === 'ResponsePayloadSizeLimitExceeded',
      ),
    ).toBe(true);
  }, 120_000);
});
