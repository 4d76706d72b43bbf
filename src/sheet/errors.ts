/** Excel's error values as `Range.values` gives them (and as typing them makes them). */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BUSY!',
  '#BLOCKED!',
  '#CONNECT!',
  '#UNKNOWN!',
  '#PYTHON!',
]);

/** How Dutch Excel shows each error value (files and Office.js give the English code). */
const NEDERLANDS: Readonly<Record<string, string>> = {
  '#NULL!': '#LEEG!',
  '#DIV/0!': '#DEEL/0!',
  '#VALUE!': '#WAARDE!',
  '#REF!': '#VERW!',
  '#NAME?': '#NAAM?',
  '#NUM!': '#GETAL!',
  '#N/A': '#N/B',
  '#GETTING_DATA': '#GEGEVENS_OPHALEN',
  '#SPILL!': '#OVERLOOP!',
  '#CALC!': '#BEREKENEN!',
  '#FIELD!': '#VELD!',
  '#BUSY!': '#BEZET!',
  '#BLOCKED!': '#GEBLOKKEERD!',
  '#CONNECT!': '#VERBINDING!',
  '#UNKNOWN!': '#ONBEKEND!',
};

/** An error value as Dutch Excel shows it (`#N/A` → `#N/B`); one it does not know as it is. */
export function foutwaardeNl(code: string): string {
  return NEDERLANDS[code.toUpperCase()] ?? code;
}

/** The code of an error value typed as Dutch Excel names it (`#N/B` → `#N/A`); any other text as it is. */
export function foutwaardeCode(getypt: string): string {
  const nl = getypt.toUpperCase();
  return Object.keys(NEDERLANDS).find((code) => NEDERLANDS[code] === nl) ?? getypt;
}
