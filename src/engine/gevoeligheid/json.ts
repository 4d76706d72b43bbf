import { jsonGetal } from '../json';
import type { Herkomst } from '../types';
import type { Gevoeligheid, GevoeligheidCijfers, SleutelGevoeligheid } from './types';

/** The figures of a state as JSON numbers (amounts in the workbook's unit; keys as fractions). */
export type CijfersJson = Record<keyof GevoeligheidCijfers, number>;

/** A key as JSON: as the engine gives it, its figures as numbers and its cells as `Blad!A1`. */
export type SleutelJson = Omit<SleutelGevoeligheid, 'sleutelRij' | 'regels' | 'basis' | 'varianten' | 'kantelpunt'> & {
  /** The cells of the key: the Verdeelsleutels row's, or each row's own Verdeelsleutel cell. */
  cellen: string[];
  kantelpunt?: number;
  basis: CijfersJson;
  varianten: { stap: number; cijfers: CijfersJson; delta: CijfersJson }[];
};

export interface GevoeligheidJson {
  stappen: number[];
  scenarios: string[];
  sleutels: SleutelJson[];
}

const cijfersJson = (c: GevoeligheidCijfers) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, jsonGetal(v)])) as CijfersJson;

const cel = (h: Herkomst | undefined, veld: string) => (h?.cellen[veld] ? [`${h.blad}!${h.cellen[veld]}`] : []);

/** `nplv gevoeligheid --json`: every key with its base, its variants and their Δ. */
export function gevoeligheidJson(g: Gevoeligheid, opgaveHerkomst: (index: number) => Herkomst | undefined): GevoeligheidJson {
  return {
    stappen: g.stappen,
    scenarios: g.scenarios,
    sleutels: g.sleutels.map((s) => ({
      periode: s.periode,
      pijler: s.pijler,
      onderdeel: s.onderdeel,
      soort: s.soort,
      onderdelen: s.onderdelen,
      herkomst: s.herkomst,
      cellen: [...cel(s.sleutelRij, 'rijksaandeel'), ...s.regels.flatMap((i) => cel(opgaveHerkomst(i), 'verdeelsleutel'))],
      status: s.status,
      ...(s.scenarios && { scenarios: s.scenarios }),
      gemengd: s.gemengd,
      ...(s.kantelpunt && { kantelpunt: jsonGetal(s.kantelpunt), kantelStand: s.kantelStand }),
      basis: cijfersJson(s.basis),
      varianten: s.varianten.map((v) => ({ stap: v.stap, cijfers: cijfersJson(v.cijfers), delta: cijfersJson(v.delta) })),
    })),
  };
}
