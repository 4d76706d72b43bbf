import { Dec, type Herkomst } from '../../src/engine';
import type { CellValue, SheetContent } from '../../src/workbook/port';

const PERIODEN = ['tot 2030', '2030 t/m 2035'];

/**
 * A workbook of `n` Opgave rows with gebieden, amounts of many decimals shown with one
 * (a herkomst with `decimalen`), every third key typed as `30%` (`procent`), and a Dekking row
 * of 0.1 and 1e-7: at 400 rows its recorded version takes several cells.
 */
export function versieWerkmap(n: number): SheetContent[] {
  const opgave: CellValue[][] = [['Periode', 'Pijler', 'Onderdeel', 'Gebied', 'Opgave', 'Verdeelsleutel']];
  for (let i = 0; i < n; i++)
    opgave.push([PERIODEN[i % 2], 'Fysiek', `Onderdeel ${i % 7}`, `Gebied ${i}`, 1000.125 + i / 1000, i % 3 === 0 ? '30%' : 0.5]);
  return [
    { name: 'Opgave', values: opgave, numberFormats: opgave.map(() => [null, null, null, null, '#,##0.0', null]) },
    {
      name: 'Dekking',
      values: [
        ['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering', 'Rijksfinanciering'],
        ['tot 2030', 'Fysiek', 'Realisatiestimulans', 'Onderdeel 1', 0.1, 1e-7],
      ],
    },
  ];
}

/**
 * A value with its Decimals as exact text and each herkomst with its cells and formats (which
 * may be getters): what "the same input" means when a version is read back.
 */
export function exact(v: unknown, key = ''): unknown {
  if (v instanceof Dec) return `Dec(${v.toFixed()})`;
  if (Array.isArray(v)) return v.map((x) => exact(x));
  if (typeof v !== 'object' || v === null) return v;
  if (key === 'herkomst') {
    const h = v as Herkomst;
    return {
      blad: h.blad,
      rij: h.rij,
      cellen: { ...h.cellen },
      decimalen: h.decimalen && { ...h.decimalen },
      procent: h.procent && [...h.procent],
    };
  }
  return Object.fromEntries(Object.entries(v).flatMap(([k, x]) => (x === undefined ? [] : [[k, exact(x, k)]])));
}
