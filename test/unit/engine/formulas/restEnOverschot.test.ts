import { Dec } from '../../../../src/engine';
import { restEnOverschot } from '../../../../src/engine/formulas';

/**
 * restopgave and overschot of one row at once (MODEL.md "Computation"): [max(0, opgave −
 * dekking), max(0, dekking − opgave)], at most one of them not 0. Opgave and dekking are never
 * negative here (the workbook reader refuses a negative amount). Expected values by hand.
 */
describe('restEnOverschot(opgave, dekking) = [restopgave, overschot]', () => {
  it.each([
    ['130', '135', '0', '5'],
    ['135', '130', '5', '0'],
    ['135', '135', '0', '0'],
    ['135', '0', '135', '0'],
    ['0', '0', '0', '0'],
    ['0', '7', '0', '7'],
    ['265', '180', '85', '0'],
    // Many decimals and huge amounts.
    ['2000.000000000000000000000000000001', '2000', '1e-30', '0'],
    ['2000', '2000.000000000000000000000000000001', '0', '1e-30'],
    ['1e30', '1.000000000000000000000000000001e30', '0', '1'],
  ])('opgave %s, dekking %s: restopgave %s, overschot %s', (opgave, dekking, restopgave, overschot) => {
    expect(restEnOverschot(new Dec(opgave), new Dec(dekking)).map((d) => d.valueOf())).toEqual([restopgave, overschot]);
  });
});
