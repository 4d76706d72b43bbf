/** @jest-environment jsdom */
import './jsdomGlobals';
import { stukken } from '../../../src/taskpane/components/UitlegTekst';

// The Uitleg's text names its places as src/sheet writes them (verwijzingTekst); each place of
// the explanation becomes a link, whichever way its sheet's name is written.
describe('the places in a line of the Uitleg', () => {
  it.each([
    ['Opgave', 'D3', 'Opgave!D3'],
    ['2024', 'D3', "'2024'!D3"],
    ['NPLV Totaalbeeld', 'B5', "'NPLV Totaalbeeld'!B5"],
    ["Rijk's", 'E4:F4', "'Rijk''s'!E4:F4"],
    ['École', 'D3', 'École!D3'],
    ['Blad²', 'D3', 'Blad²!D3'],
  ])('on sheet %p, %p is the link %p', (blad, cel, tekst) => {
    expect(stukken(`opgave = 445 (${tekst})`, [{ blad, cel }])).toEqual(['opgave = 445 (', { tekst, plek: { blad, cel } }, ')']);
  });

  it('a place that is no cell of the explanation stays text', () => {
    expect(stukken('opgave = 445 (Opgave!D4)', [{ blad: 'Opgave', cel: 'D3' }])).toEqual(['opgave = 445 (Opgave!D4)']);
  });

  it("in the Uitleg of a difference, the old version's place stays text, the workbook's is a link (issue 17)", () => {
    const plekken = [
      { blad: 'Opgave', cel: 'D5' },
      { blad: 'Opgave', cel: 'D4' },
    ];
    expect(stukken('oud Opgave!D5: 445 → nieuw Opgave!D4: 545 (opgave; Nieuwbouw, tot 2030)', plekken, 'oud ')).toEqual([
      'oud Opgave!D5: 445 → nieuw ',
      { tekst: 'Opgave!D4', plek: { blad: 'Opgave', cel: 'D4' } },
      ': 545 (opgave; Nieuwbouw, tot 2030)',
    ]);
  });
});
