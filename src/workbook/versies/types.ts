import type { Melding, TotaalbeeldJson, Versiestand } from '../../engine';

/** The format a version is recorded in; a reader refuses any other. */
export const VERSIE_FORMAAT = 1;

/** The most characters of the JSON in one cell (Excel holds 32,767). */
export const DEEL_LENGTE = 30_000;

/**
 * The most parts in one row: 1.2 million characters, whose values and formulas (both read back)
 * stay below the 5 MB Excel on the web answers in one request.
 */
export const DELEN_PER_RIJ = 40;

/** A recorded version as listed: its label, when it was recorded (ISO 8601), its format, the scenarios that were on. */
export interface VersieInfo {
  label: string;
  vastgelegd: string;
  formaat: number;
  scenarios: string[];
}

/** A recorded version read whole: the input that counted and the result summary. */
export interface Versie extends VersieInfo {
  stand: Versiestand;
  resultaat: TotaalbeeldJson;
}

export type Mislukt = { ok: false; meldingen: Melding[] };
