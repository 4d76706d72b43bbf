import { ZERO } from '../decimal';
import { perJaar, restEnOverschot } from '../formulas';
import type { OnderdeelGroep } from './groepen';
import type { RegelCijfers } from '../types';

/**
 * The columns of the rows of an onderdeel that has several rows. Each row gets its own
 * Rijksdeel; of the onderdeel's dekking its share by opgave, of its Rijksdekking its share by
 * Rijksdeel (the same share when the rows have one key); restopgave, rest-Rijksopgave,
 * overschot and the yearly figure then follow from the row's own figures by the model's
 * formulas, so the rows add up to the onderdeel. When the onderdeel's opgave (or Rijksdeel)
 * is 0, its first row carries all of the dekking (Rijksdekking).
 */
export function shareRows(g: OnderdeelGroep, jaren: number, regels: RegelCijfers[]): void {
  const dekkingPerOpgave = g.dekking.isZero() || g.opgave.isZero() ? undefined : g.dekking.div(g.opgave);
  const rijksPerRijksdeel = g.rijksdekking.isZero() || g.rijksdeel.isZero() ? undefined : g.rijksdekking.div(g.rijksdeel);
  g.opgaveRijen.forEach((row, n) => {
    const eigenRijksdeel = row.rijksdeel;
    const dekking = dekkingPerOpgave ? row.opgave.times(dekkingPerOpgave) : n === 0 ? g.dekking : ZERO;
    const rijksdekking = rijksPerRijksdeel ? eigenRijksdeel.times(rijksPerRijksdeel) : n === 0 ? g.rijksdekking : ZERO;
    const restEnOver = restEnOverschot(row.opgave, dekking);
    regels[row.index] = {
      rijksdeel: eigenRijksdeel,
      dekking,
      rijksdekking,
      restopgave: restEnOver[0],
      restRijksopgave: restEnOverschot(eigenRijksdeel, rijksdekking)[0],
      jaarlijkseRestopgave: perJaar(restEnOver[0], jaren),
      overschot: restEnOver[1],
    };
  });
}
