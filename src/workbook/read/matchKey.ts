/**
 * How sheet and header names are compared (WORKBOOK.md): case-insensitive, ignoring spaces,
 * dots and accents. `Cofin.` = `cofin`, `Rijksfin .` = `rijksfin`, `Periode` = `PÉRIODE`.
 */
export function matchKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s.]+/g, '');
}
