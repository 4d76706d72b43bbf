/**
 * WCAG 2.x contrast ratio of two colours (`#rrggbb` or `rgb(r, g, b)`, as a browser's computed
 * style gives them): (L1 + 0.05) / (L2 + 0.05) of their relative luminances. 4.5 is the least
 * for normal text (success criterion 1.4.3, level AA).
 */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function channels(kleur: string): number[] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(kleur);
  if (hex) return hex.slice(1).map((h) => parseInt(h, 16));
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*1)?\)$/.exec(kleur);
  if (rgb) return rgb.slice(1).map(Number);
  throw new Error(`contrast: no opaque colour '${kleur}'`);
}

function luminance(kleur: string): number {
  const [r, g, b] = channels(kleur).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
