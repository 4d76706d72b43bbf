import { createTheme, type ITheme } from 'office-ui-fabric-react/lib/Styling';

/** The colours of Office's theme the pane follows (`Office.context.officeTheme`: `#RRGGBB`; absent where Office has none). */
export interface OfficeKleuren {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
}

/** The pane's own colours beside Fluent UI's (styles.ts reads them as CSS variables set on the pane). */
export interface PaneKleuren {
  tekst: string;
  /** Captions, notes, the state line: softer than the text, still readable. */
  zacht: string;
  lijn: string;
  achtergrond: string;
}

export interface PaneThema {
  kleuren: PaneKleuren;
  /** Fluent UI's theme made of Office's colours; undefined: Fluent UI's own (light). */
  fluent?: ITheme;
}

/** Without Office's theme (the demo, an older Office): Fluent UI's light colours. */
export const LICHT: PaneThema = { kleuren: { tekst: '#323130', zacht: '#484644', lijn: '#c8c6c4', achtergrond: '#ffffff' } };

type Rgb = [number, number, number];

const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const hex = (c: Rgb) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
const geldig = (kleur: string | undefined): kleur is string => kleur !== undefined && /^#[0-9a-f]{6}$/i.test(kleur);

/** `deel` of `voor` over `achter` (0: achter, 1: voor). */
function meng(voor: string, achter: string, deel: number): string {
  const [v, a] = [rgb(voor), rgb(achter)];
  return hex(v.map((x, i) => x * deel + a[i] * (1 - deel)) as Rgb);
}

// A dark background: its perceived brightness (ITU-R BT.709) below the middle.
const donker = (kleur: string) => {
  const [r, g, b] = rgb(kleur);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.5;
};

/**
 * The pane's colours from Office's theme (issue 18): the body's text on its background, the
 * controls' own pair for inputs, buttons and menus; the neutrals Fluent UI draws lines, hovers
 * and disabled text with mixed from the two body colours. On a dark background Fluent UI's
 * inverted colours (message bars) and a lighter blue for links, readable there; the primary
 * button keeps Office blue with white text. Colours Office does not give (or not as `#RRGGBB`):
 * Fluent UI's light theme, as without Office.
 */
export function paneThema(office: OfficeKleuren | undefined): PaneThema {
  const { bodyBackgroundColor: bg, bodyForegroundColor: fg } = office ?? {};
  if (!geldig(bg) || !geldig(fg)) return LICHT;
  const controlBg = geldig(office?.controlBackgroundColor) ? office.controlBackgroundColor : bg;
  const controlFg = geldig(office?.controlForegroundColor) ? office.controlForegroundColor : fg;
  const isInverted = donker(bg);
  const m = (deel: number) => meng(fg, bg, deel);
  const fluent = createTheme({
    isInverted,
    palette: {
      white: bg,
      neutralLighterAlt: m(0.03),
      neutralLighter: m(0.06),
      neutralLight: m(0.1),
      neutralQuaternaryAlt: m(0.14),
      neutralQuaternary: m(0.18),
      neutralTertiaryAlt: m(0.25),
      neutralTertiary: m(0.45),
      neutralSecondaryAlt: m(0.6),
      neutralSecondary: m(0.75),
      neutralPrimaryAlt: m(0.9),
      neutralPrimary: fg,
      neutralDark: fg,
      black: fg,
    },
    semanticColors: {
      bodyText: fg,
      bodySubtext: m(0.8),
      inputBackground: controlBg,
      inputText: controlFg,
      buttonBackground: controlBg,
      buttonText: controlFg,
      buttonTextHovered: controlFg,
      buttonBackgroundHovered: meng(controlFg, controlBg, 0.1),
      buttonBackgroundPressed: meng(controlFg, controlBg, 0.16),
      menuBackground: controlBg,
      menuItemText: controlFg,
      menuItemBackgroundHovered: meng(controlFg, controlBg, 0.1),
      // Office blue under white text (the palette's white is the background here).
      primaryButtonText: '#ffffff',
      primaryButtonTextHovered: '#ffffff',
      primaryButtonTextPressed: '#ffffff',
      ...(isInverted && { link: '#6cb8f6', linkHovered: '#82c7ff' }),
    },
  });
  return { fluent, kleuren: { tekst: fg, zacht: m(0.8), lijn: m(0.35), achtergrond: bg } };
}
