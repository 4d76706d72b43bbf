import { matchKey } from './matchKey';

/**
 * The workbook's spelling of a sheet, found by any of `namen` (case- and space-insensitive);
 * an earlier name wins when the workbook holds several.
 */
export function findSheet(sheetNames: readonly string[], namen: readonly string[]): string | undefined {
  for (const naam of namen) {
    const found = sheetNames.find((s) => matchKey(s) === matchKey(naam));
    if (found !== undefined) return found;
  }
  return undefined;
}
