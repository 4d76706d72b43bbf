import { Dec, STANDAARD_PERIODEN, STANDAARD_SLEUTELS } from '../../../src/engine';
import { periodenBlad, verdeelsleutelsBlad } from '../../../src/workbook/read/keySheets';
import { MemoryWorkbook } from '../../../src/workbook/adapters/memory/memoryWorkbook';
import { readInput, sheetsToRead } from '../../../src/workbook/read/readInput';
import { herberekenWerkmap } from '../../../src/workbook/herbereken';
import type { SheetContent } from '../../../src/workbook/port';
import { voorbeeldBladen } from '../../../src/voorbeeld/werkmap';

async function voorbeeldMet(...extra: SheetContent[]): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.apply({ sheets: [...voorbeeldBladen(), ...extra], writes: [], deleteSheets: [] });
  return wb;
}

async function lees(wb: MemoryWorkbook) {
  return readInput(await wb.readSheets(sheetsToRead(await wb.sheetNames())));
}

const sleutelTekst = (s: { pijler: string; onderdeel: string; rijksaandeel: Dec }) =>
  `${s.pijler}|${s.onderdeel}|${s.rijksaandeel.toString()}`;

describe('the key sheets the pane adds', () => {
  it('Verdeelsleutels: named and headed as WORKBOOK.md says, the defaults as numbers shown as percentages', () => {
    const blad = verdeelsleutelsBlad();
    expect(blad.name).toBe('Verdeelsleutels');
    expect(blad.values[2]).toEqual(['Pijler', 'Onderdeel', 'Rijksaandeel']);
    expect(blad.values.slice(3)).toEqual([
      ['Fysiek', 'Nieuwbouw', 0.5],
      ['Fysiek', 'Herstructurering corporatievoorraad', 0.3],
      ['Fysiek', 'Herstructurering particuliere voorraad', 0.7],
      ['Fysiek', 'Leefomgeving', 0.75],
      ['Fysiek', 'Bereikbaarheid en mobiliteit', 0.65],
      ['Sociaal-maatschappelijk', '*', 0.75],
    ]);
    expect(blad.numberFormats?.slice(3).map((r) => r[2])).toEqual(['0%', '0%', '0%', '0%', '0%', '0%']);
    expect(blad.bold?.[2]).toEqual([true, true, true]);
    expect(new Set(blad.values.map((r) => r.length))).toEqual(new Set([3]));
  });

  it('Perioden: named and headed as WORKBOOK.md says, the default perioden', () => {
    const blad = periodenBlad();
    expect(blad.name).toBe('Perioden');
    expect(blad.values.slice(2)).toEqual([
      ['Periode', 'Eerste jaar', 'Laatste jaar'],
      ['tot 2030', 2026, 2029],
      ['2030 t/m 2035', 2030, 2035],
    ]);
  });

  it('a percentage with decimals keeps them in its number format', () => {
    const blad = verdeelsleutelsBlad([{ pijler: 'Fysiek', onderdeel: 'Nieuwbouw', rijksaandeel: new Dec('0.125') }]);
    expect(blad.numberFormats?.[3][2]).toBe('0.0%');
  });

  it('round trip: the workbook rules read back exactly the keys and perioden written, without a message', async () => {
    const lezing = await lees(await voorbeeldMet(verdeelsleutelsBlad(), periodenBlad()));
    expect(lezing.meldingen).toEqual([]);
    expect(lezing.invoer.verdeelsleutels?.map(sleutelTekst)).toEqual(STANDAARD_SLEUTELS.map(sleutelTekst));
    expect(lezing.invoer.perioden?.map(({ periode, eersteJaar, laatsteJaar }) => [periode, eersteJaar, laatsteJaar])).toEqual(
      STANDAARD_PERIODEN.map(({ periode, eersteJaar, laatsteJaar }) => [periode, eersteJaar, laatsteJaar]),
    );
  });

  it('keys other than the defaults round trip too', async () => {
    const sleutels = [{ pijler: 'Fysiek', onderdeel: 'Nieuwbouw', rijksaandeel: new Dec('0.125') }];
    const lezing = await lees(await voorbeeldMet(verdeelsleutelsBlad(sleutels)));
    expect(lezing.invoer.verdeelsleutels?.map(sleutelTekst)).toEqual(['Fysiek|Nieuwbouw|0.125']);
  });

  it('with both sheets added, Herbereken marks keys and perioden as from the workbook and gives the same figures', async () => {
    const uitkomst = await herberekenWerkmap(await voorbeeldMet(verdeelsleutelsBlad(), periodenBlad()));
    if (!uitkomst.ok) throw new Error(uitkomst.meldingen.map((m) => m.bericht).join('; '));
    expect(new Set(uitkomst.resultaat.sleutels.map((s) => s.bron))).toEqual(new Set(['werkmap']));
    expect(uitkomst.resultaat.periodenInGebruik.map((p) => [p.periode, p.bron])).toEqual([
      ['tot 2030', 'werkmap'],
      ['2030 t/m 2035', 'werkmap'],
    ]);
    const totaal = uitkomst.resultaat.perioden[0].totaal;
    expect([totaal.opgave, totaal.dekking, totaal.restopgave].map(String)).toEqual(['4350', '1415', '2935']);
  });
});
