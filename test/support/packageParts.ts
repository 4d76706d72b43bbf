import { posix } from 'path';
import JSZip from 'jszip';
import { readXml, type XmlElement } from '../../src/workbook/adapters/xlsx/xml/tree';

/**
 * Reading an .xlsx package's parts and relationships back, independently of the writer's own
 * path logic (posix paths), to check what Excel checks when it opens a file: every
 * relationship resolves to a part, every part is reached from the root, every part has a
 * content type.
 */

export async function packageParts(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  return new Map(await Promise.all(files.map(async (f) => [f.name, await f.async('nodebuffer')] as const)));
}

export interface Rel {
  id: string;
  type: string;
  /** The target as a package path. */
  path: string;
  external: boolean;
}

const relsOf = (part: string) => posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);

/** A part's relationships (none without a .rels part). */
export function relationships(parts: Map<string, Buffer>, part: string): Rel[] {
  const rels = parts.get(relsOf(part));
  if (!rels) return [];
  return readXml(rels.toString('utf8'), relsOf(part), 'Relationships').children.map((e) => {
    const target = e.attrs.get('Target') ?? '';
    const external = e.attrs.get('TargetMode') === 'External';
    const path = external ? target : target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(part), target));
    return { id: e.attrs.get('Id') ?? '', type: (e.attrs.get('Type') ?? '').replace(/^.*\//, ''), path, external };
  });
}

/** A part parsed by the product's XML reader (throws on XML that is not well-formed). */
export const xmlOf = (parts: Map<string, Buffer>, part: string): XmlElement => readXml(parts.get(part)!.toString('utf8'), part);

const localOf = (e: XmlElement) => e.name.slice(e.name.indexOf(':') + 1);

/** The chart parts a sheet's drawing refers to, in its order: workbook → sheet → drawing → charts. */
export function sheetChartParts(parts: Map<string, Buffer>, sheet: string): string[] {
  const entry = xmlOf(parts, 'xl/workbook.xml').children.flatMap((c) => (localOf(c) === 'sheets' ? c.children : []));
  const id = [...entry.find((s) => s.attrs.get('name') === sheet)!.attrs].find(([n]) => n.endsWith(':id'))![1];
  const part = relationships(parts, 'xl/workbook.xml').find((r) => r.id === id)!.path;
  const drawing = relationships(parts, part).find((r) => r.type === 'drawing')!.path;
  return relationships(parts, drawing)
    .filter((r) => r.type === 'chart')
    .map((r) => r.path);
}

/** What breaks Excel's rules of a package: a relationship to a missing part, a part no relationship reaches, a part without a content type. */
export function packageProblems(parts: Map<string, Buffer>): string[] {
  const problems: string[] = [];
  const reached = new Set<string>();
  const visit = (part: string) => {
    for (const rel of relationships(parts, part)) {
      if (rel.external) continue;
      if (!parts.has(rel.path)) problems.push(`${part} ${rel.id} → ${rel.path}: no such part`);
      else if (!reached.has(rel.path)) {
        reached.add(rel.path);
        visit(rel.path);
      }
    }
  };
  visit('');
  const types = xmlOf(parts, '[Content_Types].xml');
  const overrides = new Set(types.children.filter((e) => e.name === 'Override').map((e) => (e.attrs.get('PartName') ?? '').slice(1)));
  const defaults = new Set(types.children.filter((e) => e.name === 'Default').map((e) => e.attrs.get('Extension')));
  for (const o of overrides) if (!parts.has(o)) problems.push(`[Content_Types].xml names ${o}: no such part`);
  for (const part of parts.keys()) {
    if (part === '[Content_Types].xml' || part.endsWith('.rels')) continue;
    if (!reached.has(part)) problems.push(`${part}: no relationship reaches it`);
    if (!overrides.has(part) && !defaults.has(posix.extname(part).slice(1))) problems.push(`${part}: no content type`);
  }
  return problems;
}
