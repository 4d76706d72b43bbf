import type { ZelftestRapport } from '../../workbook';
import { uitkomstTekst } from './zelftestState';

/** Stands in for the workbook layer's `zelftestTekst` until it is merged: the report as plain text. */
export function zelftestTekst(rapport: ZelftestRapport): string {
  return [
    `NPLV Zelftest ${rapport.tijdstip.toISOString()}`,
    `${rapport.host} ${rapport.platform} ${rapport.versie} ${rapport.addin}`,
    ...rapport.stappen.map((s) => `${s.naam}: ${uitkomstTekst(s.uitkomst)}`),
  ].join('\n');
}
