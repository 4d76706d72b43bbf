import type { Vergelijking } from '../../engine';
import { rowGroups } from '../totaalbeeld/layout';
import { meldingRows } from '../totaalbeeld/meldingRows';
import { LEGE_RIJ } from '../totaalbeeld/types';
import { kopRows } from './kop';
import { cijferRows, oorzaakRows } from './tabelRows';
import type { VergelijkingLayout, VergelijkingMeta, VergelijkingRij } from './types';
import { wijzigingRows } from './wijzigingRows';

/**
 * The NPLV Vergelijking (issue 17) as rows: the head (what was compared with what, when, the
 * order of substitution, the unit, the warnings); per periode the table of old, new and Δ of
 * each figure and the table of the Δ restopgave and Δ rest. Rijksopgave per cause, each per
 * periode → pijler → onderdeel with the gebieden folded under their onderdeel; then the changes
 * of the input; last the messages of the versions' own computations. Pure: time and names come in through `meta`.
 */
export function vergelijkingLayout(v: Vergelijking, meta: VergelijkingMeta): VergelijkingLayout {
  const sections: VergelijkingRij[][] = [
    kopRows(meta, v.meldingen),
    ...v.perioden.flatMap((p) => [cijferRows(p, meta.getalnotatie), oorzaakRows(p, meta.getalnotatie)]),
    wijzigingRows(v.wijzigingen),
    meldingRows(v.versieMeldingen),
  ];
  const rows = sections.flatMap((s, i) => (i > 0 ? [LEGE_RIJ, ...s] : s));
  const groups = rowGroups(rows);
  return { rows, ...(groups.length > 0 && { rowGroups: groups }) };
}
