import { jsonGetal } from '../json';
import type { Melding } from '../types';
import {
  OORZAKEN,
  REST_VELDEN,
  VERGELIJK_VELDEN,
  type Knoop,
  type Oorzaak,
  type RestVeld,
  type Status,
  type VergelijkVeld,
  type Vergelijking,
  type Wijziging,
} from './types';

/** A comparison as JSON (`nplv vergelijk --json`): amounts as JSON numbers in the workbook's unit, as `toJson` writes them. */
export interface VerschilJson {
  oud: number;
  nieuw: number;
  verschil: number;
}

export interface DeelJson {
  oorzaak: Oorzaak;
  bron: string;
  bedragen: Record<RestVeld, number>;
}

export interface KnoopJson {
  status: Status;
  cijfers: Record<VergelijkVeld, VerschilJson>;
  delen: DeelJson[];
}

export interface VergelijkingJson {
  /** The fixed order of substitution the parts follow. */
  volgorde: Oorzaak[];
  perioden: ({
    periode: string;
    pijlers: ({
      pijler: string;
      onderdelen: ({ onderdeel: string; gebieden: ({ gebied: string } & KnoopJson)[] } & KnoopJson)[];
    } & KnoopJson)[];
  } & KnoopJson)[];
  wijzigingen: Wijziging[];
  meldingen: Melding[];
  /** `Vergelijking.versieMeldingen`. */
  versieMeldingen: Melding[];
}

function knoop(k: Knoop): KnoopJson {
  const cijfers = {} as Record<VergelijkVeld, VerschilJson>;
  for (const veld of VERGELIJK_VELDEN) {
    const c = k.cijfers[veld];
    cijfers[veld] = { oud: jsonGetal(c.oud), nieuw: jsonGetal(c.nieuw), verschil: jsonGetal(c.verschil) };
  }
  const delen = k.delen.map((d) => {
    const bedragen = {} as Record<RestVeld, number>;
    for (const veld of REST_VELDEN) bedragen[veld] = jsonGetal(d.bedragen[veld]);
    return { oorzaak: d.oorzaak, bron: d.bron, bedragen };
  });
  return { status: k.status, cijfers, delen };
}

export function vergelijkingJson(v: Vergelijking): VergelijkingJson {
  return {
    volgorde: [...OORZAKEN],
    perioden: v.perioden.map((p) => ({
      periode: p.naam,
      ...knoop(p),
      pijlers: p.pijlers.map((x) => ({
        pijler: x.naam,
        ...knoop(x),
        onderdelen: x.onderdelen.map((o) => ({
          onderdeel: o.naam,
          ...knoop(o),
          gebieden: o.gebieden.map((g) => ({ gebied: g.naam, ...knoop(g) })),
        })),
      })),
    })),
    wijzigingen: v.wijzigingen.map((w) => ({ ...w })),
    meldingen: [...v.meldingen],
    versieMeldingen: [...v.versieMeldingen],
  };
}
