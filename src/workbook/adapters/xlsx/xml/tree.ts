import { END, START, TEXT, XmlReader } from './reader';

/** An element of a small part read whole, with its place in the text for patching. */
export interface XmlElement {
  name: string;
  /** Attribute values, decoded. */
  attrs: Map<string, string>;
  /** `<` of the start tag; after its `>`; after the end tag (= tagEnd when self-closed). */
  start: number;
  tagEnd: number;
  end: number;
  children: XmlElement[];
  /** The element's own text (its text children joined). */
  text: string;
}

/** The element whose START the reader is at, read whole (its end tag too). */
export function subtree(reader: XmlReader): XmlElement {
  const attrs = new Map<string, string>();
  for (let k = 0; k < reader.attrCount; k++) {
    const name = reader.xml.slice(reader.attrs.nameStart[k], reader.attrs.nameEnd[k]);
    attrs.set(name, reader.attr(name)!);
  }
  const element: XmlElement = {
    name: reader.name(),
    attrs,
    start: reader.start,
    tagEnd: reader.end,
    end: reader.end,
    children: [],
    text: '',
  };
  for (;;) {
    const kind = reader.next();
    if (kind === START) element.children.push(subtree(reader));
    else if (kind === TEXT) element.text += reader.text();
    else if (kind === END) {
      if (reader.end > element.tagEnd) element.end = reader.end;
      return element;
    }
  }
}

/** A reader at the root element of a part, and the root's namespace prefix; throws GeenWerkmap when the root is not `localName` (if given). */
export function openRoot(xml: string, part: string, localName?: string): { reader: XmlReader; prefix: string } {
  const reader = new XmlReader(xml, part);
  while (reader.next() !== START);
  const name = reader.name();
  const prefix = prefixOf(name);
  if (localName !== undefined && name !== prefix + localName)
    reader.fail(`is het hoofdelement <${name}>, geen <${localName}>`, reader.start);
  return { reader, prefix };
}

/** A whole part read and checked (throws GeenWerkmap naming `part`): its root element, which must be `localName` (if given). */
export function readXml(xml: string, part: string, localName?: string): XmlElement {
  const { reader } = openRoot(xml, part, localName);
  const root = subtree(reader);
  reader.finish();
  return root;
}

/** The namespace prefix of an element's name (`x:` of `x:worksheet`), usually ''. */
export function prefixOf(name: string): string {
  return name.slice(0, name.indexOf(':') + 1);
}

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((c) => c.name === name) : [];
}

export function childNamed(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

/** The start tag of an element as written. */
export function startTag(xml: string, element: XmlElement): string {
  return xml.slice(element.start, element.tagEnd);
}

/** Where an element's end tag starts (its end when self-closed). */
export function closeAt(xml: string, element: XmlElement): number {
  return element.end === element.tagEnd ? element.end : xml.lastIndexOf('</', element.end - 1);
}

/** The text between an element's start and end tag ('' when self-closed). */
export function innerXml(xml: string, element: XmlElement): string {
  return xml.slice(element.tagEnd, closeAt(xml, element));
}

/** The end tag of an element's name. */
export const endTag = (element: XmlElement): string => `</${element.name}>`;

/** `xml` with the ranges [start, end) replaced (ranges do not overlap). */
export function replaceRanges(xml: string, edits: { start: number; end: number; text: string }[]): string {
  let out = xml;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** A part with `element` added as the last child of its root (a self-closed root opened). */
export function appendChild(xml: string, part: string, rootName: string, element: string): string {
  const root = readXml(xml, part, rootName);
  if (root.end > root.tagEnd) return replaceRanges(xml, [{ start: closeAt(xml, root), end: closeAt(xml, root), text: element }]);
  return replaceRanges(xml, [{ start: root.start, end: root.end, text: `${startTag(xml, root).slice(0, -2)}>${element}${endTag(root)}` }]);
}
