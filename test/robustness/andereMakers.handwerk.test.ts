import { writeFileSync } from 'fs';
import { join } from 'path';
import { meldingLine } from '../../src/cli/report';
import { a1 } from '../../src/sheet/address';
import type { CellValue } from '../../src/workbook/port';
import { herberekenWerkmap } from '../../src/workbook/herbereken';
import { snapshot } from '../contract/snapshot';
import { STIJL, xlsxMetXml, type XmlCel } from './andereMakers';
import { ADAPTERS, BASIS, DATUM_HINT, NU, nieuwPad, toets, werkmapMap, type Verwacht } from './andereMakersToets';
import { totaleOpgave, values } from './cellen';
import { DEKKING_KOP, D_NIEUWBOUW, D_ONDERWIJS, NIEUWBOUW, ONDERWIJS, OPGAVE_KOP, OPGAVE_KOPPEN } from './werkmap';

/**
 * Issue 12: the base workbook of werkmap.ts (Nieuwbouw 400 and Onderwijs 200 in `tot 2030`,
 * their dekking) written by hand the way openpyxl, pandas, ExcelJS and POI write a package
 * (formulas without a cached value, inline and shared strings, styles by number, no
 * dimension element), read by both file adapters. Every expected outcome is worked out by
 * hand beside its case.
 */

/** The base rows hold text, numbers and empty cells only. */
const eenvoudig = (r: readonly CellValue[]) => r as (string | number | null)[];
const tekst = (t: string): XmlCel => ({ inline: t });
const getal = (x: number): XmlCel => ({ n: x });
const rij = (cellen: readonly CellValue[]) =>
  eenvoudig(cellen).map((c) => (c === null ? null : typeof c === 'string' ? tekst(c) : getal(c)));
/** The headers as shared strings (0 …), the rest inline. */
const kop = (namen: readonly CellValue[], gedeeld: string[]) => namen.map((t) => ({ gedeeld: gedeeld.indexOf(String(t)) }));
const GEDEELD = [...OPGAVE_KOP, ...DEKKING_KOP].map(String);

function handwerk(opgave: XmlCel[][], dekking: XmlCel[][]) {
  return () =>
    xlsxMetXml(
      [
        { naam: 'Opgave', rijen: [kop(OPGAVE_KOP, GEDEELD), ...opgave] },
        { naam: 'Dekking', rijen: [kop(DEKKING_KOP, GEDEELD), ...dekking] },
      ],
      GEDEELD,
    );
}
const zet = (r: XmlCel[], kolom: number, c: XmlCel) => r.map((x, i) => (i === kolom ? c : x));
const [N, O, DN, DO] = [rij(NIEUWBOUW), rij(ONDERWIJS), rij(D_NIEUWBOUW), rij(D_ONDERWIJS)];

const HANDWERK: Record<string, { maak: () => Promise<Buffer>; verwacht: Verwacht }> = {
  // Formulas without <v>, each simple: 300+100 = 400; SUM(0.1;0.2)*1000-100 = 200 exactly (in binary 200.00000000000006);
  // Dekking!E2 = Opgave!E2/4 = 400/4 = 100 (a reference to another formula without value); F3 = SUM(F2:F2)-20 = 60-20 = 40.
  // The base figures, and a warning at each.
  'formules zonder waarde, eenvoudig': {
    maak: handwerk(
      [zet(N, 4, { f: '300+100' }), zet(O, 4, { f: 'SUM(0.1;0.2)*1000-100' })],
      [zet(DN, 4, { f: 'Opgave!E2/4' }), zet(DO, 5, { f: 'SUM(F2:F2)-20' })],
    ),
    verwacht: {
      meldingen: [
        'waarschuwing Opgave!E2: formule =300+100 zonder berekende waarde; exact uitgerekend: 400',
        'waarschuwing Opgave!E3: formule =SUM(0.1;0.2)*1000-100 zonder berekende waarde; exact uitgerekend: 200',
        'waarschuwing Dekking!E2: formule =Opgave!E2/4 zonder berekende waarde; exact uitgerekend: 100',
        'waarschuwing Dekking!F3: formule =SUM(F2:F2)-20 zonder berekende waarde; exact uitgerekend: 40',
      ],
      resultaat: BASIS,
    },
  },
  // A Totaal row whose SUM has no value: SUM(E2:E3) = 600, as the rows above give, so no control message; its block's totals
  // on the row: Rijksdeel 200+150, dekking 160+60, Rijksdekking 60+40, restopgave 240+140, rest. Rijksopgave 140+110, per jaar 60+35, overschot 0.
  'Totaal-rij met SUM zonder waarde': {
    maak: handwerk([N, O, [tekst('tot 2030'), null, tekst('Totaal'), null, { f: 'SUM(E2:E3)' }]], [DN, DO]),
    verwacht: {
      meldingen: ['waarschuwing Opgave!E4: formule =SUM(E2:E3) zonder berekende waarde; exact uitgerekend: 600'],
      resultaat: { ...BASIS!, opgave: { ...BASIS!.opgave, 4: [350, 220, 100, 380, 250, 95, 0] } },
    },
  },
  // A VLOOKUP without value (not computed here): an error at its cell. An error value #N/A, and #DIV/0! as a formula's
  // cached result: named as Dutch Excel shows them (#N/B, #DEEL/0!). Nothing written.
  'formule die niet uit te rekenen is, en foutwaarden': {
    maak: handwerk(
      [N, zet(O, 4, { f: 'VLOOKUP(C3,Sleutels!A:B,2,FALSE)' })],
      [zet(DN, 5, { fout: '#N/A' }), zet(DO, 4, { f: '1/0', fout: '#DIV/0!' })],
    ),
    verwacht: {
      meldingen: [
        'fout Opgave!E3: formule =VLOOKUP(C3,Sleutels!A:B,2,FALSE) zonder berekende waarde — open het bestand in Excel of LibreOffice en sla het op',
        'fout Dekking!F2: de cel bevat de foutwaarde #N/B',
        'fout Dekking!E3: de cel bevat de foutwaarde #DEEL/0!',
      ],
    },
  },
  // Dates by style: Dekking!E2 46082 in the built-in format 14 (1-3-2026), Opgave!E3 46050 in a format of its own d-m-yyyy
  // (28-1-2026), Dekking!F3 0.5208333… = 12:30 (750 of 1440 minutes) in the built-in time format 20; each an error. Text in a date
  // style (Opgave!C2) is no date.
  'datums door stijl': {
    maak: handwerk(
      [zet(N, 2, { inline: 'Nieuwbouw' }), zet(O, 4, { n: 46050, s: STIJL.datumEigen })],
      [zet(DN, 4, { n: 46082, s: STIJL.datum14 }), zet(DO, 5, { n: 750 / 1440, s: STIJL.tijd20 })],
    ),
    verwacht: {
      meldingen: [
        `fout Dekking!E2: de cel is een datum (1-3-2026), geen bedrag; ${DATUM_HINT}`,
        `fout Opgave!E3: de cel is een datum (28-1-2026), geen bedrag; ${DATUM_HINT}`,
        `fout Dekking!F3: de cel is een tijd (12:30), geen bedrag; ${DATUM_HINT}`,
      ],
    },
  },
  // Inline strings and shared strings only, no formula: the base workbook's figures, no message.
  'inline en gedeelde tekst': { maak: handwerk([N, O], [DN, DO]), verwacht: { meldingen: [], resultaat: BASIS } },
};

describe('the base workbook written by hand as openpyxl writes it', () => {
  const bestanden: Record<string, string> = {};
  beforeAll(async () => {
    for (const [soort, g] of Object.entries(HANDWERK))
      writeFileSync((bestanden[soort] = join(werkmapMap(), `${soort.replace(/\W+/g, '-')}.xlsx`)), await g.maak());
  });

  describe.each(ADAPTERS)('read by the $naam adapter', (adapter) => {
    it.each(Object.keys(HANDWERK))('%s', (soort) => toets(adapter, bestanden[soort], HANDWERK[soort].verwacht), 30_000);
  });
});

// A chain of formulas without value, each on the one above: 5,000 Sociaal-maatschappelijk rows (no verdeelsleutel needed),
// Opgave!E2 = 2 and E(k) = E(k-1)+0, and a Dekking sheet with its header only. Every row: opgave 2, Rijksdeel 2 × 75% = 1,5,
// no dekking, restopgave 2, rest. Rijksopgave 1,5, per jaar 2 / 4 = 0,5. Totale opgave 2 × 5,000 = 10,000, restopgave 10,000,
// per jaar 2,500. Within 60 s and 300 MB more heap.
const KETEN = 5_000;

describe('a chain of 5,000 formulas without value', () => {
  it.each(ADAPTERS)(
    'read by the $naam adapter',
    async (adapter) => {
      const opgave = Array.from({ length: KETEN }, (_, i): XmlCel[] => [
        tekst('tot 2030'),
        tekst('Sociaal-maatschappelijk'),
        tekst(`Thema ${i + 1}`),
        null,
        i === 0 ? getal(2) : { f: `E${i + 1}+0` },
      ]);
      const pad = join(werkmapMap(), `keten-${adapter.naam}.xlsx`);
      writeFileSync(
        pad,
        await xlsxMetXml(
          [
            { naam: 'Opgave', rijen: [kop(OPGAVE_KOP, GEDEELD), ...opgave] },
            { naam: 'Dekking', rijen: [kop(DEKKING_KOP, GEDEELD)] },
          ],
          GEDEELD,
        ),
      );
      const heap = process.memoryUsage().heapUsed;
      const werkmap = await adapter.open(pad);
      const uitkomst = await herberekenWerkmap(werkmap.port, { nu: NU });
      expect(process.memoryUsage().heapUsed - heap).toBeLessThan(300 * 2 ** 20);
      expect(uitkomst.ok).toBe(true);
      const verwacht = Array.from(
        { length: KETEN - 1 },
        (_, i) => `waarschuwing Opgave!E${i + 3}: formule =E${i + 2}+0 zonder berekende waarde; exact uitgerekend: 2`,
      );
      expect(uitkomst.meldingen.map(meldingLine).sort()).toEqual(verwacht.sort());
      const opgeslagen = nieuwPad();
      await werkmap.save(opgeslagen);
      const na = await snapshot((await adapter.open(opgeslagen)).port);
      expect([2, KETEN + 1].map((r) => values(na, 'Opgave', 'F', r, OPGAVE_KOPPEN.length))).toEqual([
        [1.5, 0, 0, 2, 1.5, 0.5, 0],
        [1.5, 0, 0, 2, 1.5, 0.5, 0],
      ]);
      expect(totaleOpgave(na, 'NPLV Totaalbeeld')).toEqual([10_000, 0, 10_000, 2_500, 10_000]);
      expect(na.cells.get(`Opgave!${a1(KETEN + 1, 5)}`)?.formula).toBe(`E${KETEN}+0`);
    },
    60_000,
  );
});
