import { controlBlocks, controleSoort, type Regel } from '../../../src/workbook/read/controlBlocks';

describe('control rows are recognised by the start of their label', () => {
  it.each([
    ['Totaal', 'totaal'],
    ['Totale opgave fysieke pijler', 'totaal'],
    ['  TOTAAL sociaal', 'totaal'],
    ['Subtotaal herstructurering', 'subtotaal'],
    ['Waarvan Rijksdeel', 'waarvan'],
    ['waarvan Rijk', 'waarvan'],
    ['Nieuwbouw', undefined],
    ['Het totaal', undefined],
    ['', undefined],
  ])('%p → %p', (label, soort) => {
    expect(controleSoort(label)).toBe(soort);
  });
});

/** `'d d T W'` → data rows 0, 1, a Totaal, a Waarvan. d = data, T = Totaal, S = Subtotaal, W = Waarvan. */
function regels(layout: string): Regel[] {
  let n = 0;
  const soort = { T: 'totaal', S: 'subtotaal', W: 'waarvan' } as const;
  return layout.split(' ').map((x) => (x === 'd' ? { data: n++ } : { controle: soort[x as keyof typeof soort] }));
}

describe('the block of each control row', () => {
  it.each([
    ['d d T', [[0, 1]]],
    ['d d T d T', [[0, 1], [2]]],
    [
      'd d T W',
      [
        [0, 1],
        [0, 1],
      ],
    ],
    ['d d W', [[0, 1]]],
    ['d S d d S T', [[0], [1, 2], [0, 1, 2]]],
    [
      'd d S W d T W',
      [
        [0, 1],
        [0, 1],
        [0, 1, 2],
        [0, 1, 2],
      ],
    ],
    ['d S W d S W T W', [[0], [0], [1], [1], [0, 1], [0, 1]]],
    ['d T d S d T', [[0], [1], [1, 2]]],
    // seed Tabel 6 style: pillar totals, then a grand total right below them
    [
      'd d T W d d T W T W',
      [
        [0, 1],
        [0, 1],
        [2, 3],
        [2, 3],
        [0, 1, 2, 3],
        [0, 1, 2, 3],
      ],
    ],
    // a second periode: its grand total covers only its own rows
    ['d T d T T d T d T T', [[0], [1], [0, 1], [2], [3], [2, 3]]],
    ['T', [[]]],
    ['d d', []],
  ])('%s', (layout, blocks) => {
    expect(controlBlocks(regels(layout))).toEqual(blocks);
  });
});
