// ESLint 9 flat config.
//
// - typescript-eslint's recommended rules, plus the Office add-in rules and the React rules of
//   eslint-plugin-office-addins (its `react` config), for all of src/ and test/.
// - prettier/prettier is switched off here: the office plugin would run Prettier inside ESLint
//   with its defaults. Prettier runs on its own with .prettierrc.json (`npm run lint` checks,
//   `npm run lint:fix` writes); eslint-config-prettier (inside the office config) keeps
//   ESLint's own formatting rules out of its way.
// - Architecture (ARCHITECTURE.md, "dependencies point inward only"):
//   src/sheet (the vocabulary of cells) imports nothing of ours;
//   src/engine may import decimal.js, its own files and src/sheet's index, nothing else;
//   src/workbook may not import the front ends (cli, taskpane, functions, voorbeeld, dev);
//   every layer is entered through its index: src/sheet/index.ts, src/engine/index.ts, and
//   src/workbook/index.ts (or node.ts, the Node-only adapters, for the command line and dev/).
//   test/lint/architecture.test.ts proves these rules fire.
import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';

const SOURCE_FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];

// The office plugin's configs register their own (older, nested) copy of the
// @typescript-eslint plugin and parser and the prettier plugin. ESLint refuses two different
// plugins under one name, so keep its rules and the office/react plugins, and let
// typescript-eslint (the project's own version) supply the parser and the @typescript-eslint
// plugin. Its catch-all block only lists .js/.ts files: widen it to .tsx too.
// Its office-addins/* rules guess Office.js proxy objects by method names (getCell, ...) and
// report ExcelJS code too, so they apply only to the files that use Office.js (OFFICE_JS_FILES).
const isOfficeRule = (name) => name.startsWith('office-addins/');

const officeReact = officeAddins.configs.react.map((block) => {
  if (!block.plugins?.['office-addins']) return block;
  const { files, plugins, rules = {} } = block; // languageOptions (the nested parser) dropped
  const { '@typescript-eslint': _nestedTs, prettier: _prettier, ...keptPlugins } = plugins;
  const { 'prettier/prettier': _formatting, ...keptRules } = rules;
  return {
    name: files ? 'office-addins/recommended' : 'office-addins/react-settings',
    ...(files && { files: SOURCE_FILES }),
    plugins: keptPlugins,
    rules: Object.fromEntries(Object.entries(keptRules).filter(([name]) => !isOfficeRule(name))),
    ...(block.settings && { settings: block.settings }),
  };
});

const OFFICE_JS_FILES = [
  'src/taskpane/**',
  'src/functions/**',
  'src/workbook/adapters/office/**', // the Office.js adapter
];

const officeJsRules = {
  name: 'office-addins/office-js-files',
  files: OFFICE_JS_FILES,
  rules: Object.fromEntries(
    officeAddins.configs.recommended.flatMap((block) => Object.entries(block.rules ?? {})).filter(([name]) => isOfficeRule(name)),
  ),
};

// --- imports point inward -----------------------------------------------------------------

const ENGINE_MESSAGE = 'src/engine is pure TypeScript + decimal.js: no Office, fs, React, ExcelJS or outer layers ' + '(ARCHITECTURE.md).';

/** A layer is entered through its index: a specifier that reaches a file inside `layer`. */
function viaIndex(layer, ways = ['index']) {
  return {
    regex: `^(\\./)?(\\.\\./)+${layer}/(?!(${ways.join('|')})$)`,
    message: `Import src/${layer} through its index (${ways.map((w) => `${layer}/${w}.ts`).join(' or ')}), not its files.`,
  };
}

const VIA_INDEX = [viaIndex('sheet'), viaIndex('engine')];
const FRONT_ENDS = ['cli', 'taskpane', 'functions', 'voorbeeld', 'dev'];

const OFFICE_GLOBALS = ['Office', 'Excel', 'OfficeExtension', 'CustomFunctions'];

/** Any specifier that is neither decimal.js nor relative ('./x', '../x', '.', '..'). */
const ENGINE_BARE = {
  regex: '^(?!decimal\\.js$)(?!\\.\\.?(/|$))',
  message: ENGINE_MESSAGE,
};

/**
 * A relative specifier that climbs out of src/engine from a file `depth` folders below it:
 * more than `depth` leading '../' (or '..' alone at that point).
 */
function engineEscape(depth) {
  return {
    regex: `^(\\./)?(\\.\\./){${depth}}\\.\\.(/|$)(?!sheet$)`,
    message: `${ENGINE_MESSAGE} This path leaves src/engine.`,
  };
}

/** Folder depths below src/engine with their own rule; deeper files get the depth-0 rule. */
const ENGINE_MAX_DEPTH = 8;

function engineImports(depth) {
  return {
    '@typescript-eslint/no-restricted-imports': ['error', { patterns: [ENGINE_BARE, engineEscape(depth), ...VIA_INDEX] }],
  };
}

const engineBlocks = [
  {
    name: 'nplv/engine-is-pure',
    files: ['src/engine/**'],
    rules: {
      ...engineImports(0), // the strictest: deeper files get their own depth below
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression', message: `No dynamic import(). ${ENGINE_MESSAGE}` },
        {
          // types such as Excel.Range: no-restricted-globals only sees values
          selector: "TSQualifiedName[left.type='Identifier']" + `[left.name=/^(${OFFICE_GLOBALS.join('|')})$/]`,
          message: ENGINE_MESSAGE,
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[...OFFICE_GLOBALS, 'window', 'document'].map((name) => ({
          name,
          message: ENGINE_MESSAGE,
        })),
      ],
    },
  },
  ...Array.from({ length: ENGINE_MAX_DEPTH }, (_, i) => i + 1).map((depth) => ({
    name: `nplv/engine-imports-depth-${depth}`,
    files: [`src/engine/${'*/'.repeat(depth)}*`],
    rules: engineImports(depth),
  })),
];

const workbookBlock = {
  name: 'nplv/workbook-points-inward',
  files: ['src/workbook/**'],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\./)?(\\.\\./)+(${FRONT_ENDS.join('|')})(/|$)`,
            message: `src/workbook may not import the front ends (${FRONT_ENDS.join(', ')}): ` + 'imports point inward (ARCHITECTURE.md).',
          },
          ...VIA_INDEX,
        ],
      },
    ],
  },
};

const sheetBlock = {
  name: 'nplv/sheet-imports-nothing-of-ours',
  files: ['src/sheet/**'],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: '^(\\./)?\\.\\.(/|$)',
            message: 'src/sheet is the vocabulary of cells every layer uses: it imports nothing of ours.',
          },
        ],
      },
    ],
  },
};

const BROWSER_FACES = ['src/taskpane/**', 'src/functions/**', 'src/voorbeeld/**', 'src/dev/fakeExcel/**'];

/** Faces enter the layers through their indexes; the browser's faces never load the Node adapters. */
const faceBlocks = [
  {
    name: 'nplv/faces-enter-through-the-index',
    files: FRONT_ENDS.map((face) => `src/${face}/**`),
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [viaIndex('workbook', ['index', 'node']), ...VIA_INDEX] }],
    },
  },
  {
    name: 'nplv/browser-faces-without-node-adapters',
    files: BROWSER_FACES,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            viaIndex('workbook'),
            ...VIA_INDEX,
            {
              regex: '^(\\./)?(\\.\\./)+(cli|taskpane)(/|$)',
              message: 'The pane, the functions and the in-memory Excel do not import the command line or each other.',
            },
          ],
        },
      ],
    },
  },
];

// --- ExcelJS is a test library ------------------------------------------------------------
// The command line writes and reads .xlsx files with the package adapter (adapters/xlsx) alone;
// exceljs is a dev dependency, not installed with the command line. Its adapter
// (adapters/exceljs) stays in src/workbook beside the others, because the tests run the port's
// contract on it and read our output with it; nothing else in src/ may load it or ExcelJS.
// (The core rule, not @typescript-eslint's, whose patterns the layer blocks above set per folder.)

const EXCELJS_MESSAGE =
  'ExcelJS is a dev dependency for the tests: src/ writes .xlsx files with adapters/xlsx ' +
  '(only adapters/exceljs, which the tests use, imports it).';

const exceljsForTests = {
  name: 'nplv/exceljs-only-for-tests',
  files: ['src/**'],
  ignores: ['src/workbook/adapters/exceljs/**', 'src/engine/**'], // the engine refuses every package but decimal.js already
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { regex: '(^|/)exceljs(/|$)', message: EXCELJS_MESSAGE }, // the package or its adapter's folder
        ],
      },
    ],
  },
};

// --- workbook text is never HTML or code (issue #6, security) --------------------------------

const HTML_MESSAGE = 'Workbook text must reach the page as text (React children, textContent), never as HTML.';
const htmlProperties = ['innerHTML', 'outerHTML', 'insertAdjacentHTML'].map((property) => ({ property, message: HTML_MESSAGE }));

const noHtmlOrEval = {
  name: 'nplv/no-html-or-eval',
  files: ['src/**'],
  // no-implied-eval only looks at globals ESLint knows of
  languageOptions: { globals: { setTimeout: 'readonly', setInterval: 'readonly', window: 'readonly', globalThis: 'readonly' } },
  rules: {
    'no-eval': 'error',
    'no-implied-eval': 'error',
    'no-new-func': 'error',
    'no-script-url': 'error',
    'react/no-danger': 'error',
    'no-restricted-properties': [
      'error',
      ...htmlProperties,
      { object: 'document', property: 'write', message: HTML_MESSAGE },
      { object: 'document', property: 'writeln', message: HTML_MESSAGE },
    ],
  },
};

export default [
  { ignores: ['dist/', 'build/', 'coverage/', '**/node_modules/'] },
  ...officeReact,
  officeJsRules,
  ...tseslint.configs.recommended,
  {
    name: 'nplv/source',
    files: SOURCE_FILES,
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    name: 'nplv/node-config-files',
    files: ['*.js', 'bin/**/*.js', 'scripts/**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        exports: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  noHtmlOrEval,
  ...engineBlocks,
  workbookBlock,
  sheetBlock,
  ...faceBlocks,
  exceljsForTests,
];
