import { MAX_CELLEN, MAX_RIJEN, teGroot } from '../../read/celLimiet';
import { GeenWerkmap } from './bestandssoort';

// After the name of a start tag: whitespace before its attributes, or its end.
const NA_NAAM = new Set([' ', '\t', '\n', '\r', '>', '/']);

/** How many start tags `<name …>` there are in `xml`; `leeg`: also those that close themselves (`<name/>`, `<name …/>`). */
function tags(xml: string, tag: string, leeg: boolean): number {
  let n = 0;
  for (let at = xml.indexOf(tag); at >= 0; at = xml.indexOf(tag, at + tag.length)) {
    if (!NA_NAAM.has(xml.charAt(at + tag.length))) continue;
    if (leeg || xml.charAt(xml.indexOf('>', at) - 1) !== '/') n++;
  }
  return n;
}

/**
 * The cell elements (`<c …>`, `<c/>`) and the rows holding any (`<row …>` not closed at once) of a
 * worksheet part, counted in its text before it is read: upper bounds of what a read keeps
 * (a start tag inside a comment counts too).
 */
export function celTelling(xml: string): { cellen: number; rijen: number } {
  const p = /<([A-Za-z_][\w.-]*:)?worksheet[\s>/]/.exec(xml)?.[1] ?? '';
  return { cellen: tags(xml, `<${p}c`, true), rijen: tags(xml, `<${p}row`, false) };
}

/**
 * Counts the cells and rows of the sheets a read takes, sheet after sheet, each before it is
 * read; throws GeenWerkmap (the sheet, its size and the bound, Dutch) when together they pass
 * `MAX_CELLEN` or `MAX_RIJEN`.
 */
export function celTeller(limiet = { cellen: MAX_CELLEN, rijen: MAX_RIJEN }): (blad: string, xml: string) => void {
  const gelezen = { cellen: 0, rijen: 0 };
  return (blad, xml) => {
    const telling = celTelling(xml);
    if (gelezen.cellen + telling.cellen > limiet.cellen)
      throw new GeenWerkmap(teGroot.cellen(blad, 'cellen met een waarde of opmaak', telling.cellen, gelezen.cellen, limiet.cellen));
    if (gelezen.rijen + telling.rijen > limiet.rijen)
      throw new GeenWerkmap(teGroot.cellen(blad, 'rijen met cellen', telling.rijen, gelezen.rijen, limiet.rijen));
    gelezen.cellen += telling.cellen;
    gelezen.rijen += telling.rijen;
  };
}
