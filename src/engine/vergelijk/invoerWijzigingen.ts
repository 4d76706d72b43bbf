import { periodeKey, resolvePerioden } from '../invoer/perioden';
import { resolveSleutels } from '../invoer/sleutels';
import { normalize, onderdeelKey, pijlerKey } from '../names';
import type { DekkingInvoer, Invoer, OpgaveInvoer, SleutelInGebruik } from '../types';
import type { Versiestand, Wijziging } from './types';
import { ligging, plaats, sleutelTekst } from './waarde';

/** The changes of the input beside the rows: the Verdeelsleutels, the perioden, the scenarios. */

const geen = { periode: '', pijler: '', onderdeel: '', gebied: '', bron: '' };

/** Two tables by a key: pairs that differ, entries only the old or only the new has. */
function vergelijkTabel<T>(oud: readonly T[], nieuw: readonly T[], sleutel: (t: T) => string, gelijk: (a: T, b: T) => boolean) {
  const o = new Map(oud.map((t) => [sleutel(t), t]));
  const n = new Map(nieuw.map((t) => [sleutel(t), t]));
  return [
    ...[...n].filter(([k, b]) => !o.has(k) || !gelijk(o.get(k)!, b)).map(([k, b]) => ({ a: o.get(k), b })),
    ...[...o].filter(([k]) => !n.has(k)).map(([, a]) => ({ a, b: undefined })),
  ];
}

const soort = (a: unknown, b: unknown): Wijziging['soort'] => (a && b ? 'gewijzigd' : b ? 'toegevoegd' : 'vervallen');

/** The keys in force (the defaults and the Verdeelsleutels sheet) that differ. */
export function sleutelWijzigingen(o: Invoer, n: Invoer): Wijziging[] {
  const tabel = (i: Invoer) => resolveSleutels(i.verdeelsleutels).sleutels.inGebruik;
  const slot = (s: SleutelInGebruik) => `${s.pijler}|${s.onderdeel === '*' ? '*' : onderdeelKey(s.onderdeel)}`;
  const waarde = (s?: SleutelInGebruik) =>
    s && {
      plaats: plaats(s.herkomst, 'rijksaandeel'),
      tekst: sleutelTekst(s.rijksaandeel) + (s.bron === 'standaard' ? ' (standaard)' : ''),
    };
  return vergelijkTabel(tabel(o), tabel(n), slot, (a, b) => a.rijksaandeel.eq(b.rijksaandeel)).map(({ a, b }) => {
    const s = (b ?? a)!;
    return {
      oorzaak: 'sleutels',
      soort: soort(a, b),
      ...geen,
      pijler: s.pijler,
      onderdeel: s.onderdeel,
      veld: 'verdeelsleutel',
      ...(a && { oud: waarde(a) }),
      ...(b && { nieuw: waarde(b) }),
    };
  });
}

/** Perioden whose years differ, and perioden only one version defines. */
export function periodeWijzigingen(o: Invoer, n: Invoer): Wijziging[] {
  const waarde = (i: Invoer, p?: { periode: string; eersteJaar: number; laatsteJaar: number }) => {
    if (!p) return undefined;
    const rij = i.perioden?.find((r) => periodeKey(r.periode) === periodeKey(p.periode));
    return { plaats: plaats(rij?.herkomst, 'eersteJaar'), tekst: `${p.eersteJaar}–${p.laatsteJaar}` };
  };
  const perioden = (i: Invoer) => resolvePerioden(i.perioden).perioden;
  const gelijk = (a: { eersteJaar: number; laatsteJaar: number }, b: typeof a) =>
    a.eersteJaar === b.eersteJaar && a.laatsteJaar === b.laatsteJaar;
  return vergelijkTabel(perioden(o), perioden(n), (p) => periodeKey(p.periode), gelijk).map(({ a, b }) => ({
    oorzaak: 'structuur',
    soort: soort(a, b),
    ...geen,
    periode: (b ?? a)!.periode,
    veld: 'jaren',
    ...(a && { oud: waarde(o, a) }),
    ...(b && { nieuw: waarde(n, b) }),
  }));
}

/** What all rows share, level by level ('' where they differ): where a scenario's rows lie. */
function gedeeld(rijen: readonly (OpgaveInvoer | DekkingInvoer)[]): Pick<Wijziging, 'periode' | 'pijler' | 'onderdeel' | 'gebied'> {
  const [eerste, ...rest] = rijen.map(ligging);
  const uit = { ...geen, ...eerste };
  const sleutel = { periode: periodeKey, pijler: pijlerKey, onderdeel: onderdeelKey, gebied: normalize };
  for (const veld of ['periode', 'pijler', 'onderdeel', 'gebied'] as const)
    if (rest.some((r) => sleutel[veld](r[veld]) !== sleutel[veld](uit[veld]))) uit[veld] = '';
  return uit;
}

/** Scenarios switched on or off, with where their rows lie (in either version). */
export function scenarioWijzigingen(oud: Versiestand, nieuw: Versiestand): Wijziging[] {
  const aan = (v: Versiestand) => new Map(v.scenarios.map((s) => [normalize(s), s.trim()]));
  const [o, n] = [aan(oud), aan(nieuw)];
  const rijen = [oud, nieuw].flatMap((v) => [...v.invoer.opgave, ...v.invoer.dekking]);
  const wijziging = (naam: string, nu: boolean): Wijziging => ({
    oorzaak: 'scenarios',
    soort: nu ? 'aan' : 'uit',
    ...gedeeld(rijen.filter((r) => normalize(r.scenario ?? '') === normalize(naam))),
    bron: naam,
    veld: 'scenario',
    oud: { plaats: '', tekst: nu ? 'uit' : 'aan' },
    nieuw: { plaats: '', tekst: nu ? 'aan' : 'uit' },
  });
  return [
    ...[...n].filter(([k]) => !o.has(k)).map(([, s]) => wijziging(s, true)),
    ...[...o].filter(([k]) => !n.has(k)).map(([, s]) => wijziging(s, false)),
  ];
}
