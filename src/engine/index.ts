/** The NPLV engine's public surface: pure, exact, no I/O. */
export { bereken } from './bereken';
export { toJson } from './json';
export type { TotaalbeeldJson, CijfersJson, OnderdeelJson } from './json';
export { Dec, ZERO } from './decimal';
export { rijksdeel, rest, overschot, perJaar, jaren, restSaldering, restPerOnderdeel } from './formulas';
export { rijksbijdrage, kansenzone, KANSENZONE_CRITERIA } from './seedFormulas';
export type { RijksbijdrageInvoer } from './seedFormulas';
export { standaardSleutel, standaardPeriode, STANDAARD_PERIODENAMEN } from './lookups';
export type { SleutelVinden } from './lookups';
export { formatBedrag, formatPercentage } from './format';
export { tekst as engineTekst } from './messages';
export { STANDAARD_PERIODEN, STANDAARD_SLEUTELS } from './defaults';
export { FYSIEK, SOCIAAL, normalize, canonicalPijler } from './names';
export { periodeKey } from './perioden';
export * from './types';
export type * from './uitlegTypes';
export { uitlegRegels } from './uitlegRegels';
