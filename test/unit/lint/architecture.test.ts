/**
 * The import rules of eslint.config.mjs ("dependencies point inward", ARCHITECTURE.md) really
 * fire: snippets are linted as if they were files in src/engine, src/workbook or a front end.
 */
import { execFileSync } from 'child_process';
import path from 'path';

interface Snippet {
  file: string;
  code: string;
}

const RESTRICTED = '@typescript-eslint/no-restricted-imports';
const ENGINE = 'src/engine/example.ts';
const WORKBOOK = 'src/workbook/example.ts';
const FRONT_ENDS = ['cli', 'taskpane', 'functions', 'voorbeeld', 'dev'];

/** The classic Office.js mistake: reading a proxy's property without load() and sync(). */
const OFFICE_READ_WITHOUT_SYNC =
  'export async function read(): Promise<unknown> {\n' +
  '  return Excel.run(async (context) => {\n' +
  "    const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1');\n" +
  '    return range.values;\n' +
  '  });\n' +
  '}\n';

const engineRefuses: Record<string, string> = {
  'a Node module': "import fs from 'fs';\nexport const f = fs;\n",
  'a node: module': "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n",
  ExcelJS: "import ExcelJS from 'exceljs';\nexport const f = ExcelJS;\n",
  React: "import React from 'react';\nexport const f = React;\n",
  'the workbook layer': "import { x } from '../workbook/x';\nexport const f = x;\n",
  'a re-export from outside': "export * from '../cli/main';\n",
  'anything above src/engine': "import { v } from '../../../package.json';\nexport const f = v;\n",
};

/** Who imports what: [file, specifier], and whether the rules let it (issue 14: faces enter a layer through its index). */
const LAYER_IMPORTS: Record<string, [string, string]> = {
  'a face reaches a file of the workbook layer': ['src/cli/example.ts', '../workbook/read/readInput'],
  'a face reaches a workbook adapter': ['src/dev/demo/example.ts', '../../workbook/adapters/memory/memoryWorkbook'],
  'a face reaches a file of the engine': ['src/functions/example.ts', '../engine/bereken/bereken'],
  'a face reaches a file of src/sheet': ['src/taskpane/state/example.ts', '../../sheet/address'],
  'the workbook layer reaches a file of src/sheet': ['src/workbook/read/example.ts', '../../sheet/address'],
  'the workbook layer reaches a file of the engine': ['src/workbook/totaalbeeld/example.ts', '../../engine/json'],
  'the engine reaches a file of src/sheet': ['src/engine/uitleg/example.ts', '../../sheet/address'],
  'the pane loads the Node adapters': ['src/taskpane/example.ts', '../workbook/node'],
  'the functions load the Node adapters': ['src/functions/example.ts', '../workbook/node'],
  'the in-memory Excel imports the pane': ['src/dev/fakeExcel/example.ts', '../../taskpane/state/selectie'],
  'src/sheet imports the engine': ['src/sheet/example.ts', '../engine'],
  'src/sheet imports the workbook layer': ['src/sheet/example.ts', '../workbook/port'],
};
const LAYER_IMPORTS_ALLOWED: Record<string, [string, string]> = {
  'a face through the workbook index': ['src/taskpane/components/example.tsx', '../../workbook'],
  'the command line through the Node adapters': ['src/cli/example.ts', '../workbook/node'],
  'the in-memory Excel through the sheet and workbook indexes': ['src/dev/fakeExcel/example.ts', '../../sheet'],
  'the engine through the sheet index': ['src/engine/uitleg/example.ts', '../../sheet'],
  'the workbook layer through the engine index': ['src/workbook/read/example.ts', '../../engine'],
  'src/sheet its own files': ['src/sheet/example.ts', './address'],
};
Object.assign(LAYER_IMPORTS, LAYER_IMPORTS_ALLOWED);

/** ExcelJS is a dev dependency for the tests (issue 14): in src/ only its adapter imports it, and nothing imports the adapter. */
const EXCELJS_IMPORTS: Record<string, [string, string]> = {
  'the workbook layer imports ExcelJS': [WORKBOOK, 'exceljs'],
  'the package adapter imports the ExcelJS adapter': ['src/workbook/adapters/xlsx/example.ts', '../exceljs/xlsxWorkbook'],
  'node.ts exports the ExcelJS adapter': ['src/workbook/node.ts', './adapters/exceljs/xlsxWorkbook'],
  'the command line imports ExcelJS': ['src/cli/example.ts', 'exceljs'],
  'the demo server imports ExcelJS': ['src/dev/demo/example.ts', 'exceljs/dist/es5'],
};
const EXCELJS_ALLOWED: Record<string, [string, string]> = {
  'the ExcelJS adapter imports ExcelJS': ['src/workbook/adapters/exceljs/example.ts', 'exceljs'],
};
Object.assign(EXCELJS_IMPORTS, EXCELJS_ALLOWED);

const snippets: Record<string, Snippet> = {
  ...Object.fromEntries(Object.entries(engineRefuses).map(([what, code]) => [`engine ${what}`, { file: ENGINE, code }])),
  'engine subfolder ../': {
    file: 'src/engine/rules/example.ts',
    code: "import { d } from '../decimal';\nexport const f = d;\n",
  },
  'engine subfolder ../../': {
    file: 'src/engine/rules/example.ts',
    code: "import { w } from '../../workbook/x';\nexport const f = w;\n",
  },
  'engine Office': {
    file: ENGINE,
    code: 'export function f(r: Excel.Range): unknown {\n  return [r, Office.context];\n}\n',
  },
  'engine import()': {
    file: ENGINE,
    code: "export const f = (): Promise<unknown> => import('exceljs');\n",
  },
  'engine allowed': {
    file: ENGINE,
    code: "import Decimal from 'decimal.js';\nimport { t } from './types';\n" + 'export const f = [Decimal, t];\n',
  },
  ...Object.fromEntries(
    FRONT_ENDS.flatMap((frontEnd) => [
      [`workbook ${frontEnd}`, { file: WORKBOOK, code: `import { x } from '../${frontEnd}/x';\nexport const f = x;\n` }],
      [
        `workbook subfolder ${frontEnd}`,
        {
          file: 'src/workbook/office/example.ts',
          code: `import { x } from '../../${frontEnd}/x';\nexport const f = x;\n`,
        },
      ],
    ]),
  ),
  'workbook allowed': {
    file: WORKBOOK,
    code: "import { e } from '../engine';\nimport { g } from './grid';\nexport const f = [e, g];\n",
  },
  ...Object.fromEntries(
    Object.entries(EXCELJS_IMPORTS).map(([what, [file, specifier]]) => [
      `exceljs ${what}`,
      { file, code: `import x from '${specifier}';\nexport const f = x;\n` },
    ]),
  ),
  ...Object.fromEntries(
    ['src/workbook/adapters/office/officeWorkbook.ts', 'src/taskpane/read.ts', 'src/workbook/adapters/exceljs/xlsxWorkbook.ts'].map(
      (file) => [`Office.js read in ${file}`, { file, code: OFFICE_READ_WITHOUT_SYNC }],
    ),
  ),
  ...Object.fromEntries(
    Object.entries({
      innerHTML: 'export function f(el: HTMLElement, text: string): void {\n  el.innerHTML = text;\n}\n',
      outerHTML: 'export const f = (el: HTMLElement): string => el.outerHTML;\n',
      insertAdjacentHTML: "export function f(el: HTMLElement, t: string): void {\n  el.insertAdjacentHTML('beforeend', t);\n}\n",
      'document.write': 'export function f(t: string): void {\n  document.write(t);\n}\n',
      eval: 'export const f = (t: string): unknown => eval(t);\n',
      'new Function': "export const f = (t: string): unknown => new Function('x', t);\n",
      'setTimeout with a string': 'export function f(t: string): void {\n  setTimeout(`run(${t})`, 0);\n}\n',
      dangerouslySetInnerHTML:
        "import React from 'react';\nexport const F = ({ t }: { t: string }) => <p dangerouslySetInnerHTML={{ __html: t }} />;\n",
      'text as React child': "import React from 'react';\nexport const F = ({ t }: { t: string }) => <p title={t}>{t}</p>;\n",
      textContent: 'export function f(el: HTMLElement, t: string): void {\n  el.textContent = t;\n}\n',
    }).map(([what, code]) => [
      `html ${what}`,
      { file: what.includes('React') || what.startsWith('danger') ? 'src/demo/Example.tsx' : 'src/taskpane/example.ts', code },
    ]),
  ),
  'cli imports workbook': {
    file: 'src/cli/example.ts',
    code: "import { w } from '../workbook';\nimport { n } from '../workbook/node';\nimport fs from 'fs';\nexport const f = [w, n, fs];\n",
  },
  ...Object.fromEntries(
    Object.entries(LAYER_IMPORTS).map(([what, [file, specifier]]) => [
      `layer ${what}`,
      { file, code: `import { x } from '${specifier}';\nexport const f = x;\n` },
    ]),
  ),
};

let ruleIds: Record<string, string[]>;

beforeAll(() => {
  const output = execFileSync(process.execPath, [path.join(__dirname, 'lintSnippets.mjs')], {
    input: JSON.stringify(snippets),
    encoding: 'utf8',
  });
  ruleIds = JSON.parse(output);
}, 60_000);

describe('src/engine imports only decimal.js and its own files', () => {
  test.each(Object.keys(engineRefuses))('refuses %s', (what) => {
    expect(ruleIds[`engine ${what}`]).toEqual([RESTRICTED]);
  });

  test('counts the folder depth: ../ stays inside from a subfolder, ../../ does not', () => {
    expect(ruleIds['engine subfolder ../']).toEqual([]);
    expect(ruleIds['engine subfolder ../../']).toEqual([RESTRICTED]);
  });

  test('refuses Office, in types and in values', () => {
    expect(ruleIds['engine Office']).toEqual(['no-restricted-syntax', 'no-restricted-globals']);
  });

  test('refuses dynamic import()', () => {
    expect(ruleIds['engine import()']).toEqual(['no-restricted-syntax']);
  });

  test('accepts decimal.js and its own relative files', () => {
    expect(ruleIds['engine allowed']).toEqual([]);
  });
});

describe('src/workbook does not import the front ends', () => {
  test.each(FRONT_ENDS)('refuses %s, from any folder depth', (frontEnd) => {
    expect(ruleIds[`workbook ${frontEnd}`]).toEqual([RESTRICTED]);
    expect(ruleIds[`workbook subfolder ${frontEnd}`]).toEqual([RESTRICTED]);
  });

  test('accepts the engine and its own files', () => {
    expect(ruleIds['workbook allowed']).toEqual([]);
  });
});

describe('ExcelJS is for the tests: in src/ only its adapter loads it', () => {
  test.each(Object.keys(EXCELJS_IMPORTS).filter((what) => !(what in EXCELJS_ALLOWED)))('refuses: %s', (what) => {
    expect(ruleIds[`exceljs ${what}`]).toEqual(['no-restricted-imports']);
  });
  test.each(Object.keys(EXCELJS_ALLOWED))('accepts: %s', (what) => {
    expect(ruleIds[`exceljs ${what}`]).toEqual([]);
  });
});

test('front ends may import the workbook layer (its index, and node.ts for the command line) and Node modules', () => {
  expect(ruleIds['cli imports workbook']).toEqual([]);
});

describe('a layer is entered through its index, and src/sheet imports nothing of ours', () => {
  const refused = Object.keys(LAYER_IMPORTS).filter((what) => !(what in LAYER_IMPORTS_ALLOWED));
  test.each(refused)('refuses: %s', (what) => {
    expect([...new Set(ruleIds[`layer ${what}`])]).toEqual([RESTRICTED]); // one or more of its patterns
  });
  test.each(Object.keys(LAYER_IMPORTS_ALLOWED))('accepts: %s', (what) => {
    expect(ruleIds[`layer ${what}`]).toEqual([]);
  });
});

describe('the office-addins rules check the Office.js code, not the ExcelJS code', () => {
  test.each(['src/workbook/adapters/office/officeWorkbook.ts', 'src/taskpane/read.ts'])('%s', (file) => {
    expect(ruleIds[`Office.js read in ${file}`]).toEqual(['office-addins/call-sync-before-read', 'office-addins/load-object-before-read']);
  });

  test('not in src/workbook/adapters/exceljs/xlsxWorkbook.ts (ExcelJS has look-alike names such as getCell)', () => {
    expect(ruleIds['Office.js read in src/workbook/adapters/exceljs/xlsxWorkbook.ts']).toEqual([]);
  });
});

describe('workbook text never becomes HTML or code (src/**)', () => {
  test.each([
    ['innerHTML', 'no-restricted-properties'],
    ['outerHTML', 'no-restricted-properties'],
    ['insertAdjacentHTML', 'no-restricted-properties'],
    ['document.write', 'no-restricted-properties'],
    ['eval', 'no-eval'],
    ['new Function', 'no-new-func'],
    ['setTimeout with a string', 'no-implied-eval'],
    ['dangerouslySetInnerHTML', 'react/no-danger'],
  ])('refuses %s', (what, rule) => {
    expect(ruleIds[`html ${what}`]).toEqual([rule]);
  });

  test.each(['text as React child', 'textContent'])('accepts %s', (what) => {
    expect(ruleIds[`html ${what}`]).toEqual([]);
  });
});
