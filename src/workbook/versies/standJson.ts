import {
  Dec,
  type ControleInvoer,
  type DekkingInvoer,
  type Herkomst,
  type Invoer,
  type OpgaveInvoer,
  type PeriodeInvoer,
  type SleutelInvoer,
  type TotaalbeeldJson,
  type Versiestand,
} from '../../engine';
import { bedrag, eenVan, geheel, kaart, lijst, object, tekst, vrijObject, type Lezer } from './schema';

/**
 * A recorded version as JSON (formaat 1): the Versiestand — every input row with its amounts
 * as exact decimal text and its herkomst, the keys, perioden, control rows and the scenarios
 * that were on — and the result summary (`toJson`).
 */
export interface VersieJson {
  stand: Versiestand;
  resultaat: TotaalbeeldJson;
}

// Herkomst's cells and formats may be getters (read/rijHerkomst.ts): made plain here.
const herkomstJson = (h: Herkomst) => ({
  blad: h.blad,
  rij: h.rij,
  cellen: { ...h.cellen },
  ...(h.decimalen && { decimalen: { ...h.decimalen } }),
  ...(h.procent && { procent: [...h.procent] }),
});

/** A value as plain JSON: a Decimal as exact text (`toFixed`, never an exponent), a herkomst with its cells. */
function plain(v: unknown, key = ''): unknown {
  if (v instanceof Dec) return v.toFixed();
  if (Array.isArray(v)) return v.map((x) => plain(x));
  if (typeof v !== 'object' || v === null) return v;
  if (key === 'herkomst') return herkomstJson(v as Herkomst);
  return Object.fromEntries(Object.entries(v).flatMap(([k, x]) => (x === undefined ? [] : [[k, plain(x, k)]])));
}

export function versieNaarJson(versie: VersieJson): string {
  return JSON.stringify({ stand: plain(versie.stand), resultaat: versie.resultaat });
}

const herkomst = object({
  blad: [tekst, 'verplicht'],
  rij: [geheel, 'verplicht'],
  cellen: [kaart(tekst), 'verplicht'],
  decimalen: [kaart(geheel), 'optioneel'],
  procent: [lijst(tekst), 'optioneel'],
} as const);

// The fields Opgave and Dekking rows share.
const RIJ = {
  periode: [tekst, 'verplicht'],
  pijler: [tekst, 'verplicht'],
  onderdeel: [tekst, 'verplicht'],
  gebied: [tekst, 'verplicht'],
  scenario: [tekst, 'optioneel'],
  pm: [lijst(tekst), 'optioneel'],
  herkomst: [herkomst, 'optioneel'],
} as const;

const opgave: Lezer<OpgaveInvoer> = object({
  ...RIJ,
  opgave: [bedrag, 'verplicht'],
  verdeelsleutel: [bedrag, 'optioneel'],
  bronRaming: [tekst, 'optioneel'],
} as const);

const dekking: Lezer<DekkingInvoer> = object({
  ...RIJ,
  bron: [tekst, 'verplicht'],
  cofinanciering: [bedrag, 'verplicht'],
  rijksfinanciering: [bedrag, 'verplicht'],
} as const);

const sleutel: Lezer<SleutelInvoer> = object({
  pijler: [tekst, 'verplicht'],
  onderdeel: [tekst, 'verplicht'],
  rijksaandeel: [bedrag, 'verplicht'],
  herkomst: [herkomst, 'optioneel'],
} as const);

const periode: Lezer<PeriodeInvoer> = object({
  periode: [tekst, 'verplicht'],
  eersteJaar: [geheel, 'verplicht'],
  laatsteJaar: [geheel, 'verplicht'],
  herkomst: [herkomst, 'optioneel'],
} as const);

const controle: Lezer<ControleInvoer> = object({
  blad: [eenVan('opgave', 'dekking'), 'verplicht'],
  soort: [eenVan('totaal', 'subtotaal', 'waarvan'), 'verplicht'],
  label: [tekst, 'verplicht'],
  regels: [lijst(geheel), 'verplicht'],
  bedragen: [kaart(bedrag), 'verplicht'],
  herkomst: [herkomst, 'optioneel'],
} as const);

const invoer: Lezer<Invoer> = object({
  opgave: [lijst(opgave), 'verplicht'],
  dekking: [lijst(dekking), 'verplicht'],
  verdeelsleutels: [lijst(sleutel), 'optioneel'],
  perioden: [lijst(periode), 'optioneel'],
  controles: [lijst(controle), 'optioneel'],
} as const);

const TOTAALBEELD_VELDEN = ['perioden', 'overPerioden', 'meldingen', 'scenarios'];

const versie = object({
  stand: [object({ invoer: [invoer, 'verplicht'], scenarios: [lijst(tekst), 'verplicht'] } as const), 'verplicht'],
  resultaat: [vrijObject(TOTAALBEELD_VELDEN, ['perioden']), 'verplicht'],
} as const);

/** Reads a version's JSON strictly; throws `Afwijking` (or SyntaxError for text that is no JSON) naming the place. */
export function versieUitJson(json: string): VersieJson {
  const v = versie(JSON.parse(json), '');
  return { stand: v.stand, resultaat: v.resultaat as unknown as TotaalbeeldJson };
}
