import { type Dec, sum } from '../decimal';
import type { OnderdeelGroep, PijlerGroep } from '../bereken/groepen';
import { onderdeelKey } from '../names';
import { rijksdeelVan, type DekkingRij, type OpgaveRij } from '../invoer/rows';
import type { Invoer } from '../types';
import { sleutelTerm } from './bronnen';
import { type Bijdrage, getal, type Som, som, term } from './figuur';
import { plekken } from './plek';

/** `Nieuwbouw`, `Nieuwbouw (Rotterdam-Zuid)` */
export const naamMetGebied = (r: { onderdeel: string; gebied: string }) => (r.gebied ? `${r.onderdeel} (${r.gebied})` : r.onderdeel);

/** The opgave of rows: one row is its cell; several are a sum with a part per row. */
export function opgaveSom(naam: string, rows: readonly OpgaveRij[], waarde: Dec): Som {
  if (rows.length === 1) return { term: term(naam, waarde, { plekken: plekken(rows[0].herkomst, 'opgave') }), tekst: getal(waarde) };
  return som(
    naam,
    waarde,
    rows.map((r) => ({ label: naamMetGebied(r), bedragen: [r.opgave], plekken: plekken(r.herkomst, 'opgave') })),
  );
}

/** The Rijksdeel of rows: per row opgave × verdeelsleutel. */
export function rijksdeelSom(invoer: Invoer, naam: string, rows: readonly OpgaveRij[], waarde: Dec): Som {
  return som(
    naam,
    waarde,
    rows.map((r) => {
      const sleutel = sleutelTerm(invoer, r);
      return {
        label: naamMetGebied(r),
        bedragen: [rijksdeelVan(r)],
        plekken: [...plekken(r.herkomst, 'opgave'), ...sleutel.plekken],
        berekening: `${getal(r.opgave)} × ${getal(sleutel.waarde, true)}`,
      };
    }),
  );
}

/** The share of a dekking row without gebied that an onderdeel kept per gebied gets: its part of the opgave. */
function proRata(pijler: PijlerGroep, groep: OnderdeelGroep, row: DekkingRij, share: Dec): Pick<Bijdrage, 'factor' | 'reden'> {
  if (share.eq(1)) return {};
  const gebieden = [...(pijler.byOnderdeel.get(onderdeelKey(row.onderdeel))?.values() ?? [])];
  const totaal = sum(gebieden.map((g) => g.opgave));
  const factor = totaal.isZero() ? getal(share) : `${getal(groep.opgave)}/${getal(totaal)}`;
  return { factor, reden: `naar rato van de opgave per gebied: ${groep.gebied}` };
}

export interface DekkingAandeel {
  row: DekkingRij;
  /** The onderdeel it is (partly) allocated to, when only a share counts. */
  groep?: OnderdeelGroep;
  share?: Dec;
}

/**
 * The dekking (or, `rijks`, the Rijksdekking) of dekking rows: a part per row, labelled by its
 * bron (and, `metOnderdeel`, where it goes), with its cells and its share when not all counts.
 */
export function dekkingSom(
  invoer: Invoer,
  pijler: PijlerGroep,
  naam: string,
  rijen: readonly DekkingAandeel[],
  rijks: boolean,
  waarde: Dec,
  metOnderdeel = false,
): Som {
  return som(
    naam,
    waarde,
    rijen.map(({ row, groep, share }) => {
      const bron = invoer.dekking[row.index].bron.trim() || '(geen bron)';
      const label = metOnderdeel ? `${bron} (${row.onderdeel ? naamMetGebied(row) : 'pijler'})` : bron;
      return {
        label,
        bedragen: rijks ? [row.rijksfinanciering] : [row.cofinanciering, row.rijksfinanciering],
        plekken: rijks ? plekken(row.herkomst, 'rijksfinanciering') : plekken(row.herkomst, 'cofinanciering', 'rijksfinanciering'),
        ...(groep && share && proRata(pijler, groep, row, share)),
      };
    }),
  );
}
