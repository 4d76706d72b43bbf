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
  'Opgave: gewijzigde bedragen van regels in beide versies; Dekking: per bron (de Uitleg van een cel noemt ze); Sleutels: gewijzigde verdeelsleutels; ' +
    "Structuur: regels toegevoegd of vervallen, gewijzigde perioden; Scenario's: scenario's aan- of uitgezet.",
];

/** `Oud: versie 'Totaalbeeld jan 2026'` or `Oud: bestand 'raming-jan.xlsx'`: the line that records what was compared with. */
export const oudRegel = (oud: VergelijkBron): string =>
  oud.soort === 'versie' ? `Oud: versie '${oud.label}'` : `Oud: bestand '${oud.naam}'`;

const OUD = /^Oud: (versie|bestand) '(.*)'$/;
const EERSTE_RIJEN = 10;

/** The scenarios on in each version, as the head names them. */
export type ScenariosPerVersie = VergelijkingMeta['scenarios'];

/** What an NPLV Vergelijking sheet's head records: what was compared with, and the scenarios on in each version (none when the head has no line for them). */
export interface VergelijkingKop {
  oud: VergelijkBron;
  /** Undefined when the head's scenario line cannot be read back (written otherwise). */
  scenarios?: ScenariosPerVersie;
}

// A name in quotes, a quote in it doubled (as in the Oud: line's Excel style): a name may hold `;`, `,` or `'`.
const citeer = (naam: string) => `'${naam.replace(/'/g, "''")}'`;
const GEEN = 'geen (basis)';
const namen = (scenarios: readonly string[]) => (scenarios.length > 0 ? scenarios.map(citeer).join(', ') : GEEN);
const NAAM = "'(?:[^']|'')*'";
const LIJST = `geen \\(basis\\)|${NAAM}(?:, ${NAAM})*`;
const SCENARIOS = new RegExp(`^Scenario's aan — oud: (${LIJST}); nieuw: (${LIJST})$`);
const SCENARIO_KOP = "Scenario's aan — ";
const uitLijst = (lijst: string) => [...lijst.matchAll(new RegExp(NAAM, 'g'))].map(([n]) => n.slice(1, -1).replace(/''/g, "'"));

/** `Scenario's aan — oud: 'Wbi naar rato', 'AZWA'; nieuw: geen (basis)`: the line that records the scenarios on in each version. */
export const scenarioRegel = ({ oud, nieuw }: ScenariosPerVersie): string => `${SCENARIO_KOP}oud: ${namen(oud)}; nieuw: ${namen(nieuw)}`;

// The text in column A of the first rows of the sheet.
const eersteRegels = (blad: SheetGrid) =>
  Array.from({ length: EERSTE_RIJEN }, (_, i) => cellAt(blad, i + 1, 1).value).filter((v): v is string => typeof v === 'string');

/** What an NPLV Vergelijking sheet says it compared with (its `Oud:` line among the first rows); undefined without one. */
export function leesOud(blad: SheetGrid): VergelijkBron | undefined {
  return leesKop(blad)?.oud;
}

/** What an NPLV Vergelijking sheet's head records (`Oud:` and `Scenario's aan —` lines among the first rows); undefined without an `Oud:` line. */
export function leesKop(blad: SheetGrid): VergelijkingKop | undefined {
  const regels = eersteRegels(blad);
  const m = regels.map((r) => OUD.exec(r)).find((x) => x);
  if (!m) return undefined;
  const oud: VergelijkBron = m[1] === 'versie' ? { soort: 'versie', label: m[2] } : { soort: 'bestand', naam: m[2] };
  const regel = regels.find((r) => r.startsWith(SCENARIO_KOP));
  if (regel === undefined) return { oud, scenarios: { oud: [], nieuw: [] } };
  const s = SCENARIOS.exec(regel);
  return s ? { oud, scenarios: { oud: uitLijst(s[1]), nieuw: uitLijst(s[2]) } } : { oud };
}

/**
 * The head: title and time, what was compared with what, the scenarios on in each (when either
 * has any), the fixed order of substitution and why it matters, the unit, and the warnings
 * (perioden only one version has, …).
 */
export function kopRows(meta: VergelijkingMeta, meldingen: readonly Melding[]): VergelijkingRij[] {
  const { oud, nieuw } = meta.scenarios;
  const scenarios = oud.length + nieuw.length > 0 ? [{ cells: [scenarioRegel(meta.scenarios)] }] : [];
  return [
    { cells: [`${VERGELIJKING} — gemaakt ${meta.gemaaktOm}`], bold: true },
    { cells: [oudRegel(meta.oud)] },
    { cells: [`Nieuw: ${meta.nieuw}`] },
    ...scenarios,
    ...UITLEG_VOLGORDE.map((t) => ({ cells: [t] })),
    { cells: [`Bedragen in ${meta.eenheid}`] },
    ...meldingen.map((m) => ({
      cells: [`${m.ernst === 'fout' ? 'Fout' : 'Waarschuwing'}: ${plaatsVan(m) ? plaatsVan(m) + ': ' : ''}${m.bericht}`],
    })),
  ];
}
