import { parseBedrag, parseFractie, parseJaar, parseTekst } from '../../../src/workbook/read/parseCell';
import { parseNumberText } from '../../../src/workbook/read/parseNumberText';
import type { CellValue } from '../../../src/workbook/port';

const value = (p: { ok: boolean; value?: unknown; bericht?: string }) =>
  p.ok ? (p.value === undefined ? 'undefined' : String(p.value)) : `fout: ${p.bericht}`;

describe('amounts (WORKBOOK.md "Cell values")', () => {
  const t = (cell: CellValue, expected: string) => [cell, expected] as const;
  it.each([
    t(445, '445'),
    t(0.1, '0.1'),
    t(123456789012.34, '123456789012.34'),
    t(1e21, '1e+21'),
    t(0, '0'),
    t(-0, '0'),
    t(null, '0'),
    t('', '0'),
    t('   ', '0'),
    t('-', '0'),
    t('–', '0'),
    t('—', '0'),
    t(' - ', '0'),
    // Text is never an amount (WORKBOOK.md); text that reads as a number is told so.
    ...['1234', '1234,5', '1.234,5', '1.234.567', '1234.5', '0.3', ' 45 ', '1.234', '−5'].map((text) =>
      t(text, `fout: '${text}' is tekst, geen getal; maak er een getal van (Excel: Converteren naar getal), dan telt het mee`),
    ),
    t('n.b.', "fout: 'n.b.' is geen bedrag"),
    t('1,234.5', "fout: '1,234.5' is geen bedrag"),
    t('€ 5', "fout: '€ 5' is geen bedrag"),
    t('5 mln', "fout: '5 mln' is geen bedrag"),
    t('x'.repeat(61), `fout: '${'x'.repeat(59)}…' (61 tekens) is geen bedrag`),
    t(true, "fout: 'WAAR' is geen bedrag"),
    t(-5, 'fout: opgave -5 is negatief'),
    t({ error: '#N/A' }, 'fout: de cel bevat de foutwaarde #N/B'),
    t({ error: '#REF!' }, 'fout: de cel bevat de foutwaarde #VERW!'),
  ])('%p → %s', (cell, expected) => {
    expect(value(parseBedrag(cell, 'opgave'))).toBe(expected);
  });

  it('names the field of a negative amount', () => {
    expect(value(parseBedrag(-20, 'rijksfinanciering'))).toBe('fout: Rijksfinanciering -20 is negatief');
  });

  it('shows a negative amount as its cell shows it (issue 12): −40,769874 in `#,##0.0` is −40,8', () => {
    expect(value(parseBedrag(-40.769874, 'opgave', 1))).toBe('fout: opgave -40,8 is negatief');
    // A General cell: as it is.
    expect(value(parseBedrag(-40.769874, 'opgave'))).toBe('fout: opgave -40,769874 is negatief');
  });
});

describe('verdeelsleutels', () => {
  it.each([
    [0.3, '0.3'],
    [0.65, '0.65'],
    [1, '1'],
    ['30%', '0.3'],
    ['30 %', '0.3'],
    ['12,5%', '0.125'],
    // Issue 12: a key given as text says the cell holds text.
    ['0,3', "fout: '0,3' is tekst, geen getal; maak er een getal van (Excel: Converteren naar getal), dan telt het mee"],
    ['0.3', "fout: '0.3' is tekst, geen getal; maak er een getal van (Excel: Converteren naar getal), dan telt het mee"],
    [null, 'undefined'],
    ['', 'undefined'],
    ['-', 'undefined'],
    ['veel', "fout: 'veel' is geen verdeelsleutel (verwacht: een getal als 0,3 of een percentage als 30%)"],
    ['30%%', "fout: '30%%' is geen verdeelsleutel (verwacht: een getal als 0,3 of een percentage als 30%)"],
    [{ error: '#DIV/0!' }, 'fout: de cel bevat de foutwaarde #DEEL/0!'],
  ] as [CellValue, string][])('%p → %s', (cell, expected) => {
    expect(value(parseFractie(cell))).toBe(expected);
  });
});

describe('years and text', () => {
  it.each([
    [2026, '2026'],
    ['2026', '2026'],
    [null, 'undefined'],
    [2026.5, "fout: '2026.5' is geen jaartal"],
    ['twintig', "fout: 'twintig' is geen jaartal"],
  ] as [CellValue, string][])('year %p → %s', (cell, expected) => {
    expect(value(parseJaar(cell))).toBe(expected);
  });

  it.each([
    ['  tot 2030 ', 'tot 2030'],
    [2030, '2030'],
    [null, ''],
    [{ error: '#NAME?' }, 'fout: de cel bevat de foutwaarde #NAAM?'],
  ] as [CellValue, string][])('text %p → %s', (cell, expected) => {
    expect(value(parseTekst(cell))).toBe(expected);
  });
});

describe('numeric text', () => {
  it('keeps the sign for the caller to judge', () => {
    expect(String(parseNumberText('−5'))).toBe('-5');
  });
  it('says which text is ambiguous rather than guessing', () => {
    expect(parseNumberText('12.345')).toBe('ambiguous');
    expect(String(parseNumberText('12.3456'))).toBe('12.3456');
  });
});
