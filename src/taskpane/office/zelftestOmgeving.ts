import golden from '../../voorbeeld/golden.json';
import { voorbeeldBladen } from '../../voorbeeld/werkmap';
import type { ZelftestOmgeving } from '../../workbook';

// package.json's version, put in by the build (webpack.config.js, DefinePlugin); absent under jest.
declare const NPLV_VERSIE: string | undefined;

/** The add-in's version (package.json's, as the manifest's Version without its fourth number); `onbekend` outside the build. */
export const ADDIN_VERSIE = typeof NPLV_VERSIE === 'string' && NPLV_VERSIE !== '' ? NPLV_VERSIE : 'onbekend';

/** The part of `Office` the Zelftest's report names (a fake in tests, the demo's shim). Some hosts give no diagnostics. */
export interface ZelftestOffice {
  context: {
    diagnostics?: { host?: unknown; platform?: unknown; version?: unknown } | null;
    requirements?: { isSetSupported(naam: string, versie?: string): boolean };
  };
}

const tekst = (waarde: unknown) => (waarde === undefined || waarde === null || String(waarde) === '' ? 'onbekend' : String(waarde));

/**
 * What the Zelftest reports of Office: host, platform and version from `Office.context.diagnostics`
 * (`onbekend` where the host has none), the requirement sets from `isSetSupported` (false where
 * that is missing or throws), the add-in's version, and the clock; with the example it copies
 * onto its temporary sheet (as Voorbeeld invoegen writes it) and golden.json's figures for it.
 */
export function zelftestOmgeving(office: ZelftestOffice, addin = ADDIN_VERSIE, nu = () => new Date()): ZelftestOmgeving {
  let diagnostics: NonNullable<ZelftestOffice['context']['diagnostics']> = {};
  try {
    diagnostics = office.context.diagnostics ?? {};
  } catch {
    // a host whose diagnostics throw: as one without
  }
  const bladen = voorbeeldBladen();
  const blad = (naam: string) => bladen.find((b) => b.name === naam)!;
  return {
    voorbeeld: { opgave: blad('Opgave'), dekking: blad('Dekking') },
    golden,
    host: tekst(diagnostics.host),
    platform: tekst(diagnostics.platform),
    versie: tekst(diagnostics.version),
    addin,
    isSetSupported: (naam, versie) => {
      try {
        return office.context.requirements?.isSetSupported(naam, versie) === true;
      } catch {
        return false;
      }
    },
    nu,
  };
}
