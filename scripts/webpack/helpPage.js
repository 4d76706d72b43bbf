// The help page of the custom functions (issue 18): dist/help.html, one section per function
// (anchor = its id, help.html#RIJKSDEEL) saying what it computes, its arguments (with the choices
// of an enumerated one), its result, an example on the example workbook and its error values;
// and a helpUrl on every function of functions.json pointing at that section.
//
// Generated from the same JSDoc as functions.json, so the page cannot drift from the metadata:
// descriptions, parameter names and enumerations are read from functions.json as the metadata
// plugin emitted it; what the plugin does not carry over — @returns, @voorbeeld and @fout — from
// the JSDoc of src/functions/functions.ts itself, with the TypeScript parser the plugin uses.
//
//   @voorbeeld [setting, ]=NPLV.F(…) → result       the example; result a number (Dutch notation),
//                                                   WAAR/ONWAAR, cells "a | b" or a table's "rij X: a | b"
//   @fout #WAARDE! When it happens: =NPLV.F(…)      an error value, with a call that gives it
//
// The helpUrls are absolute (Excel opens them outside the add-in): baseUrl() of address.js, so
// they follow ADDIN_URL like the manifest. The page has no script and no inline style: its
// stylesheet is help.css beside it, and its Content-Security-Policy allows nothing else.
const fs = require('fs');
const path = require('path');
const ts = require('typescript');
const { Compilation, WebpackError, sources } = require('webpack');

const NAME = 'HelpPagePlugin';
const NAMESPACE = 'NPLV'; // manifest.xml's <Namespace>
const STYLESHEET = path.join(__dirname, 'help.css');
const CSP = ["default-src 'none'", "style-src 'self'", "img-src 'self'", "base-uri 'none'", "form-action 'none'", "object-src 'none'"].join(
  '; ',
);

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const esc = (text) => String(text).replace(/[&<>"]/g, (c) => ESCAPES[c]);

/** The tags of each @customfunction in `source` that functions.json leaves out, by function id. */
function jsdocExtras(sourceText, fileName) {
  const file = ts.createSourceFile(fileName, sourceText, ts.ScriptTarget.Latest, true);
  const extras = new Map();
  for (const node of file.statements) {
    if (!ts.isFunctionDeclaration(node)) continue;
    const tags = ts.getJSDocTags(node).map((t) => [t.tagName.text.toLowerCase(), (ts.getTextOfJSDocComment(t.comment) ?? '').trim()]);
    const id = tags.find(([name]) => name === 'customfunction')?.[1].split(/\s+/)[0];
    if (!id) continue;
    const all = (name) => tags.filter(([n]) => n === name).map(([, text]) => text);
    extras.set(id.toUpperCase(), {
      returns: all('returns')[0] ?? '',
      voorbeelden: all('voorbeeld').map(voorbeeld),
      fouten: all('fout').map(fout),
    });
  }
  return extras;
}

/** `[setting, ]=NPLV.F(…) → result`: its parts. */
function voorbeeld(text) {
  const m = /^(.*?)(=NPLV\.[A-Z]+\(.*\))\s+→\s+(.+)$/s.exec(text);
  if (!m) throw new Error(`@voorbeeld zonder "=NPLV.…(…) → uitkomst": ${text}`);
  return { setting: m[1].trim().replace(/:$/, ''), formula: m[2], result: m[3].trim() };
}

/** `#CODE When: =NPLV.F(…)`: its parts. */
function fout(text) {
  const m = /^(#\S+)\s+(.*?):\s+(=NPLV\.[A-Z]+\(.*\))$/s.exec(text);
  if (!m) throw new Error(`@fout zonder "#CODE wanneer: =NPLV.…(…)": ${text}`);
  return { code: m[1], when: m[2].trim(), formula: m[3] };
}

const syntax = (f) => `${NAMESPACE}.${f.name}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join('; ')})`;

function parameterItem(p, enums) {
  const choices = p.customEnumId ? enums.find((e) => e.id === p.customEnumId) : undefined;
  const list = choices
    ? `<p>Excel biedt tijdens het typen aan:</p><ul class="keuzes">${choices.values
        .map((v) => `<li><code>"${esc(v.stringValue)}"</code>${v.tooltip ? ` — ${esc(v.tooltip)}` : ''}</li>`)
        .join('')}</ul>`
    : '';
  return (
    `<dt><code>${esc(p.name)}</code>${p.optional ? ' <span class="optioneel">(optioneel)</span>' : ''}</dt>` +
    `<dd><p>${esc(p.description ?? '')}</p>${list}</dd>`
  );
}

function section(f, extra, enums) {
  const voorbeelden = extra.voorbeelden
    .map(
      (v) =>
        `<li class="voorbeeld">${v.setting ? `<p>${esc(v.setting)}:</p>` : ''}` +
        `<p><code class="formule">${esc(v.formula)}</code> → <output class="uitkomst">${esc(v.result)}</output></p></li>`,
    )
    .join('');
  const fouten = extra.fouten
    .map(
      (e) =>
        `<dt class="foutwaarde">${esc(e.code)}</dt>` +
        `<dd class="fout"><p>${esc(e.when)}, bijvoorbeeld <code class="formule">${esc(e.formula)}</code></p></dd>`,
    )
    .join('');
  return `
<section id="${esc(f.id)}" aria-labelledby="${esc(f.id)}-kop">
  <h2 id="${esc(f.id)}-kop">${NAMESPACE}.${esc(f.name)}</h2>
  <p class="syntaxis"><code>${esc(syntax(f))}</code></p>
  <p class="omschrijving">${esc(f.description ?? '')}</p>
  <h3>Argumenten</h3>
  <dl class="argumenten">${f.parameters.map((p) => parameterItem(p, enums)).join('')}</dl>
  <h3>Uitkomst</h3>
  <p>${esc(extra.returns)}</p>
  <h3>${extra.voorbeelden.length === 1 ? 'Voorbeeld' : 'Voorbeelden'}</h3>
  <ul class="voorbeelden">${voorbeelden}</ul>
  <h3>Foutwaarden</h3>
  <dl class="fouten">${fouten}</dl>
  <p class="terug"><a href="#inhoud">Terug naar het overzicht</a></p>
</section>`;
}

/** help.html for the functions of `meta` (functions.json) with the JSDoc `extras`. */
function helpPage(meta, extras) {
  const enums = meta.enums ?? [];
  const missing = meta.functions.filter((f) => !extras.has(f.id)).map((f) => f.id);
  if (missing.length > 0) throw new Error(`geen JSDoc gevonden voor ${missing.join(', ')}`);
  const inhoud = meta.functions
    .map((f) => `<li><a href="#${esc(f.id)}">${NAMESPACE}.${esc(f.name)}</a> — ${esc(f.description ?? '')}</li>`)
    .join('');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hulp bij de NPLV-functies</title>
<link rel="stylesheet" href="help.css">
</head>
<body>
<header>
  <h1>Hulp bij de NPLV-functies</h1>
  <p>De invoegtoepassing NPLV voegt aan Excel functies toe voor de investeringsopgave NPLV (Totaalbeeld opgave NPLV, januari 2026).
  U typt ze in een cel zoals SOM: <code>=${NAMESPACE}.</code> en Excel toont ze, met een uitleg bij elk argument.
  In de Nederlandse Excel scheidt u de argumenten met een puntkomma (<code>;</code>) en schrijft u decimalen met een komma;
  in de Engelse Excel met een komma en een punt. Argumenten tussen [haken] mag u weglaten.</p>
  <p>De voorbeelden gebruiken de voorbeeldwerkmap (<em>Voorbeeld invoegen</em> in het taakvenster, of <code>nplv voorbeeld</code>):
  de bladen Opgave (kopregel in rij 3) en Dekking, met de cijfers van het rapport in mln euro.</p>
  <p>Bij ongeldige invoer geeft een functie een foutwaarde in plaats van een verkeerd getal: <code>#WAARDE!</code> als een argument
  niet klopt, <code>#N/B</code> als iets wat de functie zoekt er niet is (een onderdeel, periode of scenario).
  De Nederlandse melding ziet u als u de cel aanwijst of op het waarschuwingsteken klikt.</p>
</header>
<nav id="inhoud" aria-label="Functies">
  <h2>Functies</h2>
  <ul>${inhoud}</ul>
</nav>
<main>${meta.functions.map((f) => section(f, extras.get(f.id), enums)).join('\n')}
</main>
</body>
</html>
`;
}

/** functions.json with each function's helpUrl (after its description, where the plugin puts a @helpurl). */
function withHelpUrls(meta, pageUrl) {
  const functions = meta.functions.map(({ description, helpUrl: _old, ...rest }) => ({
    description,
    helpUrl: `${pageUrl}#${rest.id}`,
    ...rest,
  }));
  return { ...meta, functions };
}

/**
 * After CustomFunctionsMetadataPlugin has emitted `metadata`: adds the helpUrls to it and
 * emits `page` (help.html) and its help.css. `baseUrl` is where dist/ is served, with a trailing slash.
 */
class HelpPagePlugin {
  constructor({ source, baseUrl, metadata = 'functions.json', page = 'help.html' }) {
    Object.assign(this, { source, baseUrl, metadata, page });
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.fileDependencies.add(this.source);
      compilation.fileDependencies.add(STYLESHEET);
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const asset = compilation.getAsset(this.metadata);
        if (!asset) return; // the metadata plugin has reported why
        try {
          const meta = JSON.parse(asset.source.source().toString());
          const extras = jsdocExtras(fs.readFileSync(this.source, 'utf8'), this.source);
          const updated = withHelpUrls(meta, this.baseUrl + this.page);
          compilation.updateAsset(this.metadata, new sources.RawSource(JSON.stringify(updated, null, 4)));
          compilation.emitAsset(this.page, new sources.RawSource(helpPage(updated, extras)));
          compilation.emitAsset('help.css', new sources.RawSource(fs.readFileSync(STYLESHEET)));
        } catch (e) {
          compilation.errors.push(new WebpackError(`${NAME}: ${e.message}`));
        }
      });
    });
  }
}

module.exports = { HelpPagePlugin, helpPage, jsdocExtras, CSP };
