/**
 * A formula as the help page writes it, `=NPLV.F(arg; arg; …)` in Dutch Excel notation, turned
 * into the call Excel makes to the add-in: the function's id and its arguments, read by the
 * parameters of functions.json (a matrix parameter gets a 2-D array, a scalar one a value; an
 * enumerated or other text parameter gets a number as text, as Excel converts it; an omitted
 * argument is null). Arguments: "tekst", 12000, 0,5, 28%, WAAR/ONWAAR, Blad!A1 and Blad!A1:B2.
 * Nothing more of Excel's syntax: the help page needs no more.
 */
export type Cel = string | number | boolean | null;
export type Werkmap = Record<string, Cel[][]>;
export type Parameter = { name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean };

const GETAL = /^-?\d+(,\d+)?$/;
const BEREIK = /^([A-Za-z]\w*)!([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/;

/** A Dutch number: `2.375` (thousands) or `733,75` (decimals). */
export const nlGetal = (text: string): number => Number(text.trim().replace(/\./g, '').replace(',', '.'));

const kolom = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

/** The arguments' texts, split at the `;` outside quotes. */
function argTeksten(binnen: string): string[] {
  const out = [''];
  let inQuotes = false;
  for (const c of binnen) {
    if (c === '"') inQuotes = !inQuotes;
    if (c === ';' && !inQuotes) out.push('');
    else out[out.length - 1] += c;
  }
  return out.map((a) => a.trim());
}

function waarde(tekst: string, werkmap: Werkmap): Cel | Cel[][] {
  if (tekst === '') return null;
  if (/^".*"$/.test(tekst)) return tekst.slice(1, -1).replace(/""/g, '"');
  if (GETAL.test(tekst)) return nlGetal(tekst);
  if (/%$/.test(tekst) && GETAL.test(tekst.slice(0, -1))) return nlGetal(tekst.slice(0, -1)) / 100;
  if (tekst === 'WAAR' || tekst === 'ONWAAR') return tekst === 'WAAR';
  const m = BEREIK.exec(tekst);
  if (!m) throw new Error(`geen argument dat deze test kent: ${tekst}`);
  const blad = werkmap[m[1]];
  if (!blad) throw new Error(`geen blad ${m[1]} in de werkmap`);
  const [r1, c1] = [Number(m[3]) - 1, kolom(m[2])];
  const [r2, c2] = m[4] ? [Number(m[5]) - 1, kolom(m[4])] : [r1, c1];
  const rijen = Array.from({ length: r2 - r1 + 1 }, (_, i) => blad[r1 + i] ?? []);
  return rijen.map((rij) => Array.from({ length: c2 - c1 + 1 }, (_, j) => rij[c1 + j] ?? null));
}

/** An argument as Excel passes it to a parameter of this shape and type. */
function alsParameter(v: Cel | Cel[][], p: Parameter): unknown {
  if (p.dimensionality === 'matrix') return Array.isArray(v) ? v : [[v]];
  let cel = v;
  if (Array.isArray(cel)) {
    if (cel.length !== 1 || cel[0].length !== 1) throw new Error(`${p.name}: een bereik voor een enkele waarde`);
    cel = cel[0][0];
  }
  return p.type === 'string' && typeof cel === 'number' ? String(cel) : cel;
}

/** `=NPLV.F(…)`: the id F and the arguments Excel passes, one per parameter. */
export function leesFormule(formule: string, werkmap: Werkmap, parameters: (id: string) => Parameter[]): { id: string; args: unknown[] } {
  const m = /^=NPLV\.([A-Z]+)\((.*)\)$/s.exec(formule.trim());
  if (!m) throw new Error(`geen NPLV-formule: ${formule}`);
  const params = parameters(m[1]);
  const teksten = argTeksten(m[2]);
  if (teksten.length > params.length) throw new Error(`${formule}: meer argumenten dan parameters`);
  return { id: m[1], args: params.map((p, i) => alsParameter(waarde(teksten[i] ?? '', werkmap), p)) };
}
