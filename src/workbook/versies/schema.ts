import { Dec } from '../../engine';

/**
 * A strict reader of JSON (the versions of NPLV Versies): each reader checks one value and
 * names its place (`invoer.opgave[3].opgave`) when it is not what the format says. Fields a
 * format does not know are refused, not skipped: a version is read exactly or not at all.
 */
export class Afwijking extends Error {
  constructor(
    readonly pad: string,
    readonly waarom: string,
  ) {
    super(`${pad || 'de inhoud'}: ${waarom}`);
  }
}

export type Lezer<T> = (v: unknown, pad: string) => T;

const fout = (pad: string, waarom: string): never => {
  throw new Afwijking(pad, waarom);
};
const soortVan = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'een lijst' : typeof v);

export const tekst: Lezer<string> = (v, pad) => (typeof v === 'string' ? v : fout(pad, `verwacht tekst, gevonden ${soortVan(v)}`));

export const geheel: Lezer<number> = (v, pad) =>
  typeof v === 'number' && Number.isSafeInteger(v) ? v : fout(pad, `verwacht een geheel getal, gevonden ${JSON.stringify(v)}`);

/** An exact decimal, written as text in plain notation (`-12.345`), never as a JSON number. */
export const bedrag: Lezer<Dec> = (v, pad) =>
  typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)
    ? new Dec(v)
    : fout(pad, `verwacht een exact bedrag als tekst ("12.5"), gevonden ${JSON.stringify(v)}`);

export const eenVan =
  <T extends string>(...waarden: T[]): Lezer<T> =>
  (v, pad) =>
    waarden.includes(v as T) ? (v as T) : fout(pad, `verwacht ${waarden.join(' of ')}, gevonden ${JSON.stringify(v)}`);

export const lijst =
  <T>(lees: Lezer<T>): Lezer<T[]> =>
  (v, pad) =>
    Array.isArray(v) ? v.map((x, i) => lees(x, `${pad}[${i}]`)) : fout(pad, `verwacht een lijst, gevonden ${soortVan(v)}`);

const veld = (pad: string, k: string) => (pad ? `${pad}.${k}` : k);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An object whose values are all read by `lees` (`cellen`, `bedragen`). */
export const kaart =
  <T>(lees: Lezer<T>): Lezer<Record<string, T>> =>
  (v, pad) =>
    isObject(v)
      ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, lees(x, veld(pad, k))]))
      : fout(pad, `verwacht een object, gevonden ${soortVan(v)}`);

type Velden = Record<string, readonly [Lezer<unknown>, 'verplicht' | 'optioneel']>;
type Gelezen<V extends Velden> = { [K in keyof V as V[K][1] extends 'verplicht' ? K : never]: ReturnType<V[K][0]> } & {
  [K in keyof V as V[K][1] extends 'optioneel' ? K : never]?: ReturnType<V[K][0]>;
};

/** An object with exactly these fields: a required one missing or an unknown one present is refused. */
export const object =
  <V extends Velden>(velden: V): Lezer<Gelezen<V>> =>
  (v, pad) => {
    if (!isObject(v)) return fout(pad, `verwacht een object, gevonden ${soortVan(v)}`);
    const onbekend = Object.keys(v).find((k) => !(k in velden));
    if (onbekend !== undefined) fout(veld(pad, onbekend), 'onbekend veld');
    const uit: Record<string, unknown> = {};
    for (const [k, [lees, nodig]] of Object.entries(velden)) {
      if (v[k] === undefined) {
        if (nodig === 'verplicht') fout(veld(pad, k), 'ontbreekt');
      } else uit[k] = lees(v[k], veld(pad, k));
    }
    return uit as Gelezen<V>;
  };

/** Any JSON object, checked no further than its fields' names (the result summary: it is shown, never computed with). */
export const vrijObject =
  (velden: readonly string[], verplicht: readonly string[]): Lezer<Record<string, unknown>> =>
  (v, pad) => {
    if (!isObject(v)) return fout(pad, `verwacht een object, gevonden ${soortVan(v)}`);
    const onbekend = Object.keys(v).find((k) => !velden.includes(k));
    if (onbekend !== undefined) fout(veld(pad, onbekend), 'onbekend veld');
    const ontbreekt = verplicht.find((k) => v[k] === undefined);
    return ontbreekt === undefined ? v : fout(veld(pad, ontbreekt), 'ontbreekt');
  };
