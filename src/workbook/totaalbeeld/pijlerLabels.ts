import { FYSIEK, SOCIAAL } from '../../engine';

// The seed's labels for the two pijlers (Tabel 2 and 3); other names are shown as they are.
const LABELS: Record<string, { opgave: string; rijk: string }> = {
  [FYSIEK]: { opgave: 'Fysieke pijler', rijk: 'Rijksopgave fysieke pijler' },
  [SOCIAAL]: { opgave: 'Sociaal-maatschappelijke pijler', rijk: 'Rijksopgave sociaal-maatsch.' },
};

export function pijlerLabel(pijler: string): { opgave: string; rijk: string } {
  return LABELS[pijler] ?? { opgave: pijler, rijk: `Rijksopgave ${pijler}` };
}
