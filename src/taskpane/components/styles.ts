import { getTheme, mergeStyleSets } from 'office-ui-fabric-react/lib/Styling';

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
  },
  kopRegel: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 8 },
  kop: { margin: 0, fontSize: 20, fontWeight: 600, display: 'flex', alignItems: 'center', gap: 8 },
  status: { margin: '4px 0 0', color: '#484644' },
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
      'th, td': { padding: '3px 4px', textAlign: 'right', fontVariantNumeric: 'tabular-nums', hyphens: 'manual' },
      'th:first-child, td:first-child': { textAlign: 'left' },
      'thead th': { fontWeight: 600, borderBottom: '1px solid #c8c6c4', verticalAlign: 'bottom' },
      caption: { textAlign: 'left', padding: '8px 0 4px', color: '#484644' },
    },
  },
  totaal: { fontWeight: 600, borderTop: '1px solid #c8c6c4' },
  toelichting: { margin: '6px 0 0', fontSize: 12, color: '#484644' },
  scenario: { margin: '6px 0 0', selectors: { label: { flex: 1, wordBreak: 'normal', overflowWrap: 'break-word' } } },
  regels: { fontWeight: 400, color: '#605e5c' },
  weergave: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 16 },
  vastleggen: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-end' },
  versie: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 4, margin: '2px 0' },
  versieNaam: { flex: 1, minWidth: 120, overflowWrap: 'anywhere' },
  uitlegKop: { margin: '0 0 4px', fontWeight: 600, overflowWrap: 'anywhere' },
});
