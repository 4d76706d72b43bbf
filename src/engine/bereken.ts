import { computePerioden, figureWarnings, rowFigures } from './compute';
import { checkControls, STANDAARD_TOLERANTIE } from './controls';
import { buildGroups } from './groups';
import { resolvePerioden } from './perioden';
import { checkDekking, checkOpgave } from './rows';
import { resolveSleutels } from './sleutels';
import type { Invoer, Melding, Opties, Uitkomst } from './types';

/**
 * The NPLV model (MODEL.md): from opgave and dekking rows to the figures per onderdeel,
 * pijler and periode, with both methods, the rows' own columns and the control totals.
 *
 * Never throws on user data: every problem in the input is reported at once, with its place,
 * and then the result is not ok.
 */
export function bereken(invoer: Invoer, opties: Opties = {}): Uitkomst {
  const fouten: Melding[] = [];
  const { perioden, meldingen: periodeFouten } = resolvePerioden(invoer.perioden);
  const { sleutels, meldingen: sleutelFouten } = resolveSleutels(invoer.verdeelsleutels);
  fouten.push(...periodeFouten, ...sleutelFouten);
  const opgave = checkOpgave(invoer.opgave, perioden, sleutels, fouten);
  const dekking = checkDekking(invoer.dekking, perioden, fouten);
  if (fouten.length > 0) return { ok: false, meldingen: fouten };

  const waarschuwingen: Melding[] = [];
  const groups = buildGroups(opgave, dekking, waarschuwingen);
  const results = computePerioden(groups);
  const regels = rowFigures(groups, results, invoer.opgave.length);
  const { controles, meldingen: controleMeldingen } = checkControls(invoer, regels, opties.tolerantie ?? STANDAARD_TOLERANTIE);
  return {
    ok: true,
    resultaat: {
      perioden: results,
      regels,
      totaleDekking: dekking.map((d) => d.totaal), // every row passed the checks: dekking[i].index === i
      controles,
      sleutels: sleutels.inGebruik,
      periodenInGebruik: perioden,
      meldingen: [...waarschuwingen, ...figureWarnings(groups, results), ...controleMeldingen],
    },
  };
}
