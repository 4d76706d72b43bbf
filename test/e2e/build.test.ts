import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { productionBuild } from '../support/productionBuild';
import { bereken, Dec, rijksdeel } from '../../src/engine';
import { seedInvoer } from '../unit/engine/seed';
import { DEKKING_SCENARIOS, DEKKING_TABEL, OPGAVE_SCENARIOS, OPGAVE_TABEL } from '../unit/functions/seedTables';
import { FakeError } from '../unit/functions/fakeRuntime';
import { builtFunctions } from '../support/builtFunctions';

const SOURCE = readFileSync(join(__dirname, '../../src/functions/functions.ts'), 'utf8');
const IDS = [
  'VERDEELSLEUTEL',
  'RIJKSDEEL',
  'RESTOPGAVE',
  'RESTRIJKSOPGAVE',
  'JAARLIJKS',
  'TOTAALBEELD',
  'SCENARIO',
  'VERSCHIL',
  'GEVOELIGHEID',
  'RIJKSBIJDRAGE',
  'KANSENZONE',
];

let dist: string;
beforeAll(async () => {
  dist = await productionBuild();
}, 120_000);

describe('functions.json, generated from the JSDoc at build time', () => {
  type Param = { name: string; description: string; type?: string; dimensionality?: string; optional?: boolean };
  type Meta = {
    functions: { id: string; name: string; description: string; parameters: Param[]; result: { type?: string; dimensionality?: string } }[];
  };
  const meta = () => JSON.parse(readFileSync(join(dist, 'functions.json'), 'utf8')) as Meta;

  it('holds the eight functions of FUNCTIONS.md, NPLV.SCENARIO (issue 7), NPLV.VERSCHIL (issue 17) and NPLV.GEVOELIGHEID (issue 19), and nothing was silently dropped', () => {
    expect(
      meta()
        .functions.map((f) => f.id)
        .sort(),
    ).toEqual([...IDS].sort());
    // Every @customfunction tag in the source made it (an arrow function would not).
    expect((SOURCE.match(/@customfunction\b/g) ?? []).length).toBe(meta().functions.length);
  });

  it('offers the scenario (issue 7): an optional range on TOTAALBEELD, and NPLV.SCENARIO for one figure, with IntelliSense help', () => {
    const fn = (id: string) => meta().functions.find((f) => f.id === id)!;
    const vorm = (p: Param) => [p.name, p.type, p.dimensionality ?? 'scalar', p.optional ?? false];
    expect(fn('TOTAALBEELD').parameters.map(vorm)).toEqual([
      ['opgave_tabel', 'any', 'matrix', false],
      ['dekking_tabel', 'any', 'matrix', false],
      ['periode', 'string', 'scalar', true],
      ['scenario', 'any', 'matrix', true],
      ['eenheid', 'string', 'scalar', true],
      ['decimalen', 'number', 'scalar', true],
    ]);
    expect(fn('TOTAALBEELD').parameters[3].description).toMatch(/scenario's die meetellen.*bereik/i);
    expect(fn('TOTAALBEELD').parameters[4].description).toMatch(/"mln" of "mld"/);
    expect(fn('SCENARIO').parameters.map(vorm)).toEqual([
      ['opgave_tabel', 'any', 'matrix', false],
      ['dekking_tabel', 'any', 'matrix', false],
      ['scenario', 'any', 'matrix', false],
      ['veld', 'string', 'scalar', true],
      ['periode', 'string', 'scalar', true],
      ['pijler', 'string', 'scalar', true],
    ]);
    expect(fn('SCENARIO').result).toEqual({ type: 'number' });
    expect(fn('SCENARIO').parameters[3].description).toMatch(/"restopgave" \(standaard\)/);
  });

  it('gives each function and each parameter a Dutch description', () => {
    for (const f of meta().functions) {
      expect(f.description).toMatch(/\b(de|het|een|van|als|wat)\b/i);
      for (const p of f.parameters) expect([f.id, p.name, p.description.length > 10]).toEqual([f.id, p.name, true]);
    }
  });
});

describe('dist/functions.js evaluated on its own, as the runtime does', () => {
  const load = () => builtFunctions(dist);

  it('registers every function through CustomFunctions.associate', () => {
    expect([...load().keys()].sort()).toEqual([...IDS].sort());
  });

  it('gives the values of FUNCTIONS.md', () => {
    const fns = load();
    const call = (id: string, ...args: unknown[]) => fns.get(id)!(...args);
    expect(call('RIJKSDEEL', [[445]], [['Nieuwbouw']])).toEqual([[222.5]]);
    expect(call('JAARLIJKS', [[2375]], 'tot 2030')).toEqual([[593.75]]);
    expect(call('RIJKSBIJDRAGE', 3800, 1000, null, null, null, null)).toBe(412.5);
    expect(call('KANSENZONE', 12000, 0.28, 0.51)).toBe(true);
    expect(call('VERDEELSLEUTEL', 'Nieuwbouw', null)).toBe(0.5);
    expect(call('RESTRIJKSOPGAVE', [[445]], [['Nieuwbouw']], [[145]], null)).toBe(77.5);
    expect(() => call('RIJKSDEEL', [['n.b.']], [[0.5]])).toThrow(FakeError);
    // Wbi naar rato (voorbeeld.json) on the example: the Rijksdekking of 2030 t/m 2035, 100 (golden.json) + 43.
    expect(call('SCENARIO', OPGAVE_SCENARIOS, DEKKING_SCENARIOS, [['Wbi naar rato']], 'rijksdekking', '2030 t/m 2035', null)).toBe(143);
    expect(() => call('SCENARIO', OPGAVE_SCENARIOS, DEKKING_SCENARIOS, [['Wbi']], null, null, null)).toThrow(FakeError);
    // Issue 17: Nieuwbouw tot 2030 445 → 545 raises the restopgave by 100.
    const nieuw = OPGAVE_TABEL.map((r) => (r[0] === 'tot 2030' && r[2] === 'Nieuwbouw' ? [...r.slice(0, 3), 545] : r));
    expect(call('VERSCHIL', OPGAVE_TABEL, DEKKING_TABEL, nieuw, DEKKING_TABEL, null, null, null)).toBe(100);
    // Issue 19: Nieuwbouw tot 2030 (445; 50%; Rijksdekking 145) +10 pp: the fysieke pijler 873,75 → 918,25.
    expect(call('GEVOELIGHEID', OPGAVE_TABEL, DEKKING_TABEL, 'Nieuwbouw', 10, 'pijler', 'tot 2030', null)).toBe(44.5);
  });

  it("gives the engine's numbers for a workbook's worth of input", () => {
    const fns = load();
    // 2.000 amounts with cents and 2.000 keys: RIJKSDEEL per cell against the engine's formula.
    const opgave = Array.from({ length: 2000 }, (_, i) => [((i * 7919) % 100000) / 100 + 1000 * (i % 13)]);
    const keys = Array.from({ length: 2000 }, (_, i) => [[0.3, 0.5, 0.65, 0.7, 0.75][i % 5]]);
    const expected = opgave.map(([o], i) => [rijksdeel(new Dec(String(o)), new Dec(String(keys[i][0]))).toNumber()]);
    expect(fns.get('RIJKSDEEL')!(opgave, keys)).toEqual(expected);
    // TOTAALBEELD on the seed tables against the engine on the seed rows.
    const u = bereken(seedInvoer());
    if (!u.ok) throw new Error('seed has errors');
    const table = fns.get('TOTAALBEELD')!(OPGAVE_TABEL, DEKKING_TABEL, null) as unknown[][];
    const totaal = u.resultaat.perioden[0].totaal;
    expect(table.find((r) => r[0] === 'Totale opgave')).toEqual([
      'Totale opgave',
      ...[totaal.opgave, totaal.dekking, totaal.restopgave, totaal.jaarlijkseRestopgave, totaal.restopgavePerOnderdeel].map((d) =>
        d.toNumber(),
      ),
    ]);
  });
});

describe('dist/, ready to sideload', () => {
  it('holds the manifest, taskpane.html loading office.js and both bundles, and the icons', () => {
    const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
    // The old-webview check, office.js (the local copy: productionBuild's default; officeJs.test.ts has the CDN build), then the bundles of the one shared runtime.
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^" >]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual(['oldWebview.js', 'office-js/office.js', 'taskpane.js', 'functions.js']);
    expect(readFileSync(join(dist, 'manifest.xml'), 'utf8')).toMatch(/<Namespace resid="[^"]+"\s*\/>/);
    expect(readFileSync(join(dist, 'assets/icon-32.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(join(dist, 'office-js/office.js'), 'utf8').length).toBeGreaterThan(1000);
  });

  it('writes the production manifest (issue 18): production Id and name, the Version of package.json, valid by the XSD schemas', () => {
    const file = join(dist, 'manifest.xml');
    const xml = readFileSync(file, 'utf8');
    const { version } = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(xml).toContain(`<Version>${version}.0</Version>`);
    expect(xml).toContain('<Id>85e245a9-0f7c-452b-97bd-c84cbb81fc47</Id>');
    expect(xml).toContain('<DisplayName DefaultValue="NPLV-opgave"/>');
    const run = spawnSync(process.execPath, [join(__dirname, '../../scripts/validate-manifest.mjs'), file], { encoding: 'utf8' });
    expect([run.status, run.stderr]).toEqual([0, '']);
  });

  it('gives taskpane.html a Content-Security-Policy before any script: no inline script, no eval, no other origins to connect to', () => {
    const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
    const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html);
    expect(meta).not.toBeNull();
    expect(meta!.index).toBeLessThan(html.indexOf('<script'));
    const policy = Object.fromEntries(
      meta![1]
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    expect(policy['script-src']).toEqual(["'self'"]); // office.js from the add-in itself (issue 13: no CDN); test/demo/csp.e2e.test.ts checks every page
    expect(policy['connect-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['default-src']).toEqual(["'self'"]);
  });
});
