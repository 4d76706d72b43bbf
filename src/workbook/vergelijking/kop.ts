import type { Melding } from '../../engine';
import { cellAt } from '../../sheet';
import type { SheetGrid } from '../port';
import { VERGELIJKING } from '../sheetDefs';
import { plaatsVan } from '../totaalbeeld/meldingRows';
import type { VergelijkBron, VergelijkingMeta, VergelijkingRij } from './types';

/** The fixed order of substitution, as the sheet names it. */
export const VOLGORDE = "opgave → dekking → sleutels → structuur → scenario's";

const UITLEG_VOLGORDE = [
  `Volgorde van vervanging: ${VOLGORDE}.`,
  'Elk verschil in restopgave en rest. Rijksopgave is over zijn oorzaken verdeeld door de nieuwe invoer stap voor stap in de oude te zetten, in deze vaste volgorde; ' +
    'omdat de restopgave max(0; opgave − dekking) is, hangt die verdeling van de volgorde af. De delen tellen per regel exact op tot het verschil.',
  "Opgave: gewijzigde bedragen van regels in beide versies; Dekking: per bron (de Uitleg van een cel noemt ze); Sleutels: gewijzigde verdeelsleutels; " +
    "Structuur: regels toegevoegd of vervallen, gewijzigde perioden; Scenario's: scenario's aan- of uitgezet.",
];

/** `Oud: versie 'Totaalbeeld jan 2026'` or `Oud: bestand 'raming-jan.xlsx'`: the line that records what was compared with. */
export const oudRegel = (oud: VergelijkBron): string => (oud.soort === 'versie' ? `Oud: versie '${oud.label}'` : `Oud: bestand '${oud.naam}'`);

const OUD = /^Oud: (versie|bestand) '(.*)'$/;
const EERSTE_RIJEN = 10;

/** What an NPLV Vergelijking sheet says it compared with (its `Oud:` line among the first rows); undefined without one. */
export function leesOud(blad: SheetGrid): VergelijkBron | undefined {
  for (let row = 1; row <= EERSTE_RIJEN; row++) {
    const v = cellAt(blad, row, 1).value;
    const m = typeof v === 'string' ? OUD.exec(v) : null;
    if (m) return m[1] === 'versie' ? { soort: 'versie', label: m[2] } : { soort: 'bestand', naam: m[2] };
  }
  return undefined;
}

const namen = (scenarios: readonly string[]) => (scenarios.length > 0 ? scenarios.join(', ') : 'geen (basis)');

/**
 * The head: title and time, what was compared with what, the scenarios on in each (when either
 * has any), the fixed order of substitution and why it matters, the unit, and the warnings
 * (perioden only one version has, …).
 */
export function kopRows(meta: VergelijkingMeta, meldingen: readonly Melding[]): VergelijkingRij[] {
  const { oud, nieuw } = meta.scenarios;
  const scenarios = oud.length + nieuw.length > 0 ? [{ cells: [`Scenario's aan — oud: ${namen(oud)}; nieuw: ${namen(nieuw)}`] }] : [];
  return [
    { cells: [`${VERGELIJKING} — gemaakt ${meta.gemaaktOm}`], bold: true },
    { cells: [oudRegel(meta.oud)] },
    { cells: [`Nieuw: ${meta.nieuw}`] },
    ...scenarios,
    ...UITLEG_VOLGORDE.map((t) => ({ cells: [t] })),
    { cells: [`Bedragen in ${meta.eenheid}`] },
    ...meldingen.map((m) => ({ cells: [`${m.ernst === 'fout' ? 'Fout' : 'Waarschuwing'}: ${plaatsVan(m) ? plaatsVan(m) + ': ' : ''}${m.bericht}`] })),
  ];
}
