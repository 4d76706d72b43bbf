import { rootPrefix, runText, startsElement, tagEnd } from './xml';

/** The strings of a shared-strings part (`<si>` items, rich text joined, phonetic runs left out). */
export function parseSharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const p = rootPrefix(xml, 'sst');
  const [open, close] = [`<${p}si`, `</${p}si>`];
  const strings: string[] = [];
  for (let i = xml.indexOf(open); i >= 0; i = xml.indexOf(open, i + 1)) {
    if (!startsElement(xml, i, open)) continue;
    const gt = tagEnd(xml, i);
    if (xml[gt - 1] === '/') {
      strings.push('');
      continue;
    }
    const end = xml.indexOf(close, gt);
    // Plain `<si><t>text</t></si>`, by far the most common, without the general walk.
    const t = `<${p}t>`;
    const closeT = xml.indexOf(`</${p}t>`, gt);
    if (xml.startsWith(t, gt + 1) && closeT + p.length + 4 === end) {
      strings.push(plain(xml.slice(gt + 1 + t.length, closeT)));
    } else strings.push(runText(xml, gt + 1, end, p));
    i = end;
  }
  return strings;
}

function plain(text: string): string {
  return text.indexOf('&') < 0 && text.indexOf('_x') < 0 ? text : runText(`<t>${text}</t>`, 0, text.length + 7);
}
