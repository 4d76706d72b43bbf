import { celNotaties, decimalenVanNotatie, notatieCodes } from '../../../src/workbook/read/notatieDecimalen';

describe('decimalenVanNotatie: the decimals a number format shows', () => {
  it.each([
    ['#,##0.0', 1],
    ['#,##0.00', 2],
    ['0', 0],
    ['#,##0', 0],
    ['0.000', 3],
    ['#,##0.0#', 2],
    ['0.00E+00', 2],
    // Sections: the first one is the one for positive numbers.
    ['#,##0.0;[Red]-#,##0.00', 1],
    ['_-* #,##0.00_-;-* #,##0.00_-;_-* "-"??_-;_-@_-', 2],
    // Quoted text, escaped characters and locale tags do not count.
    ['#,##0.0 "mln.€"', 1],
    ['[$€-413] #,##0', 0],
    ['0\\.0', 0],
    // A key as a percentage: its decimals as a fraction (50% is 0.5; 12,5% is 0.125).
    ['0%', 2],
    ['0.0%', 3],
  ])('%s → %p', (notatie, decimalen) => {
    expect(decimalenVanNotatie(notatie)).toBe(decimalen);
  });

  it.each(['General', 'general', '', '@', '# ?/?', null, undefined])('%p does not fix the decimals', (notatie) => {
    expect(decimalenVanNotatie(notatie)).toBeUndefined();
  });

  it('notatieCodes keeps the codes of the first section only', () => {
    expect(notatieCodes('#,##0.0 "x.y";[Red]-0')).toBe('#,##0.0 ');
  });
});

describe('celNotaties: what a row keeps of its cells’ formats for the messages', () => {
  it('decimals per numeric field, percentages by format or by text; nothing for General', () => {
    expect(
      celNotaties([
        { veld: 'periode', numberFormat: 'General', value: 'tot 2030' },
        { veld: 'opgave', numberFormat: '#,##0.0', value: 40.769874 },
        { veld: 'verdeelsleutel', numberFormat: '0%', value: 1.5 },
      ]),
    ).toEqual({ decimalen: { opgave: 1, verdeelsleutel: 2 }, procent: ['verdeelsleutel'] });
    expect(celNotaties([{ veld: 'rijksaandeel', numberFormat: 'General', value: '150%' }])).toEqual({ procent: ['rijksaandeel'] });
    expect(celNotaties([{ veld: 'opgave', numberFormat: 'General', value: 445 }])).toEqual({});
  });

  it('a text cell has no decimals, whatever its format', () => {
    expect(celNotaties([{ veld: 'opgave', numberFormat: '0.00', value: 'n.b.' }])).toEqual({});
  });
});
