// Lints code snippets as if they were files of the project, with eslint.config.mjs.
// stdin: {"name": {"file": "src/engine/x.ts", "code": "..."}, ...}
// stdout: {"name": ["ruleId", ...], ...}
// A separate process because ESLint loads its flat config with import(), which jest's
// CommonJS sandbox refuses (no --experimental-vm-modules).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.mjs') });
const snippets = JSON.parse(readFileSync(0, 'utf8'));
const ruleIds = {};
for (const [name, { file, code }] of Object.entries(snippets)) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  ruleIds[name] = result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}
process.stdout.write(JSON.stringify(ruleIds));
