import { normalize } from '../names';
import { REST_VELDEN, type Deel, type RestVeld, type VergelijkDoel, type Vergelijking, type VerschilUitleg, type Wijziging } from './types';
import { ligtIn, zoekKnoop } from './zoek';

const isRestVeld = (veld: string): veld is RestVeld => (REST_VELDEN as readonly string[]).includes(veld);

/** The changes of the input a part comes from, in the node: of its step (and its bron, for dekking). */
function bronnenVan(v: Vergelijking, deel: Deel, doel: VergelijkDoel): Wijziging[] {
  return v.wijzigingen.filter(
    (w) => w.oorzaak === deel.oorzaak && (deel.oorzaak !== 'dekking' || normalize(w.bron) === normalize(deel.bron)) && ligtIn(w, doel),
  );
}

/**
 * The Uitleg of one difference of a comparison: the node's old and new figure, and — for the
 * restopgave and rest-Rijksopgave, whose differences are split into causes — each part that
 * moves this figure, with the changes of the input in the node it comes from. Undefined when
 * the comparison has no such node.
 */
export function verschilUitleg(v: Vergelijking, doel: VergelijkDoel): VerschilUitleg | undefined {
  const knoop = zoekKnoop(v, doel);
  if (!knoop) return undefined;
  const veld = doel.veld;
  const delen = isRestVeld(veld)
    ? knoop.delen
        .filter((d) => !d.bedragen[veld].isZero())
        .map((deel) => ({ deel, bedrag: deel.bedragen[veld], wijzigingen: bronnenVan(v, deel, doel) }))
    : [];
  return { doel, cijfer: knoop.cijfers[veld], delen };
}
