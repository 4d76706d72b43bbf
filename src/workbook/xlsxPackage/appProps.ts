import { elements, escapeXml, firstElement, runText } from './xml';

const text = (xml: string, e: { start: number; end: number; tag: string }) => runText(`<t>${xml.slice(e.start + e.tag.length, e.end - e.tag.length - 1)}</t>`, 0, Infinity);

/**
 * docProps/app.xml with the worksheet titles `before` (as listed there, in order) replaced by
 * `after`, and the count of their heading pair with them. Unchanged when the part does not list
 * exactly those titles together (Excel rewrites it on saving anyway).
 */
export function renameTitles(xml: string, before: readonly string[], after: readonly string[]): string {
  const [heading, titles] = [firstElement(xml, 'HeadingPairs'), firstElement(xml, 'TitlesOfParts')];
  const vt = /<([\w.-]+:)?vector/.exec(xml)?.[1] ?? '';
  if (!heading || !titles) return xml;
  const variants = elements(xml, `${vt}variant`, heading.start, heading.end);
  const lpstr = `${vt}lpstr`;
  const names = elements(xml, lpstr, titles.start, titles.end);
  let offset = 0;
  for (let k = 0; k + 1 < variants.length; k += 2) {
    const count = elements(xml, `${vt}i4`, variants[k + 1].start, variants[k + 1].end)[0];
    if (!count) return xml;
    const n = Number(text(xml, count));
    const listed = names.slice(offset, offset + n).map((e) => text(xml, e));
    if (n === before.length && listed.every((t, i) => t === before[i])) {
      const items = after.map((t) => `<${lpstr}>${escapeXml(t)}</${lpstr}>`).join('');
      const [from, to] = [names[offset]?.start ?? names[offset - 1]?.end ?? titles.start, names[offset + n - 1]?.end ?? names[offset - 1]?.end ?? titles.start];
      let out = xml.slice(0, from) + items + xml.slice(to);
      const vector = firstElement(out, `${vt}vector`, out.indexOf('TitlesOfParts'));
      if (vector) out = out.slice(0, vector.start) + vector.tag.replace(/size="\d+"/, `size="${names.length - n + after.length}"`) + out.slice(vector.start + vector.tag.length);
      return out.slice(0, count.start) + `<${vt}i4>${after.length}</${vt}i4>` + out.slice(count.end);
    }
    offset += n;
  }
  return xml;
}
