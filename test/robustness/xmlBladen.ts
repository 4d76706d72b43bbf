import fc from 'fast-check';

/**
 * Random well-formed worksheet and shared-strings parts for the XML reader's tests, written
 * in every legal way the reader must follow: comments, processing instructions and CDATA
 * anywhere content may stand, odd white space around `=` and between attributes, both quotes,
 * character and entity references, a namespace prefix, inline and shared strings.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const wit = fc.constantFrom('', ' ', '  ', '\n', '\t', '\r\n', ' \n ');
const quote = fc.constantFrom('"', "'");
const tussenvoegsel = fc.constantFrom(
  '',
  '<!-- opmerking <c r="A1"><v>999999</v></c> -->',
  '<?nplv <c r="B2"><v>5400</v></c>?>',
  ' ',
  '\n',
);

/** Characters of texts, XML's special ones and some beyond ASCII among them. */
const teken = fc.constantFrom('a', 'B', ' ', '<', '>', '&', '"', "'", ']', 'é', '€', '\t', '\n', '\r\n', '😀', '_x0041_', '1', ',', '.');
export const tekst = fc.array(teken, { maxLength: 8 }).map((t) => t.join(''));

// A character of text as a reference or as itself (where XML allows itself).
function teken1(ch: string, keuze: number, inAttribuut: boolean): string {
  const code = ch.codePointAt(0)!;
  if (ch === '\r\n') return keuze % 2 === 0 ? '&#13;&#10;' : '\r\n';
  if (keuze % 3 === 0) return `&#${code};`;
  if (keuze % 3 === 1) return `&#x${code.toString(16)};`;
  const vast: Record<string, string> = { '<': '&lt;', '&': '&amp;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
  if (vast[ch]) return vast[ch];
  if (inAttribuut && (ch === '\t' || ch === '\n')) return `&#${code};`;
  return ch;
}

/** Text content written with references, CDATA sections, comments and PIs between its pieces. */
export const inhoud = fc
  .tuple(fc.array(fc.tuple(teken, fc.nat(5), tussenvoegsel), { maxLength: 8 }), fc.boolean())
  .map(([delen, cdata]) => {
    let out = '';
    for (const [ch, keuze, tussen] of delen) {
      if (cdata && keuze === 5 && ch !== '\r\n' && ch !== ']') out += `<![CDATA[${ch}]]>`;
      else out += teken1(ch, keuze, false);
      out += tussen;
    }
    return out;
  });

/** How a start tag's attributes are written: white space around `=` and between them, the quote, references in values. */
const attribuutStijl = fc.tuple(wit, wit, quote, fc.constantFrom(' ', '\n', '\t ', '  '), fc.nat(7)).map(
  ([voor, na, q, tussen, refs]): ((a: [string, string][]) => string) =>
    (attrs) =>
      attrs
        .map(
          ([n, w]) =>
            `${tussen}${n}${voor}=${na}${q}${[...w].map((ch, i) => ((i + refs) % 4 === 0 ? `&#${ch.codePointAt(0)};` : teken1(ch, 2, true))).join('')}${q}`,
        )
        .join(''),
);

interface Cel {
  r: boolean;
  type: 'n' | 's' | 'str' | 'inlineStr' | 'b' | 'e' | undefined;
  s: number | undefined;
  formule: boolean;
  waarde: number;
  tekst: string;
}

const cel = fc.record({
  r: fc.boolean(),
  type: fc.constantFrom<Cel['type']>(undefined, 'n', 's', 'str', 'inlineStr', 'b', 'e'),
  s: fc.option(fc.nat(4), { nil: undefined }),
  formule: fc.boolean(),
  waarde: fc.integer({ min: 0, max: 40 }),
  tekst: inhoud,
});

const GETALLEN = ['12', '-3.5', '1E3', ' 7 ', '.5', '+2', '0', '4.', '-0.25e-2', '\n8\n'];

const kolomLetters = (n: number) =>
  n <= 26 ? String.fromCharCode(64 + n) : String.fromCharCode(64 + Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));

/** A worksheet part: rows of cells, the cells' references given or left out, every value type, written in random legal ways. */
export const werkblad = (aantalStrings: number) =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.boolean(), fc.nat(3), fc.array(fc.tuple(cel, fc.nat(2)), { maxLength: 6 })), { maxLength: 7 }),
      fc.constantFrom('', 'x:'),
      fc.boolean(),
      fc.array(attribuutStijl, { minLength: 4, maxLength: 4 }),
      fc.array(tussenvoegsel, { minLength: 6, maxLength: 6 }),
    )
    .map(([rijen, p, declaratie, stijlen, tussen]) => {
      const ns = p === '' ? `xmlns="${MAIN}"` : `xmlns:x="${MAIN}"`;
      const [rijStijl, celStijl, fStijl] = stijlen;
      const t = (n: string) => `${p}${n}`;
      let rij = 0;
      const uit: string[] = [];
      for (const [metR, sprong, cellen] of rijen) {
        rij += 1 + sprong;
        const rijAttrs: [string, string][] = metR ? [['r', String(rij)]] : [];
        if (!metR) rij = rij - sprong; // without r the row follows the one before
        const cs: string[] = [];
        let kolom = 0;
        for (const [c, kolomSprong] of cellen) {
          kolom += 1 + (c.r ? kolomSprong : 0);
          const attrs: [string, string][] = [];
          if (c.r) attrs.push(['r', `${kolomLetters(kolom)}${rij}`]);
          if (c.s !== undefined) attrs.push(['s', String(c.s)]);
          if (c.type !== undefined) attrs.push(['t', c.type]);
          const f = c.formule ? `<${t('f')}${fStijl([])}>SUM(A1:B2)&amp;"x"${tussen[3]}</${t('f')}>` : '';
          let body = '';
          if (c.type === 'inlineStr')
            body =
              c.waarde % 2 === 0
                ? `<${t('is')}><${t('t')}>${c.tekst}</${t('t')}></${t('is')}>`
                : `<${t('is')}><${t('r')}><${t('t')}>${c.tekst}</${t('t')}></${t('r')}><${t('rPh')}><${t('t')}>fonetisch</${t('t')}></${t('rPh')}><${t('r')}><${t('t')} xml:space="preserve"> ${tussen[4]}</${t('t')}></${t('r')}></${t('is')}>`;
          else if (c.type === 's') body = `<${t('v')}>${c.waarde % Math.max(aantalStrings, 1)}</${t('v')}>`;
          else if (c.type === 'str') body = `<${t('v')}>${c.tekst}</${t('v')}>`;
          else if (c.type === 'b') body = `<${t('v')}>${['0', '1', 'true', 'false'][c.waarde % 4]}</${t('v')}>`;
          else if (c.type === 'e') body = `<${t('v')}>#N/A</${t('v')}>`;
          else if (c.waarde % 5 !== 4) body = `<${t('v')}>${GETALLEN[c.waarde % GETALLEN.length]}${tussen[5]}</${t('v')}>`;
          if (c.type === 's' && aantalStrings === 0) body = '';
          const inner = f + body;
          cs.push(
            inner === '' && c.waarde % 2 === 0 ? `<${t('c')}${celStijl(attrs)}/>` : `<${t('c')}${celStijl(attrs)}>${inner}</${t('c')}>`,
          );
        }
        uit.push(`<${t('row')}${rijStijl(rijAttrs)}>${cs.join(tussen[0])}</${t('row')}>`);
      }
      const kop = declaratie ? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' : '';
      const xml = `${kop}${tussen[1]}<${t('worksheet')} ${ns}><${t('dimension')} ref="A1"/>${tussen[2]}<${t('sheetData')}>${uit.join('\n')}</${t('sheetData')}></${t('worksheet')}>${tussen[0]}`;
      return xml;
    });

/** A shared-strings part: plain and rich items, phonetic runs, written in random legal ways. */
export const gedeeldeTeksten = fc.array(fc.tuple(inhoud, fc.nat(2), tussenvoegsel), { maxLength: 6 }).map((items) => {
  const si = items.map(([t, soort, tussen]) =>
    soort === 0
      ? `<si><t>${t}</t></si>`
      : soort === 1
        ? `<si><r><rPr><b/></rPr><t xml:space = 'preserve'>${t}</t></r>${tussen}<r><t>!</t></r></si>`
        : `<si><t>${t}</t><rPh sb="0" eb="1"><t>fon</t></rPh></si>`,
  );
  return { xml: `<?xml version="1.0"?><sst xmlns="${MAIN}" count="${si.length}">${si.join('')}</sst>`, aantal: si.length };
});
