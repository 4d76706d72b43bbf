import { escapeXml } from '../xml/escape';
import { appendChild, childrenNamed, readXml, replaceRanges, type XmlElement } from '../xml/tree';

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

const relationship = (e: XmlElement): Relationship => ({
  id: e.attrs.get('Id') ?? '',
  type: e.attrs.get('Type') ?? '',
  target: e.attrs.get('Target') ?? '',
  external: e.attrs.get('TargetMode') === 'External',
});

const relationshipElements = (xml: string, part: string) => childrenNamed(readXml(xml, part, 'Relationships'), 'Relationship');

/** The relationships of a `.rels` part `part` (undefined text = none); throws GeenWerkmap when it is damaged. */
export function parseRels(xml: string | undefined, part: string): Relationship[] {
  return xml === undefined ? [] : relationshipElements(xml, part).map(relationship);
}

/** A `.rels` part with one relationship added. */
export function addRelationship(xml: string, part: string, rel: Omit<Relationship, 'external'>): string {
  const element = `<Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${escapeXml(rel.target)}"/>`;
  return appendChild(xml, part, 'Relationships', element);
}

/** A `.rels` part without the relationships `drop` picks. */
export function removeRelationships(xml: string, part: string, drop: (rel: Relationship) => boolean): string {
  const gone = relationshipElements(xml, part).filter((e) => drop(relationship(e)));
  return replaceRanges(
    xml,
    gone.map((e) => ({ start: e.start, end: e.end, text: '' })),
  );
}

/** An Id not used in `rels` (`rId7`). */
export function freeRelId(rels: readonly Relationship[]): string {
  const used = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}
