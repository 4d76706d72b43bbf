import { stapTekst, type GevoeligheidVeld, type SleutelGevoeligheid } from '../../engine';
import type { GevoeligheidRij } from './types';

/** The number format of the keys and kantelpunten on the sheet. */
export const SLEUTEL_NOTATIE = '0.0%';

/** Per step, the Δ columns: of the onderdeel, of its pijler and of the periode in total (both by saldering). */
export const DELTA_VELDEN: readonly [string, GevoeligheidVeld][] = [
  ['Δ onderdeel', 'restOnderdeel'],
  ['Δ pijler (saldering)', 'pijlerSaldering'],
  ['Δ totaal (saldering)', 'totaalSaldering'],
];

/** The first header of the table: the column of labels (onderdeel and periode). */
export const KOP_EERSTE = 'Sleutel van';

const VASTE_KOPPEN = [
  KOP_EERSTE,
  'Periode',
  'Pijler',
  'Onderdeel',
  'Verdeelsleutel',
  'Kantelpunt',
  'Sleutel t.o.v. kantelpunt',
  'Rest-Rijksopgave onderdeel',
];

/** The column (0-based) of the Δ of `veld` at the `i`-th step. */
export const deltaKolom = (i: number, veld: GevoeligheidVeld) =>
  VASTE_KOPPEN.length + i * DELTA_VELDEN.length + DELTA_VELDEN.findIndex(([, v]) => v === veld);

/** How the table names a key's onderdeel: a pijler's key `*` moves all its onderdelen without a key of their own. */
export const onderdeelTekst = (s: Pick<SleutelGevoeligheid, 'soort' | 'pijler' | 'onderdeel'>) =>
  s.soort === 'pijler' ? `${s.pijler} (alle onderdelen zonder eigen sleutel)` : s.onderdeel;

/** `PM: niet gevarieerd`, `scenario 'AZWA' staat uit: niet gevarieerd`; undefined for a key that is varied. */
export function statusTekst(s: SleutelGevoeligheid): string | undefined {
  if (s.status === 'pm') return 'PM: niet gevarieerd';
  if (s.status !== 'scenarioUit') return undefined;
  const namen = (s.scenarios ?? []).map((n) => `'${n}'`).join(', ');
  return (s.scenarios ?? []).length > 1 ? `scenario's ${namen} staan uit: niet gevarieerd` : `scenario ${namen} staat uit: niet gevarieerd`;
}

/** The header row of the table. */
export const kopRij = (stappen: readonly number[]): GevoeligheidRij => ({
  cells: [...VASTE_KOPPEN, ...stappen.flatMap((stap) => DELTA_VELDEN.map(([kop]) => `${kop} ${stapTekst(stap)}`))],
  bold: true,
});

/** The header of the keys not varied, below the table: the key, and why. */
export const nietGevarieerdKop = (): GevoeligheidRij => ({ cells: [...VASTE_KOPPEN.slice(0, 5), 'Niet gevarieerd'], bold: true });

const vast = (s: SleutelGevoeligheid) => [`${onderdeelTekst(s)} — ${s.periode}`, s.periode, s.pijler, onderdeelTekst(s)];

/** A key not varied (PM, or of scenarios that are off): its label, periode, pijler, onderdeel, key, and why. */
export function nietGevarieerdRij(s: SleutelGevoeligheid): GevoeligheidRij {
  const sleutel = s.status === 'pm' ? 'PM' : s.basis.sleutel.toNumber();
  return { cells: [...vast(s), sleutel, statusTekst(s) ?? ''], formats: [null, null, null, null, SLEUTEL_NOTATIE] };
}

/**
 * A key's row: its label (onderdeel and periode: the chart's categories), periode, pijler,
 * onderdeel, key, kantelpunt and where the key stands against it, the onderdeel's
 * rest-Rijksopgave, then per step the Δ of the onderdeel, its pijler and the total; each Δ cell
 * names what it shows (the Uitleg).
 */
export function sleutelRij(s: SleutelGevoeligheid, stappen: readonly number[], notatie: string): GevoeligheidRij {
  const { periode, pijler, onderdeel, soort } = s;
  const deltas = stappen.flatMap((stap) => {
    const v = s.varianten.find((x) => x.stap === stap);
    return DELTA_VELDEN.map(([, veld]) => ({
      waarde: v ? v.delta[veld].toNumber() : null,
      doel: { periode, pijler, onderdeel, soort, stap, veld },
    }));
  });
  return {
    cells: [
      ...vast(s),
      s.basis.sleutel.toNumber(),
      s.kantelpunt?.toNumber() ?? null,
      s.kantelStand ?? null,
      s.basis.restOnderdeel.toNumber(),
      ...deltas.map((d) => d.waarde),
    ],
    formats: [null, null, null, null, SLEUTEL_NOTATIE, SLEUTEL_NOTATIE, null, notatie, ...deltas.map(() => notatie)],
    doelen: [null, null, null, null, null, null, null, null, ...deltas.map((d) => d.doel)],
  };
}
