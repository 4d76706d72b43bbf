/** The character classes of XML 1.0 (fifth edition) and its references, for the reader. */

// ASCII: 1 = NameStartChar, 2 = NameChar only.
const ASCII = new Uint8Array(128).map((_, c) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 58 || c === 95 ? 1 : (c >= 48 && c <= 57) || c === 45 || c === 46 ? 2 : 0,
);

/** NameStartChar, for a code point (astral ones included). */
export function isNameStart(c: number): boolean {
  if (c < 0x80) return c >= 0 && ASCII[c] === 1;
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    (c >= 0x200c && c <= 0x200d) ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0xeffff)
  );
}

/** NameChar, for a code point. */
export function isNameChar(c: number): boolean {
  if (c < 0x80) return c >= 0 && ASCII[c] !== 0;
  return isNameStart(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || (c >= 0x203f && c <= 0x2040);
}

/** Char: what an XML 1.0 document may hold at all. */
export function isChar(c: number): boolean {
  return c === 9 || c === 10 || c === 13 || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

export const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * The reference starting with `&` at `at` (ending before `to`): its text and the index after
 * its `;`, or a Dutch reason why it is none (an entity not predefined, a malformed or
 * disallowed character reference).
 */
export function reference(xml: string, at: number, to: number): { text: string; next: number } | { fout: string } {
  const semi = xml.indexOf(';', at);
  if (semi < 0 || semi >= to || semi - at > 40) return { fout: 'een & die geen verwijzing begint (schrijf &amp;)' };
  const ref = xml.slice(at + 1, semi);
  if (ref[0] !== '#') {
    const text = PREDEFINED[ref];
    return text === undefined
      ? { fout: `de entiteit &${ref}; is onbekend (alleen &lt; &gt; &amp; &quot; &apos; bestaan zonder DTD)` }
      : { text, next: semi + 1 };
  }
  const code = /^#x[0-9A-Fa-f]+$/.test(ref) ? parseInt(ref.slice(2), 16) : /^#[0-9]+$/.test(ref) ? parseInt(ref.slice(1), 10) : NaN;
  if (!isChar(code)) return { fout: `&${ref}; is geen toegestaan teken` };
  return { text: String.fromCodePoint(code), next: semi + 1 };
}
