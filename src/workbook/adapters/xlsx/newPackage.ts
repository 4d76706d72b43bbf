import { CONTENT_TYPES, STYLES_TYPE } from './parts/contentTypes';
import { REL } from './parts/rels';
import { EMPTY_STYLES } from './parts/styles';
import { newEntry } from './zip/file';
import { writeZip } from './zip/inGeheugen';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const WORKBOOK_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

/**
 * The parts of a workbook without sheets: the package's content types and relationships, the
 * workbook part with an empty list of sheets, and the styles part (one font, General). The
 * sheets are added as any change adds them (PackageBook.apply), so a new workbook and an opened
 * one are written by the same code.
 */
const EMPTY_PACKAGE: Record<string, string> = {
  [CONTENT_TYPES]:
    XML +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${WORKBOOK_TYPE}"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${STYLES_TYPE}"/>` +
    '</Types>',
  '_rels/.rels':
    XML +
    `<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${REL.officeDocument}" Target="xl/workbook.xml"/></Relationships>`,
  'xl/workbook.xml': XML + `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets/></workbook>`,
  'xl/_rels/workbook.xml.rels':
    XML + `<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${REL.styles}" Target="styles.xml"/></Relationships>`,
  'xl/styles.xml': EMPTY_STYLES,
};

/** The bytes of a workbook without sheets, the start of a new workbook (newXlsxPackage). */
export async function emptyPackage(): Promise<Buffer> {
  return writeZip(await Promise.all(Object.entries(EMPTY_PACKAGE).map(([path, text]) => newEntry(path, Buffer.from(text, 'utf8')))));
}
