import type { Uitleg, VerschilUitleg } from '../../engine';

/** What the Uitleg shows for a cell: how its figure was made, or what a difference of a comparison is made of. */
export type CelUitleg = { soort: 'cijfer'; uitleg: Uitleg } | { soort: 'verschil'; uitleg: VerschilUitleg };

/** The Uitleg of a selected cell; undefined for a cell without one. */
export type CelUitlegger = (blad: string, cel: string) => CelUitleg | undefined;

/**
 * One explainer for the pane's Uitleg: the last run's (its sheets and the Totaalbeeld), else
 * the last comparison's (the Δ cells of NPLV Vergelijking). Undefined when neither is there.
 */
export function celUitlegger(
  cijfer: ((blad: string, cel: string) => Uitleg | undefined) | undefined,
  verschil: ((blad: string, cel: string) => VerschilUitleg | undefined) | undefined,
): CelUitlegger | undefined {
  if (!cijfer && !verschil) return undefined;
  return (blad, cel) => {
    const u = cijfer?.(blad, cel);
    if (u) return { soort: 'cijfer', uitleg: u };
    const v = verschil?.(blad, cel);
    return v && { soort: 'verschil', uitleg: v };
  };
}
