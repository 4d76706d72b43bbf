import { getal } from './figuur';
import { verwijzingTekst } from '../../sheet';
import type { Uitleg, UitlegDeel, UitlegTerm } from './types';

/** How many parts of a sum are shown before `… en 190 meer`. */
export const ZICHTBARE_DELEN = 10;

const meer = (n: number) => `… en ${n} meer`;

/** A sum with hundreds of parts shortened to its first ones (parts: split on ` + ` outside brackets). */
function kort(som: string): string {
  const delen: string[] = [];
  let diepte = 0;
  let begin = 0;
  for (let i = 0; i < som.length; i++) {
    const c = som[i];
    if (c === '(') diepte++;
    else if (c === ')') diepte--;
    else if (diepte === 0 && som.startsWith(' + ', i)) {
      delen.push(som.slice(begin, i));
      begin = i + 3;
    }
  }
  delen.push(som.slice(begin));
  return delen.length <= ZICHTBARE_DELEN ? som : [...delen.slice(0, ZICHTBARE_DELEN), meer(delen.length - ZICHTBARE_DELEN)].join(' + ');
}

const tussenHaakjes = (items: readonly string[]) => (items.length ? ` (${items.join('; ')})` : '');

/** `Realisatiestimulans 145 + 145 (Dekking!E4:F4)`, `Nieuwbouw 155 (max(0; 445 − 290))` */
function deelTekst(d: UitlegDeel, procent?: boolean): string {
  const bedragen = d.bedragen.map((b) => getal(b, procent)).join(' + ');
  const bedrag = d.deel ? `${d.bedragen.length > 1 ? `(${bedragen})` : bedragen} ${d.deel}` : bedragen;
  return `${d.label} ${bedrag}${tussenHaakjes([...(d.berekening ? [d.berekening] : []), ...d.plekken.map(verwijzingTekst)])}`;
}

/** `opgave = 445 (Opgave!D3)`, `dekking = Realisatiestimulans 145 + 145 (Dekking!E4:F4)` */
function termTekst(t: UitlegTerm): string {
  const waar = tussenHaakjes([...(t.bron ? [t.bron] : []), ...t.plekken.map(verwijzingTekst)]);
  const waarde = getal(t.waarde, t.procent);
  if (!t.delen.length) return `${t.naam} = ${waarde}${waar}`;
  const delen = t.delen.slice(0, ZICHTBARE_DELEN).map((d) => deelTekst(d, t.procent));
  if (t.delen.length > ZICHTBARE_DELEN) delen.push(meer(t.delen.length - ZICHTBARE_DELEN));
  return `${t.naam} = ${delen.join(' + ')}${t.delen.length > 1 ? ` = ${waarde}` : ''}${waar}`;
}

/**
 * An Uitleg as lines of text, for the command line and the task pane alike:
 * `Restopgave Nieuwbouw tot 2030 = max(0; 445 − 290) = 155`, then one line per input
 * (`dekking = Realisatiestimulans 145 + 145 (Dekking!E4:F4)`), then the scenarios that were on.
 * Sums of many parts show the first ten.
 */
export function uitlegRegels(u: Uitleg): string[] {
  const waarde = getal(u.waarde, u.procent);
  const ingevuld = kort(u.ingevuld);
  const eerste = u.geenCijfer
    ? `${u.onderwerp}: ${u.formule}`
    : u.nietMeegeteld
      ? `${u.onderwerp} = ${waarde} (${u.formule})`
      : `${u.onderwerp} = ${ingevuld === waarde ? '' : `${ingevuld} = `}${waarde}`;
  const scenarios = u.scenarios.length ? [`scenario's aan: ${u.scenarios.join(', ')}`] : [];
  return [eerste, ...u.termen.map(termTekst), ...scenarios];
}
