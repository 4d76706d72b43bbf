import { canonicalPijler, VERGELIJK_VELDEN, vergelijk, ZERO, type Dec, type Knoop, type VergelijkVeld, type Versiestand } from '../engine';
import type { Matrix } from './args';
import { ArgumentFout, nietBeschikbaar, ongeldig } from './fail';
import { functionsTekst } from './messages';
import { kiesVeld, VELDEN } from './scenario';
import { kiesOpNaam, rekenTabellen } from './totaalbeeld';

/** The figures a comparison has (no yearly figures, no overschot), by the names NPLV.SCENARIO knows them. */
const VERSCHIL_VELDEN = VELDEN.filter((d) => (VERGELIJK_VELDEN as readonly string[]).includes(d.veld));

// One version's two tables as the workbook rules read them (the base: no scenario on); an error names the version.
function stand(versie: 'oud' | 'nieuw', opgave: Matrix, dekking: Matrix): Versiestand {
  try {
    return { invoer: rekenTabellen(opgave, dekking, []).invoer, scenarios: [] };
  } catch (e) {
    throw e instanceof ArgumentFout ? new ArgumentFout(e.code, `${versie}: ${e.message}`) : e;
  }
}

/**
 * NPLV.VERSCHIL: new − old of one figure, by the engine's comparison (`vergelijk`) of the two
 * versions' tables, over the perioden both have (or the one named), of the total or a pijler.
 */
export function verschilCijfer(
  oud: { opgave: Matrix; dekking: Matrix },
  nieuw: { opgave: Matrix; dekking: Matrix },
  veld?: string | null,
  periode?: string | null,
  pijler?: string | null,
): Dec {
  const welk = kiesVeld(veld, VERSCHIL_VELDEN).veld as VergelijkVeld;
  const uitkomst = vergelijk(stand('oud', oud.opgave, oud.dekking), stand('nieuw', nieuw.opgave, nieuw.dekking));
  if (!uitkomst.ok) throw ongeldig(functionsTekst.geenVergelijking(uitkomst.meldingen.map((m) => m.bericht).join('; ')));
  const perioden = kiesOpNaam(uitkomst.vergelijking.perioden, (p) => p.naam, periode);
  const naam = (pijler ?? '').trim();
  const som = (knopen: readonly Knoop[]) => knopen.reduce((s, k) => s.plus(k.cijfers[welk].verschil), ZERO);
  if (naam === '') return som(perioden);
  const canoniek = canonicalPijler(naam);
  if (!canoniek) throw ongeldig(functionsTekst.pijlerOnbekend(naam));
  const knopen = perioden.flatMap((p) => p.pijlers.filter((x) => canonicalPijler(x.naam) === canoniek));
  if (knopen.length === 0)
    throw nietBeschikbaar(
      functionsTekst.pijlerNietInTabel(
        naam,
        perioden.map((p) => p.naam),
      ),
    );
  return som(knopen);
}
