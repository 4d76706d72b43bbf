import { escapeXml, setAttr } from '../xml/escape';
import { childNamed, childrenNamed, prefixOf, readXml, replaceRanges, startTag } from '../xml/tree';

/**
 * docProps/app.xml with the worksheet titles `before` (as listed there, in order) replaced by
 * `after`, and the count of their heading pair with them. Unchanged when the part does not list
 * exactly those titles together (Excel rewrites it on saving anyway).
 */
export function renameTitles(xml: string, part: string, before: readonly string[], after: readonly string[]): string {
  const root = readXml(xml, part, 'Properties');
  const p = prefixOf(root.name);
  const [heading, titles] = [childNamed(root, p + 'HeadingPairs')?.children[0], childNamed(root, p + 'TitlesOfParts')?.children[0]];
  if (!heading || !titles) return xml;
  const vt = prefixOf(heading.name);
  const variants = childrenNamed(heading, `${vt}variant`);
  const lpstr = `${vt}lpstr`;
  const names = childrenNamed(titles, lpstr);
  let offset = 0;
  for (let k = 0; k + 1 < variants.length; k += 2) {
    const count = childNamed(variants[k + 1], `${vt}i4`);
    if (!count) return xml;
    const n = Number(count.text);
    const listed = names.slice(offset, offset + n).map((e) => e.text);
    if (n === before.length && listed.every((t, i) => t === before[i])) {
      const items = after.map((t) => `<${lpstr}>${escapeXml(t)}</${lpstr}>`).join('');
      const from = names[offset]?.start ?? names[offset - 1]?.end ?? titles.tagEnd;
      const to = names[offset + n - 1]?.end ?? from;
      return replaceRanges(xml, [
        { start: count.start, end: count.end, text: `<${vt}i4>${after.length}</${vt}i4>` },
        { start: titles.start, end: titles.tagEnd, text: setAttr(startTag(xml, titles), 'size', String(names.length - n + after.length)) },
        { start: from, end: to, text: items },
      ]);
    }
    offset += n;
  }
  return xml;
}
