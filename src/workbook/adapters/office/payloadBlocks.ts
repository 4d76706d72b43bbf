/** UTF-8 bytes of a value's JSON (what it adds to an Office.js request or response). */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1; // a surrogate pair: 4 bytes
  }
  return bytes;
}

/** Rows `start` to `start + count - 1` of an item, in one batch. */
export interface Segment<T> {
  item: T;
  start: number;
  count: number;
}

/**
 * Packs items of rows, in order, into batches whose rows' bytes stay within `budget`: an item
 * is split between two rows where a batch fills up (a row over the budget makes its own batch).
 */
export function packRows<T>(items: readonly T[], rowBytes: (item: T) => readonly number[], budget: number): Segment<T>[][] {
  const batches: Segment<T>[][] = [[]];
  let fill = 0;
  for (const item of items) {
    rowBytes(item).forEach((bytes, row) => {
      if (fill > 0 && fill + bytes > budget) {
        batches.push([]);
        fill = 0;
      }
      const batch = batches[batches.length - 1];
      const last = batch[batch.length - 1];
      if (last?.item === item) last.count++;
      else batch.push({ item, start: row, count: 1 });
      fill += bytes;
    });
  }
  return batches.filter((b) => b.length > 0);
}
