import type { Uitleg, UitlegRegel, VerschilUitleg } from '../../engine';

/**
 * What the Uitleg shows for a cell: how its figure was made, what a difference of a comparison
 * is made of, or how a Δ of the gevoeligheid comes about (issue 19: lines with their cells).
 */
export type CelUitleg =
  { soort: 'cijfer'; uitleg: Uitleg } | { soort: 'verschil'; uitleg: VerschilUitleg } | { soort: 'gevoeligheid'; regels: UitlegRegel[] };

/** The Uitleg of a selected cell; undefined for a cell without one. */
export type CelUitlegger = (blad: string, cel: string) => CelUitleg | undefined;

type Uitlegger<U> = ((blad: string, cel: string) => U | undefined) | undefined;

/**
 * One explainer for the pane's Uitleg: the last run's (its sheets and the Totaalbeeld), else
 * the last comparison's (the Δ cells of NPLV Vergelijking), else the last gevoeligheid's (the Δ
 * cells of NPLV Gevoeligheid). Undefined when none is there.
 */
export function celUitlegger(
  cijfer: Uitlegger<Uitleg>,
  verschil: Uitlegger<VerschilUitleg>,
  gevoeligheid?: Uitlegger<UitlegRegel[]>,
): CelUitlegger | undefined {
  if (!cijfer && !verschil && !gevoeligheid) return undefined;
  return (blad, cel) => {
    const u = cijfer?.(blad, cel);
    if (u) return { soort: 'cijfer', uitleg: u };
    const v = verschil?.(blad, cel);
    if (v) return { soort: 'verschil', uitleg: v };
    const regels = gevoeligheid?.(blad, cel);
    return regels && { soort: 'gevoeligheid', regels };
  };
}
