import type { Cijfers, Invoer } from '../types';
import { jarenTerm } from './bronnen';
import { alsTerm, type Figuur, gedeeld, type Som, som, somFiguur, type Tabel, verschil } from './figuur';
import type { PeriodePlaats, PijlerPlaats } from './plaatsen';
import { onderdeelTabel, TERM } from './onderdeel';
import { plekken } from './plek';
import { dekkingSom, naamMetGebied } from './sommen';
import type { CijferVeld, OnderdeelVeld } from './types';

type Methode = 'restopgave' | 'restRijksopgave' | 'jaarlijkseRestopgave' | 'jaarlijkseRestRijksopgave';
type SomVeld = Exclude<CijferVeld, Methode>;

/** The figure of each onderdeel a pijler's field adds up. */
const VAN_ONDERDEEL: Partial<Record<SomVeld, OnderdeelVeld>> = {
  opgave: 'opgave',
  rijksdeel: 'rijksdeel',
  restopgavePerOnderdeel: 'restopgave',
  restRijksopgavePerOnderdeel: 'restRijksopgave',
  overschot: 'overschot',
  rijksoverschot: 'rijksoverschot',
};

const SOM_VELDEN: readonly SomVeld[] = [
  'opgave',
  'rijksdeel',
  'dekking',
  'rijksdekking',
  'restopgavePerOnderdeel',
  'restRijksopgavePerOnderdeel',
  'overschot',
  'rijksoverschot',
  'pijlerDekking',
  'pijlerRijksdekking',
];

/** How a pijler adds up a field: over its onderdelen, or over its dekking rows (all, or those at pillar level). */
function pijlerFormule(veld: SomVeld): string {
  const o = VAN_ONDERDEEL[veld];
  if (o) return veld === o ? `Σ ${TERM[veld]} van de onderdelen` : `Σ ${TERM[o]} van de onderdelen`;
  const wat = veld.startsWith('rijks') || veld === 'pijlerRijksdekking' ? 'Rijksfinanciering' : '(cofinanciering + Rijksfinanciering)';
  return `Σ ${wat} van ${veld.startsWith('pijler') ? 'de dekkingsregels op pijlerniveau' : 'alle dekkingsregels van de pijler'}`;
}

function pijlerSom(invoer: Invoer, plaats: PijlerPlaats, veld: SomVeld): Som {
  const { pijler, pijlerResultaat: p } = plaats;
  const o = VAN_ONDERDEEL[veld];
  if (!o) {
    const rijen = veld.startsWith('pijler') ? pijler.pijlerRijen : pijler.dekkingRijen;
    const rijks = veld === 'rijksdekking' || veld === 'pijlerRijksdekking';
    return dekkingSom(
      invoer,
      pijler,
      TERM[veld],
      rijen.map((row) => ({ row })),
      rijks,
      p[veld],
      true,
    );
  }
  return som(
    TERM[veld],
    p[veld],
    p.onderdelen.map((od, k) => {
      const groep = pijler.groepen[k];
      const berekening = o === veld ? undefined : onderdeelTabel(invoer, { ...plaats, groep, onderdeel: od })[o]().ingevuld;
      return {
        label: naamMetGebied(od),
        bedragen: [od[o]],
        plekken: veld === 'opgave' ? groep.opgaveRijen.flatMap((r) => plekken(r.herkomst, 'opgave')) : [],
        ...(berekening && { berekening }),
      };
    }),
  );
}

/** MODEL.md "Per pijler": the sums, and both methods on them (saldering, per onderdeel). */
function cijferTabel(cijfers: Cijfers, jaren: ReturnType<typeof jarenTerm>, somVan: (veld: SomVeld) => Figuur): Tabel<CijferVeld> {
  const t = (veld: CijferVeld) => alsTerm(TERM[veld], f[veld]());
  const sommen = Object.fromEntries(SOM_VELDEN.map((v) => [v, () => somVan(v)])) as Tabel<SomVeld>;
  const f: Tabel<CijferVeld> = {
    ...sommen,
    restopgave: () => verschil(t('opgave'), t('dekking'), cijfers.restopgave),
    restRijksopgave: () => verschil(t('rijksdeel'), t('rijksdekking'), cijfers.restRijksopgave),
    jaarlijkseRestopgave: () => gedeeld(t('restopgave'), jaren, cijfers.jaarlijkseRestopgave),
    jaarlijkseRestRijksopgave: () => gedeeld(t('restRijksopgave'), jaren, cijfers.jaarlijkseRestRijksopgave),
  };
  return f;
}

export function pijlerTabel(invoer: Invoer, plaats: PijlerPlaats): Tabel<CijferVeld> {
  const jaren = jarenTerm(invoer, plaats.periode.def);
  return cijferTabel(plaats.pijlerResultaat, jaren, (v) => somFiguur(pijlerFormule(v), pijlerSom(invoer, plaats, v)));
}

/** A periode's total: every sum over its pijlers, then both methods on the sums. */
export function totaalTabel(invoer: Invoer, plaats: PeriodePlaats): Tabel<CijferVeld> {
  const { resultaat: r } = plaats;
  const jaren = jarenTerm(invoer, plaats.periode.def);
  const somVan = (v: SomVeld) =>
    somFiguur(
      `Σ ${TERM[v]} van de pijlers`,
      som(
        TERM[v],
        r.totaal[v],
        r.pijlers.map((p) => ({ label: p.pijler, bedragen: [p[v]], plekken: [] })),
      ),
    );
  return cijferTabel(r.totaal, jaren, somVan);
}
