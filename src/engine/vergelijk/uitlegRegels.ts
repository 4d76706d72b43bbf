import type { Dec } from '../decimal';
import { formatBedrag } from '../format';
import { VELDNAAM } from '../messages';
import { oorzaakNaam, vergelijkTekst } from './tekst';
import { REST_VELDEN, type VerschilUitleg, type Waarde, type Wijziging } from './types';

/** `+100`, `-43`, `0`. */
export const verschilTekst = (d: Dec): string => (d.isPositive() && !d.isZero() ? '+' : '') + formatBedrag(d);

const hoofdletter = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What a change is about: its field and where its row lies (`opgave; Nieuwbouw, tot 2030`). */
function waarover(w: Wijziging): string {
  const veld =
    w.oorzaak === 'scenarios' ? `scenario '${w.bron}'` : w.veld === 'jaren' ? 'jaren' : w.veld ? (VELDNAAM[w.veld] ?? w.veld) : 'regel';
  const waar = [w.oorzaak === 'dekking' ? w.bron : '', w.onderdeel || w.pijler, w.gebied, w.periode].filter((x) => x !== '');
  return waar.length > 0 ? `${veld}; ${waar.join(', ')}` : veld;
}

const metPlaats = (w: Waarde, welke: string) => (w.plaats ? `${welke}${w.plaats}: ${w.tekst}` : w.tekst);

/** One change: `Opgave!D4: 445 → 545 (opgave; Nieuwbouw, tot 2030)`, the old value as text. */
export function wijzigingRegel(w: Wijziging): string {
  const over = ` (${waarover(w)})`;
  if (w.oud && w.nieuw) {
    if (w.oud.plaats === w.nieuw.plaats && w.oud.plaats) return `${w.oud.plaats}: ${w.oud.tekst} → ${w.nieuw.tekst}${over}`;
    return `${metPlaats(w.oud, 'oud ')} → ${metPlaats(w.nieuw, 'nieuw ')}${over}`;
  }
  if (w.oud) return `vervallen: ${metPlaats(w.oud, 'oud ')}${over}`;
  return `toegevoegd: ${w.nieuw ? metPlaats(w.nieuw, '') : ''}${over}`;
}

/** The figure: `Restopgave (saldering), tot 2030, Fysiek` (saldering at pijler and periode level). */
function cijferNaam(u: VerschilUitleg): string {
  const { periode, pijler, onderdeel, gebied, veld } = u.doel;
  const saldering = onderdeel === undefined && (veld === 'restopgave' || veld === 'restRijksopgave') ? ' (saldering)' : '';
  return [hoofdletter(VELDNAAM[veld] ?? veld) + saldering, periode, pijler, onderdeel, gebied]
    .filter((x) => x !== undefined && x !== '')
    .join(', ');
}

/**
 * The Uitleg of a difference as Dutch lines (the pane and the command line show these): the
 * figure old → new (Δ), then each part — its cause, its amount, and the changes of the input it
 * comes from, indented — then the fixed order of substitution and why it matters.
 */
export function verschilUitlegRegels(u: VerschilUitleg): string[] {
  const { oud, nieuw, verschil } = u.cijfer;
  const regels = [`${cijferNaam(u)}: ${formatBedrag(oud)} → ${formatBedrag(nieuw)} (${verschilTekst(verschil)})`];
  if (!(REST_VELDEN as readonly string[]).includes(u.doel.veld)) {
    regels.push(vergelijkTekst.nietVerdeeld);
    return regels;
  }
  if (u.delen.length === 0) regels.push(verschil.isZero() ? vergelijkTekst.geenVerschil : vergelijkTekst.geenDelen);
  for (const { deel, bedrag, wijzigingen } of u.delen) {
    regels.push(`${oorzaakNaam(deel.oorzaak, deel.bron)}: ${verschilTekst(bedrag)}`);
    regels.push(...wijzigingen.map((w) => `  ${wijzigingRegel(w)}`));
  }
  regels.push(vergelijkTekst.volgorde);
  return regels;
}
