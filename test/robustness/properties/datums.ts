import fc from 'fast-check';
import { datumInCel } from './berichten12';
import { bladVan, kiesCellen, telcellen, zetWaarde, type Telcel } from './telcellen';
import { kopie, type Werkmap } from './werkmap';

/**
 * Issue 12, item 2: a number with a date or time format in an amount or key cell (a typed
 * `1-3` that Excel made a date) is an error saying so; other formats with letters in them are
 * no date. Which format is which is decided here by hand, per format.
 */
export const DATUMFORMATEN = [
  'd-m-yyyy',
  'dd-mm-yyyy',
  'm/d/yy',
  'mm-dd-yy',
  '[$-413]d mmmm yyyy',
  'yyyy-mm-dd',
  'd/m/yyyy h:mm',
  'd-mmm-yy',
  '[$-F800]dddd, mmmm dd, yyyy',
];
export const TIJDFORMATEN = ['h:mm', 'hh:mm', 'h:mm:ss', '[h]:mm'];
/** Formats with letters that are no date: text in quotes, a colour, a currency tag. */
export const GEEN_DATUM = ['#,##0 "mln"', '[Red]0.0', '0.0 "dagen"', '[$€-413] #,##0.00', '0%', '@', '#,##0.0;[Red]-#,##0.0', '"jaar" 0'];

export interface Datumplan {
  cel: number;
  soort: 'datum' | 'tijd' | 'geen';
  formaat: number;
  /** A serial day (1-1-1900 … 31-12-2099), or minutes after midnight, or hundredths. */
  dag: number;
  minuten: number;
  honderdsten: number;
}

export const datumplan: fc.Arbitrary<Datumplan> = fc.record({
  cel: fc.nat(),
  soort: fc.constantFrom<Datumplan['soort']>('datum', 'tijd', 'geen'),
  formaat: fc.nat(),
  dag: fc.integer({ min: 61, max: 73_050 }),
  minuten: fc.integer({ min: 0, max: 24 * 60 - 1 }),
  honderdsten: fc.nat(500_000),
});

const EPOCH = Date.UTC(1899, 11, 30);

/** A serial day from 61 (1-3-1900) as Dutch Excel shows it, `d-m-yyyy`. */
export function dagTekst(serial: number): string {
  const d = new Date(EPOCH + serial * 86_400_000);
  return `${d.getUTCDate()}-${d.getUTCMonth() + 1}-${d.getUTCFullYear()}`;
}

export const tijdTekst = (minuten: number) => `${Math.floor(minuten / 60)}:${String(minuten % 60).padStart(2, '0')}`;

export interface Gedateerd {
  cel: Telcel;
  /** The error at the cell, for a date or time. */
  bericht?: string;
}

/** The workbook with formats (and fitting numbers) on some amount and key cells; and the same with `n.b.` (an error there) for each date or time. */
export function metDatums(basis: Werkmap, plannen: readonly Datumplan[]): { w: Werkmap; w0: Werkmap; geplaatst: Gedateerd[] } {
  const w = kopie(basis);
  const w0 = kopie(basis);
  const cellen = kiesCellen(
    telcellen(basis),
    plannen.map((p) => p.cel),
  );
  const geplaatst = cellen.map((cel, i): Gedateerd => {
    const p = plannen[i];
    const [b, b0] = [bladVan(w, cel.tabel), bladVan(w0, cel.tabel)];
    const lijst = p.soort === 'datum' ? DATUMFORMATEN : p.soort === 'tijd' ? TIJDFORMATEN : GEEN_DATUM;
    const waarde =
      p.soort === 'datum' ? p.dag : p.soort === 'tijd' ? p.minuten / 1440 : cel.sleutel ? (p.honderdsten % 101) / 100 : p.honderdsten / 100;
    b.numberFormats[cel.adres] = lijst[p.formaat % lijst.length];
    zetWaarde(b, cel.rij, cel.kolom, waarde);
    if (p.soort === 'geen') {
      b0.numberFormats[cel.adres] = b.numberFormats[cel.adres];
      zetWaarde(b0, cel.rij, cel.kolom, waarde);
      return { cel };
    }
    delete b0.numberFormats[cel.adres];
    zetWaarde(b0, cel.rij, cel.kolom, 'n.b.');
    const getoond = p.soort === 'datum' ? dagTekst(p.dag) : tijdTekst(p.minuten);
    return { cel, bericht: datumInCel(p.soort, getoond, cel.sleutel) };
  });
  return { w, w0, geplaatst };
}
