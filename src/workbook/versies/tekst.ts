import { citaat } from '../messages';

/** Every text of the recorded versions the analyst reads, in one place. */
export const versieTekst = {
  geenLabel: () => 'een versie heeft een naam nodig (bijvoorbeeld "Totaalbeeld jan 2026")',
  labelBestaat: (label: string) => `er is al een versie ${citaat(label)} vastgelegd; kies een andere naam of verwijder die eerst`,
  labelTeLang: (max: number) => `de naam van een versie is ten hoogste ${max} tekens lang`,
  labelRegel: () => 'de naam van een versie staat op één regel: zonder regeleinde, tab of ander stuurteken',
  onbekend: (label: string, labels: readonly string[]) =>
    `er is geen versie ${citaat(label)} vastgelegd${labels.length > 0 ? `; vastgelegd zijn: ${labels.map(citaat).join(', ')}` : ''}`,
  geenVersies: () => 'deze werkmap heeft geen vastgelegde versies',
  labelOntbreekt: () => 'de versie heeft geen naam (kolom A is leeg of geen tekst)',
  dubbel: (label: string, rij: number) => `de versie ${citaat(label)} staat ook in rij ${rij}`,
  geenTijd: () => 'het tijdstip van vastleggen ontbreekt of is geen ISO-tijd (zoals 2026-01-15T10:30:00.000Z)',
  nieuwerFormaat: (formaat: number) =>
    `vastgelegd met een nieuwere versie van de invoegtoepassing (formaat ${formaat}; deze leest formaat 1); werk de invoegtoepassing bij om deze versie te lezen`,
  onbekendFormaat: (waarde: string) =>
    `onbekend formaat ${waarde} (deze invoegtoepassing leest formaat 1); de versie kan niet gelezen worden`,
  deelOntbreekt: () => 'een deel van de vastgelegde inhoud ontbreekt (een lege cel tussen de delen)',
  geenTekst: () => 'de cel hoort een deel van de vastgelegde inhoud (tekst) te bevatten',
  geenInhoud: () => 'de vastgelegde inhoud ontbreekt',
  /** `teken`: where the JSON goes wrong (the character's number in the cell), or that it ends too soon. */
  geenJson: (waar?: { teken: number } | 'te kort') =>
    `de vastgelegde inhoud is beschadigd (geen geldige JSON${waar === undefined ? '' : `: ${waar === 'te kort' ? 'de tekst houdt te vroeg op' : `fout bij teken ${waar.teken.toLocaleString('nl-NL')} van deze cel`}`})`,
  afwijking: (waarom: string) => `de vastgelegde inhoud is beschadigd: ${waarom}`,
};
