import { getTheme, mergeStyleSets } from 'office-ui-fabric-react/lib/Styling';
import { LICHT } from './thema';

// The pane's own colours: CSS variables the pane sets from Office's theme (App.tsx, thema.ts), light without one.
const tekst = `var(--nplv-tekst, ${LICHT.kleuren.tekst})`;
const zacht = `var(--nplv-zacht, ${LICHT.kleuren.zacht})`;
const lijn = `1px solid var(--nplv-lijn, ${LICHT.kleuren.lijn})`;

/** The pane's layout: one column for a pane 320–450 px wide. */
export const klassen = mergeStyleSets({
  pane: {
    boxSizing: 'border-box',
    minWidth: 0,
    maxWidth: 450,
    padding: '12px 12px 24px',
    fontFamily: getTheme().fonts.medium.fontFamily,
    fontSize: 14,
    display: 'flex',
    flexDirection: 'column',
    gap: 16,
    color: tekst,
    background: `var(--nplv-achtergrond, ${LICHT.kleuren.achtergrond})`,
  },
  kopRegel: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 8 },
  kop: { margin: 0, fontSize: 20, fontWeight: 600, display: 'flex', alignItems: 'center', gap: 8 },
  status: { margin: '4px 0 0', color: zacht },
  sectieKop: { margin: '0 0 8px', fontSize: 16, fontWeight: 600 },
  acties: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' },
  lijst: { listStyle: 'none', margin: '4px 0 8px', padding: '0 0 0 8px', fontSize: 13 },
  regel: { margin: '4px 0', overflowWrap: 'anywhere' },
  plaats: { fontFamily: 'Consolas, "Courier New", monospace' },
  tabel: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: 12,
    selectors: {
      'th, td': { padding: '3px 3px', textAlign: 'right', fontVariantNumeric: 'tabular-nums', hyphens: 'manual' },
      // In a 320 px pane the four amounts keep their width: a long pijler breaks (at its hyphen, else anywhere), in the row's weight.
      td: { whiteSpace: 'nowrap' },
      'tbody th': { fontWeight: 'inherit', overflowWrap: 'anywhere' },
      'th:first-child, td:first-child': { textAlign: 'left' },
      'thead th': { fontWeight: 600, borderBottom: lijn, verticalAlign: 'bottom' },
      caption: { textAlign: 'left', padding: '8px 0 4px', color: zacht },
    },
  },
  totaal: { fontWeight: 600, borderTop: lijn },
  toelichting: { margin: '6px 0 0', fontSize: 12, color: zacht },
  scenario: { margin: '6px 0 0', selectors: { label: { flex: 1, wordBreak: 'normal', overflowWrap: 'break-word' } } },
  regels: { fontWeight: 400, color: zacht },
  weergave: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 16 },
  vastleggen: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-end' },
  versie: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 4, margin: '2px 0' },
  versieNaam: { flex: 1, minWidth: 120, overflowWrap: 'anywhere' },
  knopRegel: { margin: '8px 0 12px' },
  periode: { display: 'block', fontSize: 11, color: zacht },
  uitlegKop: { margin: '0 0 4px', fontWeight: 600, overflowWrap: 'anywhere' },
  // The Zelftest's report: what is not ok stands out; syncs and time small.
  nietGoed: { fontWeight: 600 },
  klein: { fontSize: 11, color: zacht },
  onderdelen: { listStyle: 'disc', margin: '2px 0 4px', padding: '0 0 0 16px' },
});
