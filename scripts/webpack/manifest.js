// dist/manifest.xml, written by the build from manifest.xml at the root.
//
// manifest.xml at the root IS the development manifest: `npm start` sideloads it as it is, against
// the development server (https://localhost:3000/). It has its own Id and the name
// "NPLV-opgave (ontwikkeling)", so a developer can load it beside the production add-in.
// The build writes dist/manifest.xml from it:
//   - production (`npm run build`): the production Id and the name without the suffix;
//     development (`npm run build:dev`, the dev server): the development Id and name, as at the root;
//   - Version: package.json's version, 0.1.0 → 0.1.0.0 (`npm version` also writes it into the
//     root manifest, through the "version" script: node scripts/webpack/manifest.js --sync-version);
//   - every https://localhost:3000/ address: ADDIN_URL's (scripts/webpack/address.js);
//   - SupportUrl and the GetStarted LearnMoreUrl: the help page (address + help.html), or
//     SUPPORT_URL when set (an https address, e.g. the service desk's page).
const fs = require('fs');
const path = require('path');
const { DEV_URL, baseUrl, httpsAddress } = require('./address');

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST = path.join(ROOT, 'manifest.xml');

/** The Id administrators deploy; never changes, or Office sees a different add-in. */
const PRODUCTION_ID = '85e245a9-0f7c-452b-97bd-c84cbb81fc47';
/** The development manifest's Id (the root manifest.xml). */
const DEVELOPMENT_ID = 'f237c3db-a41e-46b0-bfb0-3f83bdca7411';
const DEVELOPMENT_SUFFIX = ' (ontwikkeling)';
const SUPPORT_PAGE = 'help.html';

/** package.json's version as the manifest's: three numbers get a fourth, 0; anything else is refused. */
function manifestVersion(version) {
  if (!/^\d{1,5}\.\d{1,5}\.\d{1,5}$/.test(version)) {
    throw new Error(`package.json's version ${version} past niet in het manifest: verwacht drie getallen, zoals 1.2.3 (wordt 1.2.3.0)`);
  }
  return `${version}.0`;
}

/** `xml` with the one match of `pattern` replaced; an error when it matches not exactly once. */
function replaceOnce(xml, pattern, replacement, what) {
  const matches = xml.match(new RegExp(pattern.source, 'g')) ?? [];
  if (matches.length !== 1) throw new Error(`manifest.xml: ${what} ${matches.length} keer gevonden, verwacht precies één keer`);
  return xml.replace(pattern, replacement);
}

function withVersion(xml, version) {
  return replaceOnce(xml, /<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`, '<Version>');
}

/** The production manifest's Id and name instead of the development ones. */
function asProduction(xml) {
  const id = replaceOnce(xml, new RegExp(`<Id>${DEVELOPMENT_ID}</Id>`), `<Id>${PRODUCTION_ID}</Id>`, 'het ontwikkel-Id');
  return replaceOnce(id, new RegExp(`(<DisplayName DefaultValue="[^"]*)${DEVELOPMENT_SUFFIX.replace(/[()]/g, '\\$&')}"`), '$1"', 'de naam');
}

/** SupportUrl and the LearnMoreUrl resource pointed at `url`. */
function withSupport(xml, url) {
  const support = replaceOnce(xml, /<SupportUrl DefaultValue="[^"]*"/, `<SupportUrl DefaultValue="${url}"`, '<SupportUrl>');
  return replaceOnce(support, /(<bt:Url id="GetStarted\.LearnMoreUrl" DefaultValue=")[^"]*"/, `$1${url}"`, 'GetStarted.LearnMoreUrl');
}

/**
 * dist/manifest.xml from the root's `xml`.
 * @param {string} xml the root manifest.xml
 * @param {{ production: boolean, addinUrl?: string, supportUrl?: string, version?: string }} options
 *   addinUrl and supportUrl default to the environment's ADDIN_URL and SUPPORT_URL, version to package.json's
 */
function manifestXml(xml, options) {
  const { production, addinUrl = process.env.ADDIN_URL, supportUrl = process.env.SUPPORT_URL, version = packageVersion() } = options;
  const base = baseUrl(addinUrl);
  let out = withVersion(production ? asProduction(xml) : xml, version);
  // the page URLs get the whole base, the AppDomain (no trailing slash) the origin alone
  out = out.replaceAll(DEV_URL, base).replaceAll(DEV_URL.slice(0, -1), new URL(base).origin);
  return withSupport(out, supportUrl ? httpsAddress('SUPPORT_URL', supportUrl) : base + SUPPORT_PAGE);
}

function packageVersion() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
}

// `node scripts/webpack/manifest.js --sync-version`: package.json's version into the root manifest.xml.
if (require.main === module && process.argv[2] === '--sync-version') {
  fs.writeFileSync(MANIFEST, withVersion(fs.readFileSync(MANIFEST, 'utf8'), packageVersion()));
  console.log(`manifest.xml: Version ${manifestVersion(packageVersion())}`);
}

module.exports = { DEVELOPMENT_ID, DEVELOPMENT_SUFFIX, PRODUCTION_ID, manifestVersion, manifestXml };
