import { ALS_XLSX } from './bestandssoort';
import { CONTENT_TYPES, overrideTypes } from './parts/contentTypes';
import type { ZipPackage } from './zip/package';

/**
 * The four kinds of Excel package this reader reads, each with the extension Excel demands of
 * it: a file whose extension does not fit its main part's content type is refused by Excel.
 * Templates are read and written like workbooks; their output stays a template.
 */
export type PakketSoort = 'xlsx' | 'xlsm' | 'xltx' | 'xltm';

export const PAKKET: Record<PakketSoort, { extensie: string; naam: string; contentType: string }> = {
  xlsx: {
    extensie: '.xlsx',
    naam: 'Excel-werkmap',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  },
  xlsm: { extensie: '.xlsm', naam: "Excel-werkmap met macro's", contentType: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml' },
  xltx: {
    extensie: '.xltx',
    naam: 'Excel-sjabloon',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  },
  xltm: { extensie: '.xltm', naam: "Excel-sjabloon met macro's", contentType: 'application/vnd.ms-excel.template.macroEnabled.main+xml' },
};

/** The kind whose extension this is (any case), or undefined. */
export function soortVanExtensie(extensie: string): PakketSoort | undefined {
  return (Object.keys(PAKKET) as PakketSoort[]).find((s) => PAKKET[s].extensie === extensie.toLowerCase());
}

/** Zips that are no workbook this reader reads, by their main part's content type (its start). */
const ANDERE: [string, string][] = [
  ['application/vnd.ms-excel.sheet.binary.macroenabled.main', `dit is een binaire Excel-werkmap (.xlsb); open hem in Excel en ${ALS_XLSX}`],
  ['application/vnd.ms-excel.addin.macroenabled.main', 'dit is een Excel-invoegtoepassing (.xlam), geen werkmap; kies de werkmap zelf'],
  [
    'application/vnd.openxmlformats-officedocument.wordprocessingml.',
    'dit is een Word-document (.docx), geen Excel-werkmap; kies de werkmap zelf',
  ],
  [
    'application/vnd.openxmlformats-officedocument.presentationml.',
    'dit is een PowerPoint-presentatie (.pptx), geen Excel-werkmap; kies de werkmap zelf',
  ],
];

export const ZIP_SOORT = {
  ods: `dit is een OpenDocument-rekenblad (.ods); open het in LibreOffice of Excel en ${ALS_XLSX}`,
  odf: 'dit is een OpenDocument-bestand, maar geen rekenblad; kies de werkmap zelf',
  geenWerkmap: 'dit is een zip-bestand, maar geen Excel-werkmap (er zit geen werkmap in); kies de werkmap zelf',
  beschadigd:
    'dit zip-bestand is onvolledig of beschadigd (afgebroken bij kopiëren of downloaden?); haal het opnieuw op, of open het in Excel en sla het opnieuw op',
} as const;

/**
 * The kind of package a zip is, from its `mimetype` (OpenDocument) and the content types in
 * `[Content_Types].xml`; a Dutch message for a zip that is not a workbook this reader reads.
 * A package without `[Content_Types].xml` counts as .xlsx (its workbook part decides).
 */
export async function pakketSoort(pkg: ZipPackage): Promise<PakketSoort | { fout: string }> {
  const mimetype = (await pkg.text('mimetype'))?.trim();
  if (mimetype?.startsWith('application/vnd.oasis.opendocument.')) {
    return { fout: mimetype === 'application/vnd.oasis.opendocument.spreadsheet' ? ZIP_SOORT.ods : ZIP_SOORT.odf };
  }
  const types = overrideTypes((await pkg.text(CONTENT_TYPES)) ?? '<Types/>').map((t) => t.toLowerCase());
  const soort = (Object.keys(PAKKET) as PakketSoort[]).find((s) => types.includes(PAKKET[s].contentType.toLowerCase()));
  if (soort) return soort;
  const ander = ANDERE.find(([begin]) => types.some((t) => t.startsWith(begin)));
  return ander ? { fout: ander[1] } : 'xlsx';
}
