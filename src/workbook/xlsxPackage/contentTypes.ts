import { attr, elements, escapeXml } from './xml';

export const CONTENT_TYPES = '[Content_Types].xml';
export const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** `[Content_Types].xml` with an Override for a part (path without `/`) added or replaced. */
export function setOverride(xml: string, part: string, contentType: string): string {
  const cleaned = removeOverrides(xml, [part]);
  const element = `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(contentType)}"/>`;
  const close = cleaned.lastIndexOf('</Types>');
  return cleaned.slice(0, close) + element + cleaned.slice(close);
}

/** `[Content_Types].xml` without the Overrides of these parts. */
export function removeOverrides(xml: string, parts: readonly string[]): string {
  const names = new Set(parts.map((p) => `/${p}`.toLowerCase()));
  let out = xml;
  for (const e of elements(xml, 'Override').reverse()) {
    if (names.has((attr(e.tag, 'PartName') ?? '').toLowerCase())) out = out.slice(0, e.start) + out.slice(e.end);
  }
  return out;
}
