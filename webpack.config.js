// Builds the add-in into dist/: taskpane.html loading office.js and the bundles of ONE shared
// runtime (taskpane, and functions once src/functions/functions.ts exists), functions.json
// generated from the functions' JSDoc with help.html beside it (scripts/webpack/helpPage.js), the
// icons and manifest.xml; and demo.html, the same pane
// bundle beside an in-memory Excel (npm run demo).
//
//   npm run build                 production build; dist/manifest.xml for https://localhost:3000/
//   ADDIN_URL=https://host/nplv/ npm run build   the same, the manifest pointing at that address
//   SUPPORT_URL=https://host/hulp npm run build  SupportUrl and LearnMoreUrl there (default: help.html)
//   npm run build:dev             development build: dist/manifest.xml with the development Id and name
//   OFFICE_JS=local npm run build  office.js copied into dist/office-js/ (Excel's files only) instead of
//                                 Microsoft's CDN: scripts/webpack/officeJs.js
//   npm run dev-server            serves https://localhost:3000/ (certificates: httpsServer)
// dist/manifest.xml: scripts/webpack/manifest.js (production or development Id, Version from package.json).
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { DefinePlugin } = require('webpack');
const { baseUrl } = require('./scripts/webpack/address');
const { HelpPagePlugin } = require('./scripts/webpack/helpPage');
const { manifestXml } = require('./scripts/webpack/manifest');
const { officeJs } = require('./scripts/webpack/officeJs');

const FUNCTIONS = path.resolve(__dirname, 'src/functions/functions.ts');

/**
 * The pages' Content-Security-Policy (taskpane.html and demo.html, the pages the build emits;
 * the functions and the ribbon's command run in taskpane.html, the shared runtime). Scripts only
 * from the add-in itself — and, in taskpane.html of the default build, from Microsoft's CDN for
 * office.js, which loads its helpers from that same place (officeJs().csp; with OFFICE_JS=local
 * they come from the add-in's office-js/ folder and script-src stays 'self'). office.js 1.1.110
 * never fetches MicrosoftAjax.js from ajax.aspnetcdn.com: that path is switched off, and its Excel
 * scripts define the parts of MicrosoftAjax they use themselves. Never inline or eval. Workbook
 * text can therefore never run as script, even if it reached the page as HTML.
 * Styles from the add-in's files, and inline only for an empty <style>: the hash of the empty
 * text. Fluent UI's merge-styles adds empty <style> elements and fills them through the CSSOM
 * (insertRule), which a policy does not govern; an injected <style> with any rule in it, or a
 * style="" attribute, is refused. No requests to other origins. See docs/security.md.
 */
const EMPTY_STYLE = `'sha256-${crypto.createHash('sha256').update('').digest('base64')}'`;
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${EMPTY_STYLE}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The certificates office-addin-dev-certs installs (Windows/Mac, via `npm start`), else
 * webpack-dev-server's own self-signed certificate.
 */
function httpsServer() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { ca: 'ca.crt', key: 'localhost.key', cert: 'localhost.crt' };
  if (!Object.values(files).every((file) => fs.existsSync(path.join(dir, file)))) return 'https';
  const options = {};
  for (const [key, file] of Object.entries(files)) {
    options[key] = fs.readFileSync(path.join(dir, file));
  }
  return { type: 'https', options };
}

module.exports = (env, argv) => {
  const hasFunctions = fs.existsSync(FUNCTIONS);
  const office = officeJs(env); // CDN, or OFFICE_JS=local
  return {
    context: __dirname,
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      demo: './src/dev/demo/index.tsx',
      ...(hasFunctions && { functions: FUNCTIONS }),
    },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            onlyCompileBundledFiles: true, // else it type-checks the tests too
            transpileOnly: true, // `npm test` type-checks (tsc --noEmit)
            compilerOptions: { module: 'es2020' }, // ES modules, so webpack can tree-shake
          },
        },
      ],
    },
    plugins: [
      // The add-in's version for the Zelftest's report (src/taskpane/office/zelftestOmgeving.ts): the manifest's, from package.json.
      new DefinePlugin({ NPLV_VERSIE: JSON.stringify(require('./package.json').version) }),
      ...(hasFunctions
        ? [
            new CustomFunctionsMetadataPlugin({ input: FUNCTIONS, output: 'functions.json' }),
            // help.html and help.css from the same JSDoc; every function's helpUrl points into it
            new HelpPagePlugin({ source: FUNCTIONS, baseUrl: baseUrl() }),
          ]
        : []),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: hasFunctions ? ['taskpane', 'functions'] : ['taskpane'],
        templateParameters: { csp: office.csp(CSP), officeJs: office.src }, // the policy first in <head>, then office.js
      }),
      // The demo (npm run demo): the in-memory Excel and its grid first, then the real bundles.
      new HtmlWebpackPlugin({
        filename: 'demo.html',
        template: './src/dev/demo/demo.html',
        chunks: hasFunctions ? ['demo', 'taskpane', 'functions'] : ['demo', 'taskpane'],
        chunksSortMode: 'manual',
        templateParameters: { csp: CSP }, // <meta http-equiv="Content-Security-Policy"> first in <head>
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
          { from: 'src/dev/demo/demo.css', to: 'demo.css' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => manifestXml(content.toString(), { production: argv.mode === 'production' }),
          },
          { from: 'src/taskpane/oldWebview.js', to: 'oldWebview.js', info: { minimized: true } }, // ES5 as written
          ...office.copyPatterns,
        ],
      }),
    ],
    performance: {
      hints: argv.mode === 'production' ? 'warning' : false,
      assetFilter: (file) => file.endsWith('.js') && !file.startsWith('office-js/'),
    },
    devServer: {
      port: 3000,
      server: httpsServer(),
      headers: { 'Access-Control-Allow-Origin': '*' },
    },
  };
};
