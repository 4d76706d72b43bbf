import { berekenWerkmap, MemoryWorkbook, versieLezen, versieVastleggen, versieVerwijderen, versiesLezen, VERSIES } from '../../../src/workbook';
import type { CellValue } from '../../../src/sheet';
import { exact, versieWerkmap } from '../../support/versies';

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
    expect([eerste.opgave.toFixed(), eerste.verdeelsleutel?.toFixed(), eerste.herkomst?.decimalen?.opgave, eerste.herkomst?.procent]).toEqual(['1000.125', '0.3', 1, ['verdeelsleutel']]);
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
    await zet(wb, 'D2', JSON.stringify({ ...json, stand: { ...json.stand, invoer: { ...json.stand.invoer, opgave: [{ ...json.stand.invoer.opgave[0], extra: 1 }] } } }));
    expect(await fouten(wb)).toEqual([`${VERSIES}!D2: de vastgelegde inhoud is beschadigd: stand.invoer.opgave[0].extra: onbekend veld`]);
    await zet(wb, 'D2', JSON.stringify({ ...json, stand: { ...json.stand, invoer: { ...json.stand.invoer, opgave: [{ ...json.stand.invoer.opgave[0], opgave: 1000.125 }] } } }));
    expect(await fouten(wb)).toEqual([`${VERSIES}!D2: de vastgelegde inhoud is beschadigd: stand.invoer.opgave[0].opgave: verwacht een exact bedrag als tekst ("12.5"), gevonden 1000.125`]);
    await zet(wb, 'D2', (cel(wb, 'D2') as string).slice(0, 100));
    expect((await fouten(wb))[0]).toMatch(/^NPLV Versies!D2: de vastgelegde inhoud is beschadigd \(geen geldige JSON: /);
  });

  it('names what is recorded when a label is not, and removes a damaged version', async () => {
    expect(await versieLezen(werkmap(1), 'Jan')).toEqual({ ok: false, meldingen: [{ ernst: 'fout', blad: '', cel: '', bericht: 'deze werkmap heeft geen vastgelegde versies' }] });
    const wb = await vastgelegd();
    expect(await versieLezen(wb, 'Feb')).toMatchObject({ ok: false, meldingen: [{ bericht: "er is geen versie 'Feb' vastgelegd; vastgelegd zijn: 'Jan'" }] });
    expect(await versieVastleggen(wb, '  ', { nu: NU })).toMatchObject({ ok: false, meldingen: [{ bericht: expect.stringMatching(/^een versie heeft een naam nodig/) }] });
    await zet(wb, 'D2', 'kapot');
    expect(await versieVerwijderen(wb, 'JAN')).toEqual({ ok: true });
    expect(await wb.sheetNames()).toEqual(['Opgave', 'Dekking']);
  });
});
