// Lets `node -r test/cli/tsRegister.cjs src/cli/bin.ts …` run the command line from its
// TypeScript source, as a real process (exit code, stderr), without a build step.
/* global require */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS hook for `node -r` */
const { readFileSync } = require('fs');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
  });
  module._compile(outputText, filename);
};
