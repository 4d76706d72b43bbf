import { jsonBytes, packRows } from '../../../src/workbook/adapters/office/payloadBlocks';

describe('payload sizes and blocks', () => {
  it.each([
    [[['a', 1]], 9], // [["a",1]]
    [['é'], 6], // ["é"]: é is 2 bytes
    [['—'], 7], // an em dash is 3 bytes
    [['😀'], 8], // outside the BMP: 4 bytes
    [[null, true], 11],
  ])('counts %j as %i bytes of UTF-8 JSON', (value, bytes) => {
    expect(jsonBytes(value)).toBe(bytes);
    expect(new TextEncoder().encode(JSON.stringify(value)).length).toBe(bytes);
  });

  it('fills each batch up to the budget, splitting an item between rows', () => {
    const items = [
      { name: 'a', rows: [3, 3, 3] },
      { name: 'b', rows: [5] },
      { name: 'c', rows: [2, 2, 2, 2] },
    ];
    const batches = packRows(items, (i) => i.rows, 10);
    expect(batches.map((b) => b.map((s) => `${s.item.name}${s.start}+${s.count}`))).toEqual([['a0+3'], ['b0+1', 'c0+2'], ['c2+2']]);
  });

  it('gives a row over the budget a batch of its own', () => {
    expect(packRows([[4, 20, 4]], (rows) => rows, 10).map((b) => b.map((s) => [s.start, s.count]))).toEqual([[[0, 1]], [[1, 1]], [[2, 1]]]);
  });
});
