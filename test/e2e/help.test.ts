import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { JSDOM } from 'jsdom';
import { productionBuild } from '../support/productionBuild';
import { leesFormule, nlGetal, type Cel, type Parameter, type Werkmap } from '../support/nplvFormule';
import { FakeError } from '../unit/functions/fakeRuntime';
import { builtFunctions } from '../support/builtFunctions';
import { voorbeeldWerkmap } from '../../src/voorbeeld/werkmap';
import { FYSIEK, SOCIAAL, STANDAARD_PERIODENAMEN } from '../../src/engine';
import { VELDEN } from '../../src/functions/scenario';
import { GEVOELIGHEID_VELDEN } from '../../src/functions/gevoeligheid';
import golden from '../../src/voorbeeld/golden.json';

/**
 * Issue 18, item 2: help.html built from the functions' JSDoc, every function's helpUrl into
 * it (following ADDIN_URL), and the enumerations of the fixed-choice arguments in functions.json.
 * The page's examples and error values are run through the built functions.js, as Excel calls it.
 */
const ADDIN_URL = 'https://intranet.example/nplv'; // no trailing slash: the build adds it

type Meta = {
  functions: { id: string; name: string; description: string; helpUrl?: string; parameters: (Parameter & { customEnumId?: string })[] }[];
  enums?: { id: string; type: string; values: { name: string; stringValue: string; tooltip: string }[] }[];
};

let dist: string;
let meta: Meta;
let page: Document;
beforeAll(async () => {
  const before = process.env.ADDIN_URL;
  process.env.ADDIN_URL = ADDIN_URL;
  try {
    dist = await productionBuild();
  } finally {
    if (before === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = before;
  }
  meta = JSON.parse(readFileSync(join(dist, 'functions.json'), 'utf8')) as Meta;
  page = new JSDOM(readFileSync(join(dist, 'help.html'), 'utf8')).window.document;
}, 300_000);

const fn = (id: string) => meta.functions.find((f) => f.id === id)!;
const section = (id: string) => page.getElementById(id)!;
const tekst = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

const functions = () => builtFunctions(dist);

/**
 * The example workbook (Voorbeeld invoegen), and the sheet Nieuw that NPLV.VERSCHIL's example
 * describes: a copy of Opgave with Nieuwbouw tot 2030 (D4) 545 instead of 445.
 */
function werkmap(): Werkmap {
  const w = voorbeeldWerkmap() as Werkmap;
  const nieuw = w.Opgave.map((r) => [...r]);
  expect(nieuw[3].slice(0, 4)).toEqual(['tot 2030', 'Fysiek', 'Nieuwbouw', 445]);
  nieuw[3][3] = 545;
  return { ...w, Nieuw: nieuw };
}

function roep(formule: string) {
  const { id, args } = leesFormule(formule, werkmap(), (f) => fn(f).parameters);
  return functions().get(id)!(...args);
}

const voorbeelden = () =>
  [...page.querySelectorAll('li.voorbeeld')].map((li) => ({
    id: li.closest('section')!.id,
    setting: tekst(li.querySelector('p:not(:last-child)')),
    formule: tekst(li.querySelector('code.formule')),
    uitkomst: tekst(li.querySelector('output.uitkomst')),
  }));

/** The result the page states against the function's value: a number, WAAR/ONWAAR, cells `a | b`, or a table's `rij X: a | b`. */
function vergelijk(uitkomst: string, waarde: unknown) {
  const rij = /rij (.+?): (.+)$/.exec(uitkomst);
  if (rij) {
    const gevonden = (waarde as unknown[][]).find((r) => r[0] === rij[1]);
    const getallen = rij[2].split('|').map(nlGetal);
    expect(gevonden?.slice(1, 1 + getallen.length)).toEqual(getallen);
  } else if (uitkomst === 'WAAR' || uitkomst === 'ONWAAR') {
    expect(waarde).toBe(uitkomst === 'WAAR');
  } else {
    const getallen = uitkomst.split('|').map(nlGetal);
    expect(getallen.every(Number.isFinite)).toBe(true);
    expect(Array.isArray(waarde) ? (waarde as unknown[][]).flat() : [waarde]).toEqual(getallen);
  }
}

describe('functions.json: a helpUrl on every function', () => {
  it("points at help.html#ID under ADDIN_URL, and that anchor is the function's section of help.html", () => {
    expect(meta.functions).toHaveLength(11);
    for (const f of meta.functions) {
      expect([f.id, f.helpUrl]).toEqual([f.id, `${ADDIN_URL}/help.html#${f.id}`]);
      const anchor = new URL(f.helpUrl!).hash.slice(1);
      expect([f.id, page.getElementById(anchor)?.tagName]).toEqual([f.id, 'SECTION']);
      expect(tekst(section(f.id).querySelector('h2'))).toBe(`NPLV.${f.name}`);
    }
  });
});

describe('functions.json: the enumerations Excel offers while typing', () => {
  const waarden = (id: string) => meta.enums!.find((e) => e.id === id)!.values.map((v) => v.stringValue);
  const enumVan = (id: string, param: string) => fn(id).parameters.find((p) => p.name === param)?.customEnumId;

  it('gives methode, veld, pijler and periode their enumeration, with a Dutch tooltip per value', () => {
    expect(
      Object.fromEntries(
        meta.functions.map((f) => [f.id, f.parameters.filter((p) => p.customEnumId).map((p) => `${p.name}:${p.customEnumId}`)]),
      ),
    ).toEqual({
      VERDEELSLEUTEL: ['pijler:Pijler'],
      RIJKSDEEL: [],
      RESTOPGAVE: ['methode:Methode'],
      RESTRIJKSOPGAVE: ['methode:Methode'],
      JAARLIJKS: ['periode_of_jaren:Periode'],
      TOTAALBEELD: ['periode:Periode'],
      SCENARIO: ['veld:Veld', 'periode:Periode', 'pijler:Pijler'],
      VERSCHIL: ['veld:VerschilVeld', 'periode:Periode', 'pijler:Pijler'],
      GEVOELIGHEID: ['veld:GevoeligheidVeld', 'periode:Periode', 'methode:Methode'],
      RIJKSBIJDRAGE: [],
      KANSENZONE: [],
    });
    for (const e of meta.enums!) {
      expect(e.type).toBe('string');
      for (const v of e.values) expect([e.id, v.stringValue, v.tooltip.length > 5]).toEqual([e.id, v.stringValue, true]);
    }
    expect(enumVan('SCENARIO', 'periode')).toBe('Periode');
  });

  it('offers what the model knows: both methods, the two pijlers, the standard perioden, the figures of NPLV.SCENARIO', () => {
    expect(waarden('Methode')).toEqual(['saldering', 'per onderdeel']); // FUNCTIONS.md
    expect(waarden('Pijler')).toEqual([FYSIEK, SOCIAAL]);
    expect(waarden('Periode')).toEqual(STANDAARD_PERIODENAMEN);
    expect([...waarden('Veld')].sort()).toEqual(VELDEN.map((v) => v.naam).sort());
    expect(waarden('VerschilVeld').every((v) => waarden('Veld').includes(v))).toBe(true);
    expect(waarden('GevoeligheidVeld')).toEqual(GEVOELIGHEID_VELDEN.map((v) => v.naam));
  });

  it('never offers a value the function refuses: each value in place of the argument in the example of its function', () => {
    const fns = functions();
    for (const f of meta.functions) {
      const [eerste] = voorbeelden().filter((v) => v.id === f.id);
      f.parameters.forEach((p, i) => {
        if (!p.customEnumId) return;
        for (const waarde of waarden(p.customEnumId)) {
          const { args } = leesFormule(eerste.formule, werkmap(), (id) => fn(id).parameters);
          args[i] = waarde;
          let fout = '';
          try {
            fns.get(f.id)!(...args);
          } catch (e) {
            fout = e instanceof FakeError ? `${e.code} ${e.message}` : String(e);
          }
          expect([f.id, p.name, waarde, fout]).toEqual([f.id, p.name, waarde, '']);
        }
      });
    }
  });
});

describe('help.html', () => {
  it('is a page without script or inline style, under a Content-Security-Policy, with its stylesheet beside it', () => {
    const html = readFileSync(join(dist, 'help.html'), 'utf8');
    expect(page.documentElement.lang).toBe('nl');
    const csp = page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/style-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src|unsafe/);
    expect(page.head.firstElementChild?.getAttribute('charset')).toBe('utf-8');
    expect(page.querySelectorAll('script, style, [style]')).toHaveLength(0);
    expect(html).not.toMatch(/\son[a-z]+=/i); // no event handler attributes
    expect(html).not.toMatch(/office\.js/);
    expect([...page.querySelectorAll('link[rel=stylesheet]')].map((l) => l.getAttribute('href'))).toEqual(['help.css']);
    expect(existsSync(join(dist, 'help.css'))).toBe(true);
  });

  it('lists every function, linking to its section', () => {
    const links = [...page.querySelectorAll('nav a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(meta.functions.map((f) => `#${f.id}`));
  });

  it('holds per function: its description, syntax and each parameter as functions.json names it, its result, example and errors', () => {
    for (const f of meta.functions) {
      const s = section(f.id);
      expect([f.id, tekst(s.querySelector('.omschrijving'))]).toEqual([f.id, f.description]);
      const syntaxis = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join('; ');
      expect(tekst(s.querySelector('.syntaxis'))).toBe(`NPLV.${f.name}(${syntaxis})`);
      const genoemd = [...s.querySelectorAll('dl.argumenten > dt > code')].map(tekst);
      expect([f.id, genoemd]).toEqual([f.id, f.parameters.map((p) => p.name)]);
      for (const p of f.parameters) expect(tekst(s.querySelector('dl.argumenten'))).toContain(p.description!);
      expect(s.querySelectorAll('li.voorbeeld').length).toBeGreaterThan(0);
      expect(s.querySelectorAll('dd.fout').length).toBeGreaterThan(0);
      expect([...s.querySelectorAll('h3')].map(tekst)).toEqual([
        'Argumenten',
        'Uitkomst',
        s.querySelectorAll('li.voorbeeld').length === 1 ? 'Voorbeeld' : 'Voorbeelden',
        'Foutwaarden',
      ]);
    }
    // the choices of an enumerated argument are on the page as well
    expect(tekst(section('RESTOPGAVE').querySelector('dl.argumenten'))).toContain('"per onderdeel"');
  });

  it('gives each example the value the built function returns for it on the example workbook', () => {
    const alle = voorbeelden();
    expect(new Set(alle.map((v) => v.id))).toEqual(new Set(meta.functions.map((f) => f.id)));
    for (const v of alle) {
      const waarde = roep(v.formule);
      expect([v.formule, typeof waarde]).not.toEqual([v.formule, 'undefined']);
      vergelijk(v.uitkomst, waarde);
    }
    expect(alle.find((v) => v.id === 'VERSCHIL')!.setting).toMatch(/blad Nieuw.*D4.*545/);
  });

  it('states the examples of FUNCTIONS.md with its values', () => {
    // FUNCTIONS.md (the functions' contract), its table's examples with their results
    const contract: [string, string][] = [
      ['=NPLV.VERDEELSLEUTEL("Nieuwbouw")', '0,5'],
      ['=NPLV.RIJKSDEEL(445; "Nieuwbouw")', '222,5'],
      ['=NPLV.RESTRIJKSOPGAVE(445; "Nieuwbouw"; 145)', '77,5'],
      ['=NPLV.JAARLIJKS(2375; "tot 2030")', '593,75'],
      ['=NPLV.RIJKSBIJDRAGE(3800; 1000)', '412,5'],
      ['=NPLV.KANSENZONE(12000; 28%; 51%)', 'WAAR'],
    ];
    const opPagina = voorbeelden().map((v) => [v.formule, v.uitkomst]);
    for (const regel of contract) expect(opPagina).toContainEqual(regel);
  });

  it("states the example workbook's figures of golden.json (the report's Tabel 2 tot 2030)", () => {
    const [tot2030] = golden.perioden;
    const fysiek = tot2030.pijlers.find((p) => p.pijler === 'Fysiek')!;
    const nl = (x: number) => x.toLocaleString('nl-NL', { maximumFractionDigits: 10 });
    const uitkomst = (formule: string) => voorbeelden().find((v) => v.formule === formule)?.uitkomst;
    expect(uitkomst('=NPLV.RIJKSDEEL(Opgave!D4:D8; Opgave!C4:C8)')).toBe(fysiek.onderdelen.map((o) => nl(o.rijksdeel)).join(' | '));
    expect(uitkomst('=NPLV.RESTOPGAVE(Opgave!D4:D8; Dekking!E4:F8)')).toBe(nl(fysiek.restopgave));
    expect(uitkomst('=NPLV.RESTRIJKSOPGAVE(Opgave!D4:D8; Opgave!C4:C8; Dekking!F4:F8)')).toBe(nl(fysiek.restRijksopgave));
    const t = tot2030.totaal;
    const totaal = [t.opgave, t.dekking, t.restopgave, t.jaarlijkseRestopgave, t.restopgavePerOnderdeel].map(nl).join(' | ');
    expect(uitkomst('=NPLV.TOTAALBEELD(Opgave!A3:F39; Dekking!A3:H27; "tot 2030")')).toMatch(new RegExp(`rij Totale opgave: ${totaal}$`));
  });

  it('gives each error value the code the built function answers with, for the call the page names', () => {
    const codes: Record<string, string> = { '#WAARDE!': '#VALUE!', '#N/B': '#N/A' };
    const fouten = [...page.querySelectorAll('dd.fout')];
    expect(fouten.length).toBeGreaterThanOrEqual(meta.functions.length);
    for (const dd of fouten) {
      const code = tekst(dd.previousElementSibling);
      const formule = tekst(dd.querySelector('code.formule'));
      let gekregen = 'geen fout';
      try {
        roep(formule);
      } catch (e) {
        gekregen = e instanceof FakeError ? e.code : String(e);
      }
      expect([formule, gekregen]).toEqual([formule, codes[code]]);
    }
  });
});

// The formula reader itself, on what the page uses.
describe('nplvFormule', () => {
  it('reads Dutch numbers, percentages, texts, omitted arguments and ranges', () => {
    const w: Werkmap = {
      Blad: [
        ['a', 1],
        [null, 2.5],
      ] as Cel[][],
    };
    const params = (n: number): Parameter[] =>
      Array.from({ length: n }, (_, i) => ({ name: `p${i}`, dimensionality: i === 5 ? 'matrix' : undefined }));
    expect(leesFormule('=NPLV.X(0,5; 28%; "a ""b"""; ; Blad!B2; Blad!A1:B2)', w, () => params(7)).args).toEqual([
      0.5,
      0.28,
      'a "b"',
      null,
      2.5,
      [
        ['a', 1],
        [null, 2.5],
      ],
      null,
    ]);
    expect(nlGetal('2.634,5')).toBe(2634.5);
  });
});
