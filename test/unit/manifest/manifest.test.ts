/**
 * @jest-environment jsdom
 *
 * manifest.xml, checked offline (Microsoft's validator needs its online service and does not
 * catch an inconsistent shared-runtime resid). The second half breaks a copy of the manifest in
 * one place per case, to prove each check can fail.
 */
import fs from 'fs';
import path from 'path';
import { checkManifest } from './checkManifest';

const root = path.resolve(__dirname, '../../..');
const manifest = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const check = (xml: string): string[] => checkManifest(xml, { assetsDir: path.join(root, 'assets') });

/** The manifest with `from` replaced by `to`; fails if `from` is not in it. */
function broken(from: string, to: string): string {
  expect(manifest).toContain(from);
  return manifest.replace(from, to);
}

test('manifest.xml has no problems', () => {
  expect(check(manifest)).toEqual([]);
});

describe('the checker reports', () => {
  const taskpaneUrl = '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>';
  test.each<[string, () => string, RegExp]>([
    ['XML that is not well-formed', () => broken('</OfficeApp>', ''), /not well-formed/],
    ['an Id that is not a GUID', () => broken('<Id>f237c3db-', '<Id>xf237c3db-'), /not a GUID/],
    ['other permissions', () => broken('<Permissions>ReadWriteDocument', '<Permissions>ReadDocument'), /Permissions.*ReadDocument/],
    ['a missing SharedRuntime requirement', () => broken('<Set Name="SharedRuntime" MinVersion="1.1"/>', ''), /SharedRuntime/],
    [
      'an ExcelApi requirement below what the Office adapter uses',
      () => broken('<Set Name="ExcelApi" MinVersion="1.9"/>', '<Set Name="ExcelApi" MinVersion="1.7"/>'),
      /ExcelApi/,
    ],
    [
      'a resid without resource',
      () => broken('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Commands.Url"/>'),
      /"Commands\.Url" of <FunctionFile> names 0 resources/,
    ],
    ['a resource defined twice', () => broken(taskpaneUrl, taskpaneUrl + taskpaneUrl), /"Taskpane\.Url" of <Runtime> names 2 resources/],
    [
      'a resid pointing into the wrong resource list',
      () => broken('<Label resid="NPLV.Group.Label"/>', '<Label resid="GetStarted.Description"/>'),
      /of <Label> should name a resource in bt:ShortStrings/,
    ],
    [
      'an unused resource',
      () => broken(taskpaneUrl, taskpaneUrl + '<bt:Url id="Oud.Url" DefaultValue="https://x.nl/"/>'),
      /"Oud\.Url" is never used/,
    ],
    [
      'a custom functions page outside the shared runtime',
      () =>
        broken(
          '<Page>\n              <SourceLocation resid="Taskpane.Url"/>',
          '<Page>\n              <SourceLocation resid="Functions.Script.Url"/>',
        ),
      /custom functions <Page> uses resid "Functions\.Script\.Url"/,
    ],
    ['a short-lived runtime', () => broken('lifetime="long"', 'lifetime="short"'), /lifetime is not "long"/],
    [
      'another namespace',
      () => broken('id="Functions.Namespace" DefaultValue="NPLV"', 'id="Functions.Namespace" DefaultValue="CONTOSO"'),
      /namespace is "CONTOSO"/,
    ],
    [
      'a plain http URL',
      () => broken('"https://localhost:3000/functions.js"', '"http://localhost:3000/functions.js"'),
      /not https: "http:\/\/localhost:3000\/functions\.js"/,
    ],
    [
      'an icon that is not in assets/',
      () => broken('assets/icon-80.png', 'assets/icon-81.png'),
      /image "Icon\.80x80": no file in assets\//,
    ],
    ['an icon of the wrong size', () => broken('assets/icon-16.png', 'assets/icon-32.png'), /image "Icon\.16x16": .* is 32, not 16 px/],
    [
      'a string longer than Office allows',
      () => broken('DefaultValue="Herbereken"', `DefaultValue="${'Herbereken '.repeat(13)}"`),
      /"HerberekenButton\.Label" is longer than 125 characters/,
    ],
  ])('%s', (_what, breakIt, expected) => {
    expect(check(breakIt())).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });
});
