import fc from 'fast-check';
import { a1 } from '../../../src/sheet/address';
import { matchKey } from '../../../src/workbook/read/matchKey';
import type { CellValue } from '../../../src/workbook/port';
import { celwaarde, type Kenmerken } from './celwaarden';
import { BREEDTES, FORMATEN } from './opmaak';
import { blad, kopie, waardeVak, type Blad, type Werkmap } from './werkmap';

/** Names of sheets that are not the add-in's: none is Opgave, Dekking or the Totaalbeeld in any spelling. */
const NAMEN = ['Notities', 'Blad1', "Kosten 'oud' 2024", 'Opgave (oud)', 'Bronnen & toelichting', 'Σ som', 'Grafiek'];

const PERIODEN: CellValue[][] = [
  ['Periode', 'Eerste jaar', 'Laatste jaar'],
  ['tot 2030', 2026, 2029],
  ['2030 t/m 2035', 2030, 2035],
];
const SLEUTELS: CellValue[][] = [
  ['Pijler', 'Onderdeel', 'Rijksaandeel'],
  ['Fysiek', 'Nieuwbouw', 0.5],
  ['Fysiek', 'Herstructurering corporatievoorraad', '30%'],
  ['Sociaal-maatschappelijk', '*', 0.75],
];

const inhoud = (k: Kenmerken) => fc.array(fc.array(celwaarde(k), { maxLength: 7 }), { maxLength: 10 });
const cel = (k: Kenmerken) => fc.record({ rij: fc.nat(5), kolom: fc.nat(3), waarde: celwaarde(k) });

// A well-formed key sheet, now and then with one random cell in it.
const sleutelblad = (k: Kenmerken, naam: string, rows: CellValue[][]) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: cel(k), weight: 1 }).map((c) => {
    const b = blad(naam, kopie(rows));
    if (c) (b.rows[c.rij] ??= [])[c.kolom] = c.waarde;
    b.rows = Array.from(b.rows, (r) => Array.from(r ?? [], (v) => v ?? null));
    return b;
  });

/** A sheet the add-in only reads (Perioden, Verdeelsleutels) or never looks at, with random content. */
export function vreemdBlad(k: Kenmerken): fc.Arbitrary<Blad> {
  return fc.oneof(
    { arbitrary: fc.tuple(fc.constantFrom(...NAMEN), inhoud(k)).map(([naam, rows]) => blad(naam, rows)), weight: 3 },
    { arbitrary: sleutelblad(k, 'Perioden', PERIODEN), weight: 1 },
    { arbitrary: sleutelblad(k, 'Verdeelsleutels', SLEUTELS), weight: 1 },
  );
}

/**
 * A stale NPLV Totaalbeeld sheet of the analyst's (the add-in's own, edited): a title in A1,
 * random cells, bold, formats and widths on its used range.
 */
export function oudTotaalbeeld(k: Kenmerken): fc.Arbitrary<Blad> {
  const plek = fc.record({ rij: fc.nat(20), kolom: fc.nat(10) });
  return fc
    .record({
      naam: fc.constantFrom('NPLV Totaalbeeld', 'nplv totaalbeeld'),
      rows: fc.array(fc.array(celwaarde(k), { maxLength: 6 }), { maxLength: 8 }),
      vet: fc.array(plek, { maxLength: 4 }),
      formaten: fc.array(fc.tuple(plek, fc.constantFrom(...FORMATEN)), { maxLength: 4 }),
      breedtes: fc.array(fc.option(fc.constantFrom(...BREEDTES), { nil: null }), { maxLength: 6 }),
    })
    .map(({ naam, rows, vet, formaten, breedtes }) => {
      const b = blad(naam, [['NPLV Totaalbeeld — berekend 21-11-2026 09:00'], ...rows]);
      const { rows: hoog, columns: breed } = waardeVak(b);
      const binnen = ({ rij, kolom }: { rij: number; kolom: number }) => a1((rij % hoog) + 1, (kolom % breed) + 1);
      b.bold = [...new Set(vet.map(binnen))];
      for (const [p, f] of formaten) b.numberFormats[binnen(p)] = f;
      b.columnWidths = breedtes.slice(0, breed);
      return b;
    });
}

/** The workbook with these sheets put in at these places of the tab order; a name it already has (in any spelling) is left out. */
export function voegBladenIn(w: Werkmap, bladen: { blad: Blad; plaats: number }[]): Werkmap {
  const uit = kopie(w);
  for (const { blad: b, plaats } of bladen) {
    if (uit.bladen.some((x) => matchKey(x.name) === matchKey(b.name))) continue;
    uit.bladen.splice(plaats % (uit.bladen.length + 1), 0, kopie(b));
  }
  return uit;
}
