import { bereken } from '../bereken/bereken';
import type { Melding, Opties, Resultaat, Uitkomst } from '../types';
import { vergelijkBoom } from './boom';
import { cijferBoom } from './cijfers';
import { periodeWijzigingen, scenarioWijzigingen, sleutelWijzigingen } from './invoerWijzigingen';
import { bronVolgorde, koppelRijen } from './koppeling';
import { dekkingWijzigingen, opgaveWijzigingen, rijSleutelWijzigingen, structuurWijzigingen } from './rijWijzigingen';
import { standen, type Stand } from './standen';
import { vergelijkTekst } from './tekst';
import type { VergelijkUitkomst, Versiestand, Wijziging } from './types';

export interface VergelijkOpties {
  /** As `Opties.tolerantie`, for computing each version. */
  tolerantie?: Opties['tolerantie'];
}

const fouten = (welke: 'oud' | 'nieuw', u: Uitkomst): Melding[] =>
  u.ok
    ? []
    : u.meldingen.filter((m) => m.ernst === 'fout').map((m) => ({ ...m, bericht: `${vergelijkTekst.versie(welke)}: ${m.bericht}` }));

const plaats = (m: Melding) => (m.cel ? `${m.blad}!${m.cel}` : m.blad);

/**
 * The warnings and control messages of both versions, each saying which version gives it: one
 * both give (same place, same text) comes once. An old version's message keeps its place in its
 * text only: its cells are not those of the new version.
 */
function versieMeldingen(oud: Uitkomst, nieuw: Uitkomst): Melding[] {
  const van = (u: Uitkomst) => (u.ok ? u.resultaat.meldingen : []);
  const sleutel = (m: Melding) => `${plaats(m)}\n${m.bericht}`;
  const inOud = new Set(van(oud).map(sleutel));
  const inNieuw = new Set(van(nieuw).map(sleutel));
  const alleenOud = van(oud)
    .filter((m) => !inNieuw.has(sleutel(m)))
    .map((m) => ({ ...m, blad: '', cel: '', bericht: `${vergelijkTekst.versie('oud')}${plaats(m) && `, ${plaats(m)}`}: ${m.bericht}` }));
  const nieuwe = van(nieuw).map((m) => ({
    ...m,
    bericht: `${inOud.has(sleutel(m)) ? vergelijkTekst.beide : vergelijkTekst.versie('nieuw')}: ${m.bericht}`,
  }));
  return [...nieuwe, ...alleenOud];
}

/** Every state computed; a state that computes as the one before it (same input, same scenarios) is not computed again. */
function reken(staten: readonly Stand[]): { ok: true; resultaten: Resultaat[] } | { ok: false; meldingen: Melding[] } {
  const resultaten: Resultaat[] = [];
  for (const [s, stand] of staten.entries()) {
    const vorige = staten[s - 1];
    if (vorige && vorige.invoer === stand.invoer && vorige.scenarios.join('\n') === stand.scenarios.join('\n')) {
      resultaten.push(resultaten[s - 1]);
      continue;
    }
    const u = bereken(stand.invoer, { scenarios: stand.scenarios });
    if (!u.ok)
      return {
        ok: false,
        meldingen: u.meldingen.map((m) => ({ ...m, bericht: vergelijkTekst.tussenstand(stand.oorzaak, stand.bron, m.bericht) })),
      };
    resultaten.push(u.resultaat);
  }
  return { ok: true, resultaten };
}

/**
 * Compares two versions of an estimate (issue 17): old and new figures per periode, pijler,
 * onderdeel and gebied, each difference of the rest fields split into its causes in the fixed
 * order of substitution (opgave → dekking per bron → keys → structure → scenarios), and the
 * changes of the input with their places. Errors of either version: not ok, each message
 * saying which version.
 */
export function vergelijk(oud: Versiestand, nieuw: Versiestand, opties: VergelijkOpties = {}): VergelijkUitkomst {
  const eigen = (v: Versiestand) =>
    bereken(v.invoer, { scenarios: v.scenarios, ...(opties.tolerantie && { tolerantie: opties.tolerantie }) });
  const [uitOud, uitNieuw] = [eigen(oud), eigen(nieuw)];
  const meldingen = [...fouten('oud', uitOud), ...fouten('nieuw', uitNieuw)];
  if (meldingen.length > 0) return { ok: false, meldingen };

  const zonderControles = (v: Versiestand): Versiestand => ({ scenarios: v.scenarios, invoer: { ...v.invoer, controles: [] } });
  const [o, n] = [zonderControles(oud), zonderControles(nieuw)];
  const koppeling = koppelRijen(o.invoer, n.invoer);
  const bronnen = bronVolgorde(o.invoer.dekking, n.invoer.dekking).map((b) => b.sleutel);
  const sleutels = [...sleutelWijzigingen(o.invoer, n.invoer), ...rijSleutelWijzigingen(o.invoer, n.invoer, koppeling)];
  const wijzigingen: Wijziging[] = [
    ...opgaveWijzigingen(o.invoer, n.invoer, koppeling),
    ...dekkingWijzigingen(o.invoer, n.invoer, koppeling, bronnen),
    ...sleutels,
    ...structuurWijzigingen(o.invoer, n.invoer, koppeling),
    ...periodeWijzigingen(o.invoer, n.invoer),
    ...scenarioWijzigingen(oud, nieuw),
  ];
  const staten = standen(o, n, koppeling, sleutels.length > 0);
  const gerekend = reken(staten);
  if (!gerekend.ok) return gerekend;
  const bomen = gerekend.resultaten.map(cijferBoom);

  const [eerste, laatste] = [bomen[0], bomen[bomen.length - 1]];
  const gedeeld = laatste.perioden.filter((p) => eerste.knopen.has(p));
  const waarschuwingen: Melding[] = [];
  const alleen = (welke: 'oud' | 'nieuw', van: typeof eerste, niet: typeof eerste) => {
    const namen = van.perioden.filter((p) => !niet.knopen.has(p)).map((p) => van.knopen.get(p)!.naam);
    if (namen.length > 0) waarschuwingen.push({ ernst: 'waarschuwing', blad: '', cel: '', bericht: vergelijkTekst.perioden(welke, namen) });
  };
  alleen('oud', eerste, laatste);
  alleen('nieuw', laatste, eerste);

  return {
    ok: true,
    vergelijking: {
      perioden: vergelijkBoom(bomen, staten, gedeeld),
      wijzigingen,
      meldingen: waarschuwingen,
      versieMeldingen: versieMeldingen(uitOud, uitNieuw),
    },
  };
}
