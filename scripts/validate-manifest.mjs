// Validates add-in manifests against the XSD schemas in schemas/manifest/ (Microsoft's, see its
// README), offline and without xmllint: libxml2 compiled to WebAssembly (libxml2-wasm).
// An ES module because libxml2-wasm is one; test/unit/manifest/schema.test.ts runs it as a child.
//
// Usage: node scripts/validate-manifest.mjs [--json] FILE...
//   prints FILE:LINE: message (FILE:LINE:COLUMN when libxml2 knows it) for each problem and exits 1 when there is one;
//   --json prints { "FILE": [{ "line", "column", "message" }] } instead (and exits 0).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XmlDocument, XsdValidator, XmlParseError, XmlValidateError } from 'libxml2-wasm';
import { xmlRegisterFsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';

xmlRegisterFsInputProviders(); // so the schema's xs:import of its sibling files is read from disk

const SCHEMA = fileURLToPath(new URL('../schemas/manifest/OfficeAppManifestV1_1.xsd', import.meta.url));

/** `{ns}Name` as Name: the line says where, the namespaces only make the message long. */
const readable = (message) => message.replace(/\{https?:[^}]*\}/g, '').trim();

/** The problems libxml2 reports for `file`, `[]` when it is valid. */
export function validateManifest(file, validator) {
  let doc;
  try {
    doc = XmlDocument.fromBuffer(fs.readFileSync(file), { url: file });
  } catch (error) {
    if (error instanceof XmlParseError) return problems(error, 'geen goedgevormde XML: ');
    throw error;
  }
  try {
    validator.validate(doc);
    return [];
  } catch (error) {
    if (error instanceof XmlValidateError) return problems(error, '');
    throw error;
  } finally {
    doc.dispose();
  }
}

function problems(error, prefix) {
  return (error.details ?? [{ message: error.message, line: 0, col: 0 }]).map((d) => ({
    line: d.line,
    column: d.col,
    message: prefix + readable(d.message),
  }));
}

function main(args) {
  const json = args[0] === '--json';
  const files = json ? args.slice(1) : args;
  if (files.length === 0) {
    console.error('Gebruik: node scripts/validate-manifest.mjs [--json] MANIFEST.xml ...');
    return 2;
  }
  const schemaDoc = XmlDocument.fromBuffer(fs.readFileSync(SCHEMA), { url: SCHEMA });
  const validator = XsdValidator.fromDoc(schemaDoc);
  const found = Object.fromEntries(files.map((file) => [file, validateManifest(file, validator)]));
  validator.dispose();
  schemaDoc.dispose();
  if (json) {
    console.log(JSON.stringify(found));
    return 0;
  }
  let failed = false;
  for (const [file, list] of Object.entries(found)) {
    if (list.length === 0) console.log(`${file}: geldig volgens ${path.basename(SCHEMA)}`);
    for (const p of list) console.error(`${file}:${p.line}${p.column ? `:${p.column}` : ''}: ${p.message}`);
    failed ||= list.length > 0;
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.exitCode = main(process.argv.slice(2));
}
