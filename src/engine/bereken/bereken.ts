import { blokLigging } from './blokLigging';
import { decimalColumns, dekkingColumns } from './columns';
import { integerColumns } from './integer/columns';
import { integerSums } from './integer/sums';
import { groepCijfers, cijferWaarschuwingen, regelLezer } from './groepCijfers';
import { checkControls, STANDAARD_TOLERANTIE } from './controls';
import { groepeer } from './groepen';
import { decimaleSommen } from './sommen';
import { perRaming } from './ramingen';
import { resolvePerioden } from '../invoer/perioden';
import { checkDekking, checkOpgave } from '../invoer/rows';
import { scenarioKeuze, pmWarnings, uitgesloten, zonder } from '../invoer/scenarios';
import { resolveSleutels } from '../invoer/sleutels';
import type { Invoer, Melding, Opties, Uitkomst } from '../types';
import { uitlegger } from '../uitleg/uitlegger';

/**
 * The NPLV model (MODEL.md): from opgave and dekking rows to the figures per onderdeel,
 * pijler and periode, with both methods, the rows' own columns and the control totals.
 * Rows of a scenario count only when `opties.scenarios` switches it on (issue 7).
 *
 * Never throws on user data: every problem in the input is reported at once, with its place,
 * and then the result is not ok. Rows of scenarios that are off are checked too.
 */
export function bereken(invoer: Invoer, opties: Opties = {}): Uitkomst {
  const fouten: Melding[] = [];
  const { perioden, meldingen: periodeFouten } = resolvePerioden(invoer.perioden);
  const { sleutels, meldingen: sleutelFouten } = resolveSleutels(invoer.verdeelsleutels);
  const keuze = scenarioKeuze(invoer, opties.scenarios);
  fouten.push(...periodeFouten, ...sleutelFouten, ...keuze.fouten);
  const opgaveRijen = checkOpgave(invoer.opgave, perioden, sleutels, fouten);
  const dekkingRijen = checkDekking(invoer.dekking, perioden, fouten);
  if (fouten.length > 0) return { ok: false, meldingen: fouten };

  const { telt } = keuze;
  const nietMeegeteld = { opgave: uitgesloten(invoer.opgave, keuze), dekking: uitgesloten(invoer.dekking, keuze) };
  const opgave = zonder(opgaveRijen, nietMeegeteld.opgave);
  const dekking = zonder(dekkingRijen, nietMeegeteld.dekking);

  const waarschuwingen: Melding[] = [...pmWarnings(invoer.opgave, telt), ...pmWarnings(invoer.dekking, telt)];
  const indeling = groepeer(opgave, dekking, { opgave: invoer.opgave.length, dekking: invoer.dekking.length }, waarschuwingen);
  const groepen = indeling.perioden;
  // Exact integers where the input allows it (issue 15), else decimal.js: the same figures.
  const integer = opties.rekenpad === 'decimaal' ? undefined : integerSums(indeling, opgave, dekking);
  if (!integer) decimaleSommen(groepen);
  const results = groepCijfers(groepen);
  perRaming(invoer.opgave, opgave, results);
  // Every row passed the checks, so opgaveRijen[i].index === i (as dekkingRijen below).
  const regel = regelLezer(indeling, results, opgaveRijen);
  const regels = integer
    ? integerColumns(indeling, integer, regel)
    : decimalColumns(Array.from({ length: invoer.opgave.length }, (_, i) => regel(i)));
  const decimalen = opties.uitvoerDecimalen;
  const { controles, meldingen: controleMeldingen } = checkControls(invoer, regels, {
    tolerantie: opties.tolerantie ?? STANDAARD_TOLERANTIE,
    telt,
    ligging: blokLigging(groepen, results),
    decimalen,
  });
  const resultaat = {
    perioden: results,
    regels,
    // Every row passed the checks, so dekkingRijen[i].index === i; rows that do not count show nothing.
    dekkingRegels: dekkingColumns(dekkingRijen, nietMeegeteld.dekking, integer),
    controles,
    sleutels: sleutels.inGebruik,
    periodenInGebruik: perioden,
    meldingen: [...waarschuwingen, ...cijferWaarschuwingen(groepen, results, decimalen), ...controleMeldingen],
    scenarios: keuze.scenarios,
    nietMeegeteld,
    rekenpad: integer ? ('geheel' as const) : ('decimaal' as const),
  };
  return { ok: true, resultaat, uitleg: uitlegger({ invoer, groepen, resultaat, telt }) };
}
