/**
 * Offline checks of the add-in manifest (ARCHITECTURE.md, "Office facts"): what Microsoft's
 * validator does not check, or checks only online. Returns the problems found, `[]` when none.
 *
 * Uses the global DOMParser: run it in jest's jsdom environment.
 */
import fs from 'fs';
import path from 'path';

export interface CheckOptions {
  /** The folder that https://host/assets/ serves (the repository's assets/). */
  assetsDir: string;
}

interface Resource {
  id: string;
  /** Images, Urls, ShortStrings or LongStrings: the bt: list the resource stands in. */
  kind: string;
  value: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const NAMESPACE = 'NPLV';
const MAX_RESID = 32;
const MAX_LENGTH: Record<string, number> = { ShortStrings: 125, LongStrings: 250 };

/** The resource list that a resid on an element of this name must point into. */
const RESOURCE_KIND: Record<string, string> = {
  Image: 'Images',
  SourceLocation: 'Urls',
  Runtime: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Namespace: 'ShortStrings',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

/** Elements whose DefaultValue is a URL. */
const URL_ELEMENTS = ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'Url'];

export function checkManifest(xml: string, options: CheckOptions): string[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const parseError = doc.getElementsByTagName('parsererror')[0];
  if (parseError) return [`manifest is not well-formed XML: ${parseError.textContent}`];

  const elements = Array.from(doc.getElementsByTagName('*'));
  const resources = readResources(elements);
  return [
    ...checkApp(doc.documentElement, elements),
    ...checkResids(elements, resources),
    ...checkSharedRuntime(elements),
    ...checkNamespace(elements, resources),
    ...checkUrls(elements, resources),
    ...checkIcons(elements, resources, options.assetsDir),
  ];
}

function named(elements: Element[], localName: string): Element[] {
  return elements.filter((e) => e.localName === localName);
}

function readResources(elements: Element[]): Resource[] {
  return elements
    .filter((e) => e.hasAttribute('id') && e.parentElement?.parentElement?.localName === 'Resources')
    .map((e) => ({
      id: e.getAttribute('id') ?? '',
      kind: e.parentElement?.localName ?? '',
      value: e.getAttribute('DefaultValue') ?? '',
    }));
}

function checkApp(root: Element, elements: Element[]): string[] {
  const problems: string[] = [];
  if (root.localName !== 'OfficeApp' || root.getAttributeNS(XSI, 'type') !== 'TaskPaneApp') {
    problems.push('the root element is not <OfficeApp xsi:type="TaskPaneApp">');
  }
  const id = named(elements, 'Id')[0]?.textContent?.trim() ?? '';
  if (!GUID.test(id)) problems.push(`<Id> is not a GUID: "${id}"`);
  const permissions = named(elements, 'Permissions')[0]?.textContent?.trim();
  if (permissions !== 'ReadWriteDocument') {
    problems.push(`<Permissions> is "${permissions}", not ReadWriteDocument`);
  }
  if (!named(elements, 'Host').some((h) => h.getAttribute('Name') === 'Workbook')) {
    problems.push('no <Host Name="Workbook"/>: the add-in is not for Excel');
  }
  const sharedRuntime = named(elements, 'Set').find((s) => s.getAttribute('Name') === 'SharedRuntime');
  if (sharedRuntime?.getAttribute('MinVersion') !== '1.1') {
    problems.push('<Requirements> lacks <Set Name="SharedRuntime" MinVersion="1.1"/>');
  }
  // The Office adapter reads cell and column properties (ExcelApi 1.9).
  const excelApi = named(elements, 'Set').find((s) => s.getAttribute('Name') === 'ExcelApi');
  if (Number(excelApi?.getAttribute('MinVersion') ?? 0) < 1.9) {
    problems.push('<Requirements> lacks <Set Name="ExcelApi" MinVersion="1.9"/> (or higher)');
  }
  return problems;
}

function checkResids(elements: Element[], resources: Resource[]): string[] {
  const problems: string[] = [];
  const used = new Set<string>();
  for (const element of elements.filter((e) => e.hasAttribute('resid'))) {
    const resid = element.getAttribute('resid') ?? '';
    const where = `resid "${resid}" of <${element.localName}>`;
    used.add(resid);
    if (resid.length > MAX_RESID) problems.push(`${where} is longer than ${MAX_RESID} characters`);
    const matches = resources.filter((r) => r.id === resid);
    if (matches.length !== 1) {
      problems.push(`${where} names ${matches.length} resources, not exactly one`);
      continue;
    }
    const expected = RESOURCE_KIND[element.localName];
    if (expected && matches[0].kind !== expected) {
      problems.push(`${where} should name a resource in bt:${expected}, not bt:${matches[0].kind}`);
    }
  }
  for (const resource of resources) {
    if (!used.has(resource.id)) problems.push(`resource "${resource.id}" is never used`);
    const max = MAX_LENGTH[resource.kind];
    if (max && resource.value.length > max) {
      problems.push(`resource "${resource.id}" is longer than ${max} characters`);
    }
  }
  return problems;
}

/**
 * One shared runtime: Runtime, the custom functions' Page, FunctionFile and the task pane
 * button must all load the same page (resid), or the runtime silently does not load.
 */
function checkSharedRuntime(elements: Element[]): string[] {
  const problems: string[] = [];
  const runtimes = named(elements, 'Runtime');
  if (runtimes.length !== 1) problems.push(`${runtimes.length} <Runtime> elements, not one`);
  if (runtimes[0] && runtimes[0].getAttribute('lifetime') !== 'long') {
    problems.push('<Runtime> lifetime is not "long"');
  }
  const sourceOf = (parentName: string): Element | undefined =>
    named(elements, 'SourceLocation').find((s) => s.parentElement?.localName === parentName);
  const places: [string, Element | undefined][] = [
    ['<Runtime>', runtimes[0]],
    ['the custom functions <Page>', sourceOf('Page')],
    ['<FunctionFile>', named(elements, 'FunctionFile')[0]],
    ['the ShowTaskpane <Action>', sourceOf('Action')],
  ];
  const runtimeResid = runtimes[0]?.getAttribute('resid');
  for (const [place, element] of places) {
    const resid = element?.getAttribute('resid');
    if (!resid) problems.push(`${place} has no resid`);
    else if (resid !== runtimeResid) {
      problems.push(`${place} uses resid "${resid}", the shared runtime "${runtimeResid}"`);
    }
  }
  return problems;
}

function checkNamespace(elements: Element[], resources: Resource[]): string[] {
  const resid = named(elements, 'Namespace')[0]?.getAttribute('resid');
  const value = resources.find((r) => r.id === resid)?.value;
  return value === NAMESPACE ? [] : [`the custom functions namespace is "${value}", not ${NAMESPACE}`];
}

function checkUrls(elements: Element[], resources: Resource[]): string[] {
  const urls = [
    ...elements
      .filter((e) => URL_ELEMENTS.includes(e.localName) && e.hasAttribute('DefaultValue'))
      .map((e) => e.getAttribute('DefaultValue') ?? ''),
    ...resources.filter((r) => r.kind === 'Images').map((r) => r.value),
    ...named(elements, 'AppDomain').map((e) => e.textContent?.trim() ?? ''),
  ];
  return urls.filter((url) => !isHttps(url)).map((url) => `URL is not https: "${url}"`);
}

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Icon URLs point at existing PNGs in assets/ of the size the manifest says. */
function checkIcons(elements: Element[], resources: Resource[], assetsDir: string): string[] {
  const icons: [string, string, number][] = [
    ['<IconUrl>', named(elements, 'IconUrl')[0]?.getAttribute('DefaultValue') ?? '', 32],
    ['<HighResolutionIconUrl>', named(elements, 'HighResolutionIconUrl')[0]?.getAttribute('DefaultValue') ?? '', 64],
  ];
  for (const image of named(elements, 'Image').filter((e) => e.hasAttribute('resid'))) {
    const resid = image.getAttribute('resid') ?? '';
    const url = resources.find((r) => r.id === resid && r.kind === 'Images')?.value;
    if (url) icons.push([`image "${resid}"`, url, Number(image.getAttribute('size'))]);
  }
  const problems: string[] = [];
  for (const [what, url, size] of icons) {
    const file = assetFile(url, assetsDir);
    if (!file || !fs.existsSync(file)) {
      problems.push(`${what}: no file in assets/ for "${url}"`);
      continue;
    }
    const actual = pngSize(fs.readFileSync(file));
    if (actual !== size) problems.push(`${what}: ${url} is ${actual ?? 'not a square PNG'}, not ${size} px`);
  }
  return problems;
}

function assetFile(url: string, assetsDir: string): string | undefined {
  const match = isHttps(url) ? /^\/assets\/([^/]+)$/.exec(new URL(url).pathname) : null;
  return match ? path.join(assetsDir, match[1]) : undefined;
}

/** The side of a square PNG in pixels; undefined when it is not a PNG or not square. */
function pngSize(png: Buffer): number | undefined {
  const isPng = png.length >= 24 && png.toString('latin1', 1, 4) === 'PNG';
  if (!isPng) return undefined;
  const width = png.readUInt32BE(16);
  return width === png.readUInt32BE(20) ? width : undefined;
}
