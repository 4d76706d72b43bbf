import { attr, elements, escapeXml } from './xml';

/** One relationship of a part (`Id`, `Type`, `Target`). */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
  extendedProperties: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
} as const;

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels` */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a package path, relative to the part that has it. */
export function resolveTarget(part: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const segments = part.split('/').slice(0, -1);
  for (const s of target.split('/')) {
    if (s === '..') segments.pop();
    else if (s !== '.' && s !== '') segments.push(s);
  }
  return segments.join('/');
}

/** The relationships of a `.rels` part (undefined text = none). */
export function parseRels(xml: string | undefined): Relationship[] {
  if (xml === undefined) return [];
  return elements(xml, 'Relationship').map(({ tag }) => ({
    id: attr(tag, 'Id') ?? '',
    type: attr(tag, 'Type') ?? '',
    target: attr(tag, 'Target') ?? '',
    external: attr(tag, 'TargetMode') === 'External',
  }));
}

/** A `.rels` part with one relationship added. */
export function addRelationship(xml: string, rel: Omit<Relationship, 'external'>): string {
  const element = `<Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${escapeXml(rel.target)}"/>`;
  const close = xml.lastIndexOf('</Relationships>');
  if (close < 0) return xml.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${element}</Relationships>`);
  return xml.slice(0, close) + element + xml.slice(close);
}

/** A `.rels` part without the relationships `drop` picks. */
export function removeRelationships(xml: string, drop: (rel: Relationship) => boolean): string {
  const found = elements(xml, 'Relationship');
  let out = xml;
  for (const e of [...found].reverse()) {
    const [rel] = parseRels(e.tag);
    if (drop(rel)) out = out.slice(0, e.start) + out.slice(e.end);
  }
  return out;
}

/** An Id not used in `rels` (`rId7`). */
export function freeRelId(rels: readonly Relationship[]): string {
  const used = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}
