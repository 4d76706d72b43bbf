import type { Dec } from '../decimal';
import { ZERO } from '../decimal';
import { perJaar, restEnOverschot } from '../formulas';
import { rijksdeelVan, type OpgaveRij } from '../invoer/rows';
import type { OnderdeelGroep } from './groepen';
import type { RegelCijfers } from '../types';

/** An onderdeel's dekking per unit of opgave and Rijksdekking per unit of Rijksdeel; undefined where either is 0. */
export interface Verhouding {
  dekkingPerOpgave?: Dec;
  rijksPerRijksdeel?: Dec;
}

export function verhouding(g: OnderdeelGroep): Verhouding {
  return {
    dekkingPerOpgave: g.dekking.isZero() || g.opgave.isZero() ? undefined : g.dekking.div(g.opgave),
    rijksPerRijksdeel: g.rijksdekking.isZero() || g.rijksdeel.isZero() ? undefined : g.rijksdekking.div(g.rijksdeel),
  };
}

/**
 * The columns of `row`, one of the rows of an onderdeel that has several. Each row gets its own
 * Rijksdeel; of the onderdeel's dekking its share by opgave, of its Rijksdekking its share by
 * Rijksdeel (the same share when the rows have one key); restopgave, rest-Rijksopgave,
 * overschot and the yearly figure then follow from the row's own figures by the model's
 * formulas, so the rows add up to the onderdeel. When the onderdeel's opgave (or Rijksdeel)
 * is 0, its first row carries all of the dekking (Rijksdekking).
 */
export function shareRow(g: OnderdeelGroep, v: Verhouding, row: OpgaveRij, jaren: number): RegelCijfers {
  const eerste = row === g.opgaveRijen[0];
  const eigenRijksdeel = rijksdeelVan(row);
  const dekking = v.dekkingPerOpgave ? row.opgave.times(v.dekkingPerOpgave) : eerste ? g.dekking : ZERO;
  const rijksdekking = v.rijksPerRijksdeel ? eigenRijksdeel.times(v.rijksPerRijksdeel) : eerste ? g.rijksdekking : ZERO;
  const restEnOver = restEnOverschot(row.opgave, dekking);
  return {
    rijksdeel: eigenRijksdeel,
    dekking,
    rijksdekking,
    restopgave: restEnOver[0],
    restRijksopgave: restEnOverschot(eigenRijksdeel, rijksdekking)[0],
    jaarlijkseRestopgave: perJaar(restEnOver[0], jaren),
    overschot: restEnOver[1],
  };
}
