import JSZip from 'jszip';
import { readFileSync } from 'fs';
import type { CellValue } from '../../../src/workbook/port';
import { doorLibreOffice, fods, soffice, type FodsCel } from '../../robustness/andereMakers';
import { ADAPTERS, BASIS, DATUM_HINT, toets, werkmapMap, type Verwacht } from '../../robustness/andereMakersToets';
import { DEKKING_KOP, D_NIEUWBOUW, D_ONDERWIJS, NIEUWBOUW, ONDERWIJS, OPGAVE_KOP } from '../../robustness/werkmap';

/**
 * Issue 12: the base workbook of werkmap.ts (Nieuwbouw 400 and Onderwijs 200 in `tot 2030`,
 * their dekking) saved by LibreOffice: a flat OpenDocument sheet (.fods) written here,
 * converted to .xlsx by `soffice --headless --convert-to xlsx` itself, read by both file
 * adapters. Every expected outcome is worked out by hand beside its case.
 */

type Rij = FodsCel[];
/** The base rows hold text, numbers and empty cells only. */
const eenvoudig = (r: readonly CellValue[]) => r as (string | number | null)[];
const fodsBasis = (
  opgave: Rij[] = [OPGAVE_KOP, NIEUWBOUW, ONDERWIJS] as Rij[],
  dekking: Rij[] = [DEKKING_KOP, D_NIEUWBOUW, D_ONDERWIJS] as Rij[],
) =>
  fods([
    { naam: 'Opgave', rijen: opgave },
    { naam: 'Dekking', rijen: dekking },
  ]);
const met = (rij: readonly CellValue[], kolom: number, v: FodsCel): FodsCel[] => eenvoudig(rij).map((x, i) => (i === kolom ? v : x));

const LIBREOFFICE: Record<string, { fods: string; verwacht: Verwacht; bevat?: RegExp }> = {
  // Opgave!E2 =SUM(300;100) and Dekking!F3 =E3*2 with the values LibreOffice computed (400, 40): they count as those; no message.
  formules: {
    fods: fodsBasis(
      [OPGAVE_KOP, met(NIEUWBOUW, 4, { formule: 'of:=SUM(300;100)', waarde: 400 }), ONDERWIJS] as Rij[],
      [DEKKING_KOP, D_NIEUWBOUW, met(D_ONDERWIJS, 5, { formule: 'of:=[.E3]*2', waarde: 40 })] as Rij[],
    ),
    verwacht: { meldingen: [], resultaat: BASIS },
    bevat: /<f[^>]*>SUM\(300,100\)<\/f><v>400<\/v>/,
  },
  // Dekking!F2 (Rijksfinanciering 60) typed as 1-3-2026: LibreOffice saves serial 46082 with a date format; an error, nothing written.
  datum: {
    fods: fodsBasis(undefined, [DEKKING_KOP, met(D_NIEUWBOUW, 5, { datum: '2026-03-01' }), D_ONDERWIJS] as Rij[]),
    verwacht: { meldingen: [`fout Dekking!F2: de cel is een datum (1-3-2026), geen bedrag; ${DATUM_HINT}`] },
  },
  // A column F 'Totale opgave' (999, 999) beside E 'Opgave': E is read (its own name), F ignored with a warning; the owned columns from G.
  'dubbele kop': {
    fods: fodsBasis([
      [...OPGAVE_KOP, 'Totale opgave'],
      [...NIEUWBOUW, 999],
      [...ONDERWIJS, 999],
    ] as Rij[]),
    verwacht: {
      meldingen: [`waarschuwing Opgave!E1: kolom E1 'Opgave' gelezen als Opgave; F1 'Totale opgave' genegeerd`],
      resultaat: { ...BASIS!, opgaveKolom: 'G' },
    },
  },
  // E 'Totale opgave' and F 'Bedrag': neither is the field's own name, an error at the first; nothing written.
  'twee andere namen': {
    fods: fodsBasis([
      [...OPGAVE_KOP.slice(0, 4), 'Totale opgave', 'Bedrag'],
      [...NIEUWBOUW, 999],
      [...ONDERWIJS, 999],
    ] as Rij[]),
    verwacht: {
      meldingen: [
        `fout Opgave!E1: kolommen E1 'Totale opgave' en F1 'Bedrag' zijn allebei de kolom Opgave; laat er één over (namen voor Opgave: Opgave, Totale opgave, Bedrag)`,
      ],
    },
  },
};

const inCi = process.env.CI === 'true';
const metLibreOffice = soffice() || inCi ? describe : describe.skip;
if (!soffice() && !inCi)
  console.warn('LibreOffice ontbreekt: de gevallen "opgeslagen door LibreOffice" zijn overgeslagen (CI installeert het).');

metLibreOffice('the base workbook saved by LibreOffice (soffice --convert-to xlsx)', () => {
  let bestanden: Record<string, string>;
  beforeAll(() => {
    bestanden = doorLibreOffice(
      werkmapMap(),
      Object.fromEntries(Object.entries(LIBREOFFICE).map(([k, g]) => [k.replace(/ /g, '-'), g.fods])),
    );
  }, 180_000);

  describe.each(ADAPTERS)('read by the $naam adapter', (adapter) => {
    it.each(Object.keys(LIBREOFFICE))(
      '%s',
      async (soort) => {
        const bestand = bestanden[soort.replace(/ /g, '-')];
        const bevat = LIBREOFFICE[soort].bevat;
        // The case holds what it says: LibreOffice wrote the formula with its value.
        if (bevat)
          expect(await (await JSZip.loadAsync(readFileSync(bestand))).file('xl/worksheets/sheet1.xml')!.async('string')).toMatch(bevat);
        await toets(adapter, bestand, LIBREOFFICE[soort].verwacht);
      },
      30_000,
    );
  });
});
