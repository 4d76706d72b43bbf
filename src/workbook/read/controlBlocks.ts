import type { ControleSoort } from '../../engine';

/** Totaal / Totale / Subtotaal / Waarvan at the start of a label, case-insensitive. */
export function controleSoort(label: string): ControleSoort | undefined {
  const t = label.trim().toLowerCase();
  if (t.startsWith('subtotaal')) return 'subtotaal';
  if (t.startsWith('totaal') || t.startsWith('totale')) return 'totaal';
  if (t.startsWith('waarvan')) return 'waarvan';
  return undefined;
}

/** A sheet's rows in order: a data row (its index among the data rows) or a control row. */
export type Regel = { data: number } | { controle: ControleSoort };

/**
 * The block of data rows each control row totals, in the order of the control rows:
 *
 * - **Totaal/Totale**: the data rows since the previous Totaal/Totale row (or the sheet's
 *   start). When there are none — it follows other Totaal rows directly, as a grand total
 *   below the pillar totals — it is a grand total: the data rows since the previous grand
 *   total (or the start).
 * - **Subtotaal**: the data rows since the previous control row of any kind except Waarvan
 *   (or the start).
 * - **Waarvan**: the same block as the nearest Totaal/Totale/Subtotaal row above it; with
 *   none above, all data rows since the start.
 */
export function controlBlocks(regels: readonly Regel[]): number[][] {
  const blocks: number[][] = [];
  let sinceTotaal: number[] = [];
  let sinceControle: number[] = [];
  let sinceGrand: number[] = [];
  const all: number[] = [];
  let previous: number[] | undefined;
  for (const regel of regels) {
    if ('data' in regel) {
      for (const list of [sinceTotaal, sinceControle, sinceGrand, all]) list.push(regel.data);
      continue;
    }
    let block: number[];
    if (regel.controle === 'waarvan') block = previous ?? [...all];
    else if (regel.controle === 'subtotaal') block = sinceControle;
    else if (sinceTotaal.length > 0) block = sinceTotaal;
    else [block, sinceGrand] = [sinceGrand, []];
    if (regel.controle !== 'waarvan') {
      if (regel.controle === 'totaal') sinceTotaal = [];
      sinceControle = [];
      previous = block;
    }
    blocks.push([...block]);
  }
  return blocks;
}
