// For `node -r`: runs the command line as after `npm install --omit=dev`, where ExcelJS (a dev
// dependency) is not installed: requiring it fails as a missing package does. On the process
// event 'nplv:report', writes to the file named by NPLV_REQUIRES the packages (not Node's own
// modules) that files of src/ required so far, and every package loaded from node_modules.
/* global require, process, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS hook for `node -r` */
const Module = require('module');
const { writeFileSync } = require('fs');
const path = require('path');

const SRC = path.resolve(__dirname, '../../../src') + path.sep;
const fromSrc = new Set();
const resolve = Module._resolveFilename;

Module._resolveFilename = function (request, parent, ...rest) {
  const bare = !request.startsWith('.') && !path.isAbsolute(request) && !Module.isBuiltin(request);
  if (bare && parent && parent.filename && parent.filename.startsWith(SRC)) fromSrc.add(request);
  if (/^exceljs(\/|$)/.test(request)) {
    const e = new Error(`Cannot find module '${request}'`);
    e.code = 'MODULE_NOT_FOUND';
    throw e;
  }
  return resolve.call(this, request, parent, ...rest);
};

const packageOf = (file) => /[\\/]node_modules[\\/]((@[^\\/]+[\\/])?[^\\/]+)/.exec(file)?.[1].replace('\\', '/');

// The report: when the script emits 'nplv:report' (after the commands, before any test of the guard itself).
process.once('nplv:report', () => {
  const loaded = new Set(Object.keys(require.cache).map(packageOf).filter(Boolean));
  writeFileSync(process.env.NPLV_REQUIRES, JSON.stringify({ fromSrc: [...fromSrc].sort(), loaded: [...loaded].sort() }));
});
