import { Dec, kansenzone } from '../../../../src/engine';

/**
 * Wbmgp artikel 3 (seed 003; MODEL.md "Other calculations from the seeds"): at least 5.000 and
 * at most 30.000 inwoners, at least 25% niet-actief and at least 45% laag inkomen. Both ends
 * of every bound belong to it.
 */
describe('kansenzone(inwoners, aandeel niet-actief, aandeel laag inkomen)', () => {
  it.each([
    ['12000', '0.28', '0.51', true],
    // Every bound at its edge, and just outside it.
    ['5000', '0.25', '0.45', true],
    ['30000', '0.25', '0.45', true],
    ['4999', '0.28', '0.51', false],
    ['30001', '0.28', '0.51', false],
    ['4999.9999999999', '0.28', '0.51', false],
    ['30000.0000000001', '0.28', '0.51', false],
    ['12000', '0.2499999999', '0.51', false],
    ['12000', '0.28', '0.4499999999', false],
    // Shares of 0% and 100%.
    ['12000', '1', '1', true],
    ['12000', '0', '0.51', false],
    ['12000', '0.28', '0', false],
    ['0', '0.28', '0.51', false],
  ])('%s inwoners, %s niet-actief, %s laag inkomen: %s', (inwoners, nietActief, laagInkomen, uitkomst) => {
    expect(kansenzone(new Dec(inwoners), new Dec(nietActief), new Dec(laagInkomen))).toBe(uitkomst);
  });
});
