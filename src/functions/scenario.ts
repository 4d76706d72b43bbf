import { canonicalPijler, normalize, ZERO, type Cijfers, type Dec, type PeriodeResultaat } from '../engine';
import { asMatrix, type Matrix } from './args';
import { nietBeschikbaar, ongeldig } from './fail';
import { functionsTekst } from './messages';
import type { CellValue } from '../workbook';

/**
 * The scenario argument: one name or a range of names; empty cells (and an omitted argument)
 * are skipped, so no name at all is the base. Numbers are names too (a scenario "2030").
 */
export function scenarioNamen(arg: string, v: CellValue | Matrix | undefined): string[] {
  if (v === null || v === undefined) return [];
  return asMatrix(v).flatMap((row) =>
    row.flatMap((c) => {
      if (c === null || (typeof c === 'string' && c.trim() === '')) return [];
      if (typeof c === 'string') return [c.trim()];
      if (typeof c === 'number') return [String(c)];
      throw ongeldig(functionsTekst.geenScenario(arg, typeof c === 'boolean' ? (c ? 'WAAR' : 'ONWAAR') : c.error));
    }),
  );
}

type Veld = keyof Cijfers;

/** The figures NPLV.SCENARIO answers, by the names of the Totaalbeeld (Tabel 2/3) and their synonyms. */
export const VELDEN: readonly { naam: string; veld: Veld; perJaar?: true; ook?: readonly string[] }[] = [
  { naam: 'opgave', veld: 'opgave' },
  { naam: 'dekking', veld: 'dekking' },
  { naam: 'restopgave', veld: 'restopgave' },
  { naam: 'restopgave per jaar', veld: 'jaarlijkseRestopgave', perJaar: true, ook: ['jaarlijkse restopgave'] },
  { naam: 'restopgave per onderdeel', veld: 'restopgavePerOnderdeel' },
  { naam: 'rijksdeel', veld: 'rijksdeel', ook: ['rijksopgave'] },
  { naam: 'rijksdekking', veld: 'rijksdekking' },
  { naam: 'restrijksopgave', veld: 'restRijksopgave', ook: ['resterende rijksopgave'] },
  { naam: 'restrijksopgave per jaar', veld: 'jaarlijkseRestRijksopgave', perJaar: true, ook: ['jaarlijkse restrijksopgave'] },
  { naam: 'restrijksopgave per onderdeel', veld: 'restRijksopgavePerOnderdeel' },
  { naam: 'overschot', veld: 'overschot' },
];

/** A name as the choices match it: "Rest-Rijksopgave", "rest rijksopgave" and "restrijksopgave" are one name. */
export const naamSleutel = (naam: string) => normalize(naam).replace(/[\s\-_.]/g, '');

/**
 * One of `velden` by its name or a synonym (case, spaces and dashes do not matter); another name
 * is #VALUE! listing them, with `standaard` as the one an empty argument gives.
 */
export function kiesNaam<T extends { naam: string; ook?: readonly string[] }>(naam: string, velden: readonly T[], standaard: string): T {
  const gevonden = velden.find((d) => [d.naam, ...(d.ook ?? [])].some((n) => naamSleutel(n) === naamSleutel(naam)));
  if (!gevonden)
    throw ongeldig(
      functionsTekst.veldOnbekend(
        naam,
        velden.map((d) => d.naam),
        standaard,
      ),
    );
  return gevonden;
}

/** The veld argument: one of `velden` (default VELDEN) by name; empty: restopgave. */
export function kiesVeld(v: string | null | undefined, velden = VELDEN) {
  const naam = (v ?? '').trim();
  return naam === '' ? VELDEN[2] : kiesNaam(naam, velden, VELDEN[2].naam);
}

/**
 * One figure of the chosen perioden: of the pijler named, or of the total. Amounts add up over
 * the perioden; a figure per jaar needs one periode (years of different perioden do not add up).
 */
export function eenCijfer(perioden: readonly PeriodeResultaat[], veld: ReturnType<typeof kiesVeld>, pijler?: string | null): Dec {
  if (veld.perJaar && perioden.length > 1)
    throw ongeldig(
      functionsTekst.perJaarEenPeriode(
        veld.naam,
        perioden.map((p) => p.periode),
      ),
    );
  const naam = (pijler ?? '').trim();
  if (naam === '') return perioden.reduce((s, p) => s.plus(p.totaal[veld.veld]), ZERO);
  const canoniek = canonicalPijler(naam);
  if (!canoniek) throw ongeldig(functionsTekst.pijlerOnbekend(naam));
  const cijfers = perioden.flatMap((p) => p.pijlers.filter((x) => x.pijler === canoniek));
  if (cijfers.length === 0)
    throw nietBeschikbaar(
      functionsTekst.pijlerNietInTabel(
        naam,
        perioden.map((p) => p.periode),
      ),
    );
  return cijfers.reduce((s, c) => s.plus(c[veld.veld]), ZERO);
}
