// office.js for taskpane.html (issue 18). Two builds:
//
//   npm run build                      office.js from Microsoft's CDN (the default): nothing of it is
//                                      copied; the pane's script-src gets the CDN's origin
//   OFFICE_JS=local npm run build      office.js copied into dist/office-js/ for an intranet without
//                                      internet access: only the files Excel loads (excelFiles below);
//                                      script-src stays 'self'
//
// The setting may also come as `webpack --env OFFICE_JS=local` (and so from test/support/productionBuild.ts).
//
// Which files Excel loads, read from office.js's own loader (@microsoft/office-js 1.1.110, office.debug.js):
// - office.js itself;
// - one host script, `<host>-<platform>-<version>.js`, from the `_host_Info` Office passes the page
//   (e.g. Excel|Win32|16.01|nl-NL|…); a version above OSF.HostSpecificFileVersionMap's is lowered to it,
//   a lower one is kept. Excel on Windows, Mac and the web (the clients SharedRuntime 1.1 allows) →
//   excel-win32-16.0x.js, excel-mac-16.00.js, excel-web-16.00.js. Not the `-core` scripts (the
//   non-shared custom-functions runtime) nor iOS/Android/WinRT (no shared runtime there);
// - the strings `<locale>/office_strings.js` for Office's UI language, mapped by OSF.SupportedLocales
//   and OSF.AssociatedLocales, falling back to en-us: every locale those can yield;
// - o15apptofilemappingtable.js when there is no _host_Info (a browser opening the page directly);
// - telemetry/oteljs_agave.js (office.js, once ready) and ariatelemetry/aria-web-telemetry.js (the
//   host scripts' telemetry).
// Not copied: webauth/ (Excel on the web loads it for Office.auth's single sign-on only, which this
// add-in does not use), the *.debug.js files, the other hosts (Word, Outlook, PowerPoint, …).
const fs = require('fs');
const path = require('path');
const vm = require('vm');

/** Microsoft's address for office.js (Learn: "Referencing the Office JavaScript API library"). */
const CDN_ORIGIN = 'https://appsforoffice.microsoft.com';
const CDN_URL = `${CDN_ORIGIN}/lib/1/hosted/office.js`;
/** Where the local build puts office.js, relative to taskpane.html. */
const LOCAL_DIR = 'office-js';
const PACKAGE_DIR = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
/** The Excel platforms with the shared runtime (SharedRuntime 1.1): Windows, Mac, the web. */
const EXCEL_PLATFORMS = ['win32', 'mac', 'web'];

/** 'cdn' or 'local', from the build's env (webpack --env) or the process's environment; anything else refused. */
function officeJsMode(env = {}) {
  const value = (env.OFFICE_JS ?? process.env.OFFICE_JS ?? 'cdn').trim().toLowerCase() || 'cdn';
  if (value !== 'cdn' && value !== 'local') throw new Error(`OFFICE_JS must be "cdn" (the default) or "local", not "${value}"`);
  return value;
}

/** An object literal assigned in office.js (`OSF.<name>={…}`): it holds strings and booleans only. */
function loaderTable(source, name) {
  const match = new RegExp(`OSF\\.${name}=(\\{[^;]*?\\})(?=;|,OSF\\.)`).exec(source);
  if (!match || !/^[\w\s"'.:,{}-]+$/.test(match[1])) throw new Error(`office.js: OSF.${name} not found`);
  return vm.runInNewContext(`(${match[1]})`);
}

/** The files of `dir` (office.js's dist/) that office.js loads in Excel, as paths relative to `dir`. */
function excelFiles(dir = PACKAGE_DIR) {
  const source = fs.readFileSync(path.join(dir, 'office.js'), 'utf8');
  const versions = loaderTable(source, 'HostSpecificFileVersionMap').excel;
  const hostScripts = fs.readdirSync(dir).filter((file) => {
    const m = /^excel-([a-z0-9]+)-(\d+\.\d+)\.js$/.exec(file);
    return m && EXCEL_PLATFORMS.includes(m[1]) && parseFloat(m[2]) <= parseFloat(versions[m[1]]);
  });
  const locales = new Set([
    'en-us',
    ...Object.keys(loaderTable(source, 'SupportedLocales')),
    ...Object.values(loaderTable(source, 'AssociatedLocales')),
  ]);
  const files = [
    'office.js',
    ...hostScripts,
    ...[...locales].map((locale) => `${locale}/office_strings.js`),
    'o15apptofilemappingtable.js',
    'telemetry/oteljs_agave.js',
    'ariatelemetry/aria-web-telemetry.js',
  ];
  const missing = files.filter((file) => !fs.existsSync(path.join(dir, file)));
  if (missing.length) throw new Error(`@microsoft/office-js lacks ${missing.join(', ')}`);
  return files.sort();
}

/**
 * What the build needs for office.js: the script address for taskpane.html, the policy with the
 * CDN's origin in script-src (CDN build only), and the copy patterns (local build only).
 */
function officeJs(env) {
  const mode = officeJsMode(env);
  const local = mode === 'local';
  return {
    mode,
    src: local ? `${LOCAL_DIR}/office.js` : CDN_URL,
    /** `csp` (directives joined by "; ") with the CDN allowed to give scripts when office.js comes from it. */
    csp: (csp) => (local ? csp : csp.replace(/(^|; )script-src ([^;]*)/, `$1script-src $2 ${CDN_ORIGIN}`)),
    copyPatterns: local
      ? excelFiles().map((file) => ({
          from: path.join(PACKAGE_DIR, file),
          to: `${LOCAL_DIR}/${file}`,
          info: { minimized: true }, // already minified: keep Terser off them
        }))
      : [],
  };
}

module.exports = { officeJs, excelFiles, CDN_URL, CDN_ORIGIN, LOCAL_DIR };
