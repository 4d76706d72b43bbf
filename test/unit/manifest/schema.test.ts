/**
 * The manifests against Microsoft's XSD schemas (schemas/manifest/), offline: scripts/validate-manifest.mjs, run as
 * `npm run validate:xsd` would, in a child process (libxml2-wasm is an ES module). The development manifest (the
 * root manifest.xml), the production one the build writes from it, and copies broken in one place each, whose
 * problems must name the line where the break is.
 */
import { execFileSync, spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { built, developmentXml, root } from './buildManifest';

interface Problem {
  line: number;
  column: number;
  message: string;
}

const SCRIPT = path.join(root, 'scripts/validate-manifest.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nplv-manifest-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Writes each manifest to a file and validates them all in one run; the problems per name. */
function validate(manifests: Record<string, string>): Record<string, Problem[]> {
  const files = Object.keys(manifests).map((name) => path.join(dir, `${name}.xml`));
  Object.values(manifests).forEach((xml, i) => fs.writeFileSync(files[i], xml));
  const out = JSON.parse(execFileSync(process.execPath, [SCRIPT, '--json', ...files], { encoding: 'utf8' })) as Record<string, Problem[]>;
  return Object.fromEntries(Object.keys(manifests).map((name, i) => [name, out[files[i]]]));
}

/** The development manifest with `from` replaced by `to`, and the line (1-based) where the change is. */
function broken(from: string, to: string): { xml: string; line: number } {
  const at = developmentXml.indexOf(from);
  expect(at).toBeGreaterThan(-1);
  return { xml: developmentXml.replace(from, to), line: developmentXml.slice(0, at).split('\n').length };
}

const providerName = '<ProviderName>NPLV</ProviderName>\n  <DefaultLocale>nl-NL</DefaultLocale>';
const BREAKS = {
  // an element out of order: DefaultLocale before ProviderName
  outOfOrder: broken(providerName, '<DefaultLocale>nl-NL</DefaultLocale>\n  <ProviderName>NPLV</ProviderName>'),
  unknownElement: broken('<Permissions>', '<Rechten>Alles</Rechten><Permissions>'),
  badGuid: broken('<Id>f237c3db-', '<Id>g237c3db-'),
  missingVersion: broken(/ *<Version>[^<]*<\/Version>\n/.exec(developmentXml)![0], ''),
  badLifetime: broken('lifetime="long"', 'lifetime="altijd"'),
  notWellFormed: broken('</DefaultSettings>', '</DefaultSetting>'),
};

let results: Record<string, Problem[]>;
beforeAll(() => {
  results = validate({
    development: developmentXml,
    production: built({ production: true }),
    deployed: built({ production: true, addinUrl: 'https://intranet.example/nplv/', supportUrl: 'https://servicedesk.example/nplv' }),
    ...Object.fromEntries(Object.entries(BREAKS).map(([name, b]) => [name, b.xml])),
  });
}, 30_000);

test.each(['development', 'production', 'deployed'])('the %s manifest is valid', (name) => {
  expect(results[name]).toEqual([]);
});

test.each<[keyof typeof BREAKS, RegExp]>([
  ['outOfOrder', /Element 'DefaultLocale': This element is not expected\. Expected is \( ProviderName \)/],
  ['unknownElement', /Element 'Rechten': This element is not expected/],
  ['badGuid', /Element 'Id'.*'g237c3db-.*' is not accepted by the pattern/],
  ['missingVersion', /Element 'ProviderName': This element is not expected\. Expected is one of \( AlternateId, Version \)/],
  ['badLifetime', /Element 'Runtime', attribute 'lifetime'.*'altijd' is not an element of the set/],
  ['notWellFormed', /geen goedgevormde XML: .*DefaultSettings/],
])('a manifest with %s fails, and the message names the line', (name, message) => {
  const { line } = BREAKS[name];
  expect(results[name]).toEqual([expect.objectContaining({ message: expect.stringMatching(message) })]);
  // a missing element is reported at the next one, which moved up to the line where it stood
  expect(results[name][0].line).toBe(line);
});

test('npm run validate:xsd exits 1 on a broken manifest and prints FILE:LINE: message', () => {
  const file = path.join(dir, 'unknownElement.xml');
  const run = spawnSync(process.execPath, [SCRIPT, file], { encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain(`${file}:${BREAKS.unknownElement.line}: Element 'Rechten': This element is not expected.`);
});
