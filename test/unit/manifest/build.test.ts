/**
 * @jest-environment jsdom
 *
 * The development and the production manifest (scripts/webpack/manifest.js): the root manifest.xml is the
 * development one, `npm run build` writes the production one from it. Expected values come from the issue
 * (Version from package.json, an own Id and a name suffix for development, the help page as support address)
 * and from package.json, not from the module.
 */
import path from 'path';
import { checkManifest } from './checkManifest';
import { build, built, developmentXml, packageVersion, root } from './buildManifest';

const value = (xml: string, pattern: RegExp): string | undefined => pattern.exec(xml)?.[1];
const id = (xml: string) => value(xml, /<Id>([^<]*)<\/Id>/);
const displayName = (xml: string) => value(xml, /<DisplayName DefaultValue="([^"]*)"/);
const supportUrl = (xml: string) => value(xml, /<SupportUrl DefaultValue="([^"]*)"/);
const learnMoreUrl = (xml: string) => value(xml, /<bt:Url id="GetStarted\.LearnMoreUrl" DefaultValue="([^"]*)"/);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const production = built({ production: true });

test('the root manifest.xml is what the development build writes, and carries the Version of package.json', () => {
  expect(built({ production: false })).toBe(developmentXml);
  expect(value(developmentXml, /<Version>([^<]*)<\/Version>/)).toBe(`${packageVersion}.0`);
});

test('development and production have their own Id and name, and differ in nothing else', () => {
  expect([id(developmentXml), id(production)]).toEqual([expect.stringMatching(GUID), expect.stringMatching(GUID)]);
  expect(id(developmentXml)).not.toBe(id(production));
  expect(id(production)).toBe('85e245a9-0f7c-452b-97bd-c84cbb81fc47'); // the Id administrators have deployed
  expect(displayName(production)).toBe('NPLV-opgave');
  expect(displayName(developmentXml)).toBe('NPLV-opgave (ontwikkeling)');
  const changed = production.split('\n').filter((line, i) => line !== developmentXml.split('\n')[i]);
  expect(changed.map((line) => line.trim().replace(/[">].*$/, ''))).toEqual(['<Id', '<DisplayName DefaultValue=']);
});

test('both manifests pass the offline checks', () => {
  const check = (xml: string) => checkManifest(xml, { assetsDir: path.join(root, 'assets') });
  expect(check(developmentXml)).toEqual([]);
  expect(check(production)).toEqual([]);
});

test('Version is package.json version with a fourth number; a version the manifest cannot hold is refused in Dutch', () => {
  expect(built({ production: true, version: '2.13.4' })).toContain('<Version>2.13.4.0</Version>');
  expect(() => built({ production: true, version: '1.0.0-beta.1' })).toThrow(/1\.0\.0-beta\.1 past niet in het manifest/);
});

describe('the support address', () => {
  test('is the help page of the add-in by default, for SupportUrl and the GetStarted LearnMoreUrl alike', () => {
    expect([supportUrl(production), learnMoreUrl(production)]).toEqual([
      'https://localhost:3000/help.html',
      'https://localhost:3000/help.html',
    ]);
  });

  test('follows ADDIN_URL, which moves every address and the AppDomain', () => {
    const xml = built({ production: true, addinUrl: 'https://intranet.example/nplv' });
    expect([supportUrl(xml), learnMoreUrl(xml)]).toEqual([
      'https://intranet.example/nplv/help.html',
      'https://intranet.example/nplv/help.html',
    ]);
    expect(xml).not.toContain('localhost');
    expect(value(xml, /<AppDomain>([^<]*)<\/AppDomain>/)).toBe('https://intranet.example');
    expect(value(xml, /<SourceLocation DefaultValue="([^"]*)"/)).toBe('https://intranet.example/nplv/taskpane.html');
  });

  test('is SUPPORT_URL when that is set, wherever the add-in is served from', () => {
    const xml = built({ production: true, addinUrl: 'https://intranet.example/nplv/', supportUrl: 'https://servicedesk.example/nplv' });
    expect([supportUrl(xml), learnMoreUrl(xml)]).toEqual(['https://servicedesk.example/nplv', 'https://servicedesk.example/nplv']);
  });

  test.each([
    ['SUPPORT_URL', { supportUrl: 'http://servicedesk.example/' }, /SUPPORT_URL moet met https:\/\/ beginnen.*http:\/\/servicedesk/],
    ['SUPPORT_URL', { supportUrl: 'servicedesk' }, /SUPPORT_URL is geen geldig adres: servicedesk/],
    ['ADDIN_URL', { addinUrl: 'http://intranet.example/nplv/' }, /ADDIN_URL moet met https:\/\/ beginnen/],
  ])('refuses %s when it is no https address, with a Dutch message naming the setting', (_setting, options, message) => {
    expect(() => built({ production: true, ...options })).toThrow(message);
  });
});

test('the build refuses a root manifest whose development Id or name is gone, rather than writing a production manifest without them', () => {
  expect(() => built({ production: true }, developmentXml.replace(build.DEVELOPMENT_ID, build.PRODUCTION_ID))).toThrow(
    /ontwikkel-Id 0 keer/,
  );
  expect(() => built({ production: true }, developmentXml.replace(`NPLV-opgave${build.DEVELOPMENT_SUFFIX}"/>`, 'NPLV-opgave"/>'))).toThrow(
    /naam 0 keer/,
  );
});
