import type { Gevoeligheid, Melding } from '../../engine';
import { scenarioRegel } from '../totaalbeeld/layout';
import { meldingRows } from '../totaalbeeld/meldingRows';
import { LEGE_RIJ, type LayoutChart } from '../totaalbeeld/types';
import { deltaKolom, kopRij, nietGevarieerdKop, nietGevarieerdRij, sleutelRij } from './tabel';
import type { GevoeligheidLayout, GevoeligheidMeta, GevoeligheidRij } from './types';

/** The title of the sheet (and of the command line's table). */
export const GEVOELIGHEID_TITEL = 'Gevoeligheid van de verdeelsleutels';

/** At most this many keys in the tornado chart: the first rows of the sorted table. */
export const MAX_IN_GRAFIEK = 15;

const getal = (d: number) => String(d).replace('.', ',');

// `5 en 10`, `2,5, 5 en 10`.
const opsomming = (ds: number[]) =>
  ds.length > 1 ? `${ds.slice(0, -1).map(getal).join(', ')} en ${getal(ds[ds.length - 1])}` : getal(ds[0] ?? 0);

/** The head: title and time, the scenarios (when the workbook has any), how it is computed and sorted, the kantelpunt, the unit. */
function kopRows(g: Gevoeligheid, meta: GevoeligheidMeta): GevoeligheidRij[] {
  const scenarios = scenarioRegel(meta.scenarios);
  const ds = [...new Set(g.stappen.map(Math.abs))].sort((a, b) => a - b);
  return [
    { cells: [`${GEVOELIGHEID_TITEL} — gemaakt ${meta.gemaaktOm}`], bold: true },
    ...(scenarios ? [{ cells: [scenarios] }] : []),
    {
      cells: [
        `Elke verdeelsleutel apart verschoven met −d en +d procentpunt (d = ${opsomming(ds)}), begrensd op 0–100%, al het andere gelijk; ` +
          'elke variant is een volledige herberekening. Gesorteerd op de grootste |Δ| van de rest-Rijksopgave totaal (saldering).',
      ],
    },
    {
      cells: [
        'Kantelpunt: de verdeelsleutel waarboven het onderdeel een rest-Rijksopgave heeft (Rijksdekking ÷ opgave); boven, onder of op: waar de sleutel nu staat.',
      ],
    },
    { cells: [`Bedragen in ${meta.eenheid}`] },
  ];
}

/** The tornado: Δ rest-Rijksopgave totaal (saldering) at the largest step down and up, per key, right of the table from its header. */
function tornado(gevarieerd: number, g: Gevoeligheid, kop: number, breedte: number, meta: GevoeligheidMeta): LayoutChart[] {
  const aantal = Math.min(MAX_IN_GRAFIEK, gevarieerd);
  if (aantal === 0 || g.stappen.length === 0) return [];
  const laatste = g.stappen.length - 1;
  const d = Math.max(...g.stappen.map(Math.abs));
  return [
    {
      title: `Δ rest-Rijksopgave totaal (saldering) bij −${getal(d)} en +${getal(d)} pp (${meta.eenheid})`,
      type: 'barClustered',
      headerRow: kop,
      firstRow: kop + 1,
      rows: aantal,
      labelColumn: 0,
      seriesColumns: [...new Set([deltaKolom(0, 'totaalSaldering'), deltaKolom(laatste, 'totaalSaldering')])],
      anchor: { row: kop, column: breedte + 1 },
      size: { rows: Math.max(16, aantal + 4), columns: 8 },
      valueFormat: meta.getalnotatie,
    },
  ];
}

/**
 * The NPLV Gevoeligheid (issue 19) as rows: the head; one table, a row per key varied in the
 * engine's order (largest |Δ| of the total first); below it the keys not varied, saying why;
 * the messages of the computation; and a tornado chart of the first keys right of the table.
 * Pure: time and unit come in through `meta`.
 */
export function gevoeligheidLayout(g: Gevoeligheid, meta: GevoeligheidMeta, meldingen: readonly Melding[] = []): GevoeligheidLayout {
  const kop = kopRows(g, meta);
  const gevarieerd = g.sleutels.filter((s) => s.status === 'gevarieerd');
  const niet = g.sleutels.filter((s) => s.status !== 'gevarieerd');
  const tabel = [kopRij(g.stappen), ...gevarieerd.map((s) => sleutelRij(s, g.stappen, meta.getalnotatie))];
  const geen = g.sleutels.length === 0 ? [{ cells: ['Geen verdeelsleutels in gebruik.'] }] : [];
  const onder = niet.length > 0 ? [LEGE_RIJ, nietGevarieerdKop(), ...niet.map(nietGevarieerdRij)] : [];
  const kopIndex = kop.length + 1;
  const rows: GevoeligheidRij[] = [...kop, LEGE_RIJ, ...tabel, ...geen, ...onder, LEGE_RIJ, ...meldingRows<never>(meldingen)];
  const breedte = tabel[0].cells.length;
  // Each key's row: the varied from under the header, the others from under theirs (the engine lists them last).
  const rijVan = (s: Gevoeligheid['sleutels'][number]) =>
    s.status === 'gevarieerd' ? kopIndex + 1 + gevarieerd.indexOf(s) : kopIndex + tabel.length + 2 + niet.indexOf(s);
  return { rows, charts: tornado(gevarieerd.length, g, kopIndex, breedte, meta), sleutelRijen: g.sleutels.map(rijVan), breedte };
}
