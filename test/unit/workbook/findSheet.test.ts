import { findSheet } from '../../../src/workbook/read/findSheet';
import { DEKKING, OPGAVE, PERIODEN, VERDEELSLEUTELS, type SheetDef } from '../../../src/workbook/sheetDefs';

describe('sheets are found by name, case- and space-insensitive, with the also-accepted names', () => {
  it.each([
    [OPGAVE, ['Opgave'], 'Opgave'],
    [OPGAVE, ['Toelichting', 'OPGAVE '], 'OPGAVE '],
    [OPGAVE, ['opgaven'], 'opgaven'],
    [OPGAVE, ['Op gave'], 'Op gave'],
    [OPGAVE, ['Opgaven', 'Opgave'], 'Opgave'],
    [OPGAVE, ['Opgave 2026'], undefined],
    [DEKKING, ['Dekkingen'], 'Dekkingen'],
    [VERDEELSLEUTELS, ['verdeelsleutel'], 'verdeelsleutel'],
    [PERIODEN, ['Periode'], 'Periode'],
    [PERIODEN, ['Opgave'], undefined],
  ] as [SheetDef, string[], string | undefined][])('%#: %j in %j → %j', (def, names, expected) => {
    expect(findSheet(names, def.namen)).toBe(expected);
  });
});
