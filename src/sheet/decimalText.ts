/**
 * A number as Dutch Excel shows it, worked on its decimal digits (never on a binary double):
 * Excel sees a double as its 15 significant digits, scales it (`#,##0.0,` divides by 1000,
 * `0%` multiplies by 100), and rounds half away from zero to the decimals of the format — so
 * 2.675 at 2 decimals is `2,68` (binary `toFixed` gives 2.67) and −2.375 is `−2,38`.
 */
export interface Cijfernotatie {
  decimalen: number;
  /** Shift of the decimal point: −3 per trailing comma (thousands scaling), +2 for a percentage. */
  macht: number;
  /** Thousands separated by `.`. */
  groepering: boolean;
  /** Trailing zeros kept up to `decimalen` (a fixed format); dropped for `General`. */
  vast: boolean;
}

/** Excel's precision: 15 significant digits. */
const EXCEL_CIJFERS = 15;

interface Cijfers {
  negatief: boolean;
  /** The digits without sign and point, no leading zeros but for a lone 0. */
  digits: string;
  /** How many of `digits` stand before the point (may be ≤ 0 or past the end). */
  punt: number;
}

// A decimal text (`-12.5`, `1e+21`, `1.5e-7`) as its digits.
function cijfersVan(tekst: string): Cijfers {
  const negatief = tekst.startsWith('-');
  const [mantisse, exponent = '0'] = tekst.replace(/^[-+]/, '').toLowerCase().split('e');
  const [geheel, fractie = ''] = mantisse.split('.');
  const alle = geheel + fractie;
  const voorloop = alle.length - alle.replace(/^0+/, '').length;
  const digits = alle.slice(voorloop) || '0';
  // Zero has no sign (`Decimal.toFixed()` writes −0 as `-0`).
  return { negatief: negatief && digits !== '0', digits, punt: digits === '0' ? 1 : geheel.length + Number(exponent) - voorloop };
}

// The first `n` digits (n ≥ 0), rounded half away from zero; the point moves when 9…9 carries.
function rondAf({ negatief, digits, punt }: Cijfers, n: number): Cijfers {
  if (n >= digits.length) return { negatief, digits, punt };
  const kop = digits.slice(0, n);
  if (digits[n] >= '5') {
    const plus = (BigInt(kop || '0') + 1n).toString();
    return { negatief, digits: plus, punt: punt + (n === 0 ? 1 : plus.length - kop.length) };
  }
  return { negatief, digits: kop || '0', punt: kop ? punt : 1 };
}

// Digits as text with `decimalen` after the point (padded with zeros), sign and grouping.
function tekstVan({ negatief, digits, punt }: Cijfers, decimalen: number, groepering: boolean): { geheel: string; fractie: string } {
  const links = punt > 0 ? digits.slice(0, punt).padEnd(punt, '0') : '0';
  const rechts = (punt < 0 ? '0'.repeat(-punt) + digits : digits.slice(Math.max(punt, 0))).padEnd(decimalen, '0').slice(0, decimalen);
  const geheel = links.replace(/^0+(?=\d)/, '');
  const gegroepeerd = groepering ? geheel.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : geheel;
  return { geheel: (negatief ? '-' : '') + gegroepeerd, fractie: rechts };
}

/**
 * A decimal text (`String(double)`, `Decimal.toFixed()`) shown with a number format's digits:
 * 15 significant digits as Excel keeps them, shifted by `macht`, rounded half away from zero
 * to `decimalen`, with Dutch separators. A negative value that rounds to zero keeps its sign
 * (`-0,0`), as in Excel.
 */
export function toonDecimaal(tekst: string, notatie: Cijfernotatie): string {
  const excel = rondAf(cijfersVan(tekst), EXCEL_CIJFERS);
  const geschoven = { ...excel, punt: excel.punt + notatie.macht };
  const afgerond = rondAf(geschoven, Math.max(0, geschoven.punt + notatie.decimalen));
  const zichtbaar = geschoven.punt + notatie.decimalen < 0 ? { ...afgerond, digits: '0', punt: 1 } : afgerond;
  const { geheel, fractie } = tekstVan(zichtbaar, notatie.decimalen, notatie.groepering);
  const getoond = notatie.vast ? fractie : fractie.replace(/0+$/, '');
  return getoond ? `${geheel},${getoond}` : geheel;
}
