import fc from 'fast-check';
import { performance } from 'perf_hooks';
import { GeenWerkmap } from '../../src/workbook/adapters/xlsx';
import { scanSheet, type ScannedSheet } from '../../src/workbook/adapters/xlsx/scanSheet';
import { parseSharedStrings } from '../../src/workbook/adapters/xlsx/parts/sharedStrings';
import { parameters, runs, tijd } from './properties/runs';
import { gedeeldeTeksten, werkblad } from './xmlBladen';
import { orakelCellen, orakelStrings, type OrakelCel } from './xmlOrakel';

/**
 * The package adapter's XML reader against a conforming XML parser (saxes, the oracle):
 * (a) random well-formed parts, written in every legal way, give the same cells and strings;
 * (b) mutated parts (bit flips, truncations, tags deleted, attributes doubled, bytes cut or put
 * in) end in cells or in GeenWerkmap naming the part and a line, each within a bound — and
 * whenever the reader accepts, the oracle accepts and gives the same cells.
 */

const DEEL = 'xl/worksheets/sheet1.xml';
const STRINGS = 'xl/sharedStrings.xml';
const cellen = (s: ScannedSheet): OrakelCel[] =>
  s.rows.map((rij, i) => ({ rij, kolom: s.columns[i], waarde: s.values[i], formule: s.formulas[i], xf: s.xfs[i] }));

const MUTATIES = ['bit', 'kap', 'tag', 'dubbel', 'weg', 'invoeg'] as const;
const INVOEG = [
  '<',
  '&',
  '>',
  ']]>',
  '"',
  '</c>',
  '<c>',
  '&#0;',
  '\u0000',
  '<!DOCTYPE x>',
  '<![CDATA[',
  '<!--',
  '=',
  "'",
  '&foo;',
  '\uD800',
  '<?xml version="1.0"?>',
];
const mutatie = fc.tuple(fc.constantFrom(...MUTATIES), fc.nat(), fc.nat(15), fc.constantFrom(...INVOEG));

function muteer(xml: string, [soort, plek, klein, invoeg]: [(typeof MUTATIES)[number], number, number, string]): string {
  const i = plek % (xml.length + 1);
  const kies = (re: RegExp) => {
    const gevonden = [...xml.matchAll(re)];
    return gevonden.length === 0 ? undefined : gevonden[plek % gevonden.length];
  };
  switch (soort) {
    case 'bit':
      return i >= xml.length ? xml : xml.slice(0, i) + String.fromCharCode(xml.charCodeAt(i) ^ (1 << (klein % 8))) + xml.slice(i + 1);
    case 'kap':
      return xml.slice(0, i);
    case 'tag': {
      const m = kies(/<[^<>]*>/g);
      return m ? xml.slice(0, m.index) + xml.slice(m.index! + m[0].length) : xml;
    }
    case 'dubbel': {
      const m = kies(/\s[\w:]+\s*=\s*("[^"]*"|'[^']*')/g);
      return m ? xml.slice(0, m.index! + m[0].length) + m[0] + xml.slice(m.index! + m[0].length) : xml;
    }
    case 'weg':
      return xml.slice(0, i) + xml.slice(i + 1 + klein);
    case 'invoeg':
      return xml.slice(0, i) + invoeg + xml.slice(i);
  }
}

// Our reader's cells, or the GeenWerkmap it threw (anything else fails the test).
function lees(xml: string, strings: readonly string[]): OrakelCel[] | GeenWerkmap {
  try {
    return cellen(scanSheet(xml, strings, DEEL));
  } catch (e) {
    if (e instanceof GeenWerkmap) return e;
    throw e;
  }
}

describe('the XML reader of the .xlsx package against a conforming parser', () => {
  const n = runs(100);
  it(
    'reads random well-formed sheets and shared strings as the oracle does',
    () => {
      fc.assert(
        fc.property(gedeeldeTeksten, fc.context(), (sst, ctx) => {
          const strings = parseSharedStrings(sst.xml, STRINGS);
          expect(strings).toEqual(orakelStrings(sst.xml));
          return fc.assert(
            fc.property(werkblad(sst.aantal), (xml) => {
              ctx.log(xml);
              expect(lees(xml, strings)).toEqual(orakelCellen(xml, strings));
            }),
            { numRuns: 3 },
          );
        }),
        parameters(n),
      );
    },
    tijd(n, 20),
  );

  const m = runs(400);
  it(
    'ends every mutated sheet in cells the oracle agrees with, or in GeenWerkmap naming the part and line, each fast',
    () => {
      let [aanvaard, geweigerd] = [0, 0];
      fc.assert(
        fc.property(werkblad(3), fc.array(mutatie, { minLength: 1, maxLength: 3 }), (goed, mutaties) => {
          const xml = mutaties.reduce(muteer, goed);
          const strings = ['een', 'twee', 'drie'];
          const start = performance.now();
          const ons = lees(xml, strings);
          expect(performance.now() - start).toBeLessThan(500);
          if (ons instanceof GeenWerkmap) {
            geweigerd++;
            expect(ons.message).toMatch(/^het bestand is beschadigd: in xl\/worksheets\/sheet1\.xml .+ \(regel \d+\)/s);
          } else {
            aanvaard++;
            expect(ons).toEqual(orakelCellen(xml, strings));
          }
        }),
        parameters(m),
      );
      console.log(`mutated sheets: ${aanvaard} read (the oracle agreeing), ${geweigerd} refused as damaged`);
      expect(geweigerd).toBeGreaterThan(m / 4);
    },
    tijd(m, 20),
  );

  it(
    'ends every mutated shared-strings part in the strings of the oracle or in GeenWerkmap',
    () => {
      fc.assert(
        fc.property(gedeeldeTeksten, fc.array(mutatie, { minLength: 1, maxLength: 3 }), (goed, mutaties) => {
          const xml = mutaties.reduce(muteer, goed.xml);
          let ons: string[] | GeenWerkmap;
          try {
            ons = parseSharedStrings(xml, STRINGS);
          } catch (e) {
            if (!(e instanceof GeenWerkmap)) throw e;
            ons = e;
          }
          if (!(ons instanceof GeenWerkmap)) expect(ons).toEqual(orakelStrings(xml));
        }),
        parameters(m),
      );
    },
    tijd(m, 20),
  );
});
