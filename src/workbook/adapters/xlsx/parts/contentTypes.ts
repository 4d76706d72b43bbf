import { escapeXml } from '../xml/escape';
import { appendChild, childrenNamed, readXml, replaceRanges } from '../xml/tree';

export const CONTENT_TYPES = '[Content_Types].xml';
export const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** The content types of the package's Overrides (throws GeenWerkmap when the part is damaged). */
export function overrideTypes(xml: string): string[] {
  return childrenNamed(readXml(xml, CONTENT_TYPES, 'Types'), 'Override').map((e) => e.attrs.get('ContentType') ?? '');
}

/** `[Content_Types].xml` with an Override for a part (path without `/`) added or replaced. */
export function setOverride(xml: string, part: string, contentType: string): string {
  const cleaned = removeOverrides(xml, [part]);
  const element = `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(contentType)}"/>`;
  return appendChild(cleaned, CONTENT_TYPES, 'Types', element);
}

/** `[Content_Types].xml` without the Overrides of these parts. */
export function removeOverrides(xml: string, parts: readonly string[]): string {
  const names = new Set(parts.map((p) => `/${p}`.toLowerCase()));
  const drop = childrenNamed(readXml(xml, CONTENT_TYPES, 'Types'), 'Override').filter((e) =>
    names.has((e.attrs.get('PartName') ?? '').toLowerCase()),
  );
  return replaceRanges(
    xml,
    drop.map((e) => ({ start: e.start, end: e.end, text: '' })),
  );
}
