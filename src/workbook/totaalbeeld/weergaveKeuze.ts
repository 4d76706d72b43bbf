import type { Melding } from '../../engine';
import { EENHEDEN, type Schaal } from '../read/eenheid';
import { workbookTekst } from '../messages';
import type { SheetGrid } from '../port';
import { cellAt, cijfernotatie } from '../../sheet';
import {
  geldigeDecimalen,
  leesWeergaveTekst,
  MAX_DECIMALEN,
  SCHALEN,
  standaardDecimalen,
  stappen,
  weergaveNotatie,
  weergaveTekst,
  type Weergave,
} from './weergave';

/** The display in force for a run: the setting, the Totaalbeeld's number format and unit line, and a warning when the request could not be followed. */
export interface WeergaveKeuze {
  weergave: Weergave;
  /** The number format of the Totaalbeeld's amounts (`#,##0.00,`). */
  notatie: string;
  /** The unit line after `Bedragen in ` (`mld euro`). */
  tekst: string;
  meldingen: Melding[];
}

// The unit line stands in column A among the Totaalbeeld's first rows (title, scenarios, unit).
const EERSTE_RIJEN = 10;

// The unit the amounts of an earlier Totaalbeeld were kept in: its display unit less the thousands its first amount's format scales by.
function cellenIn(totaalbeeld: SheetGrid, vanaf: number, getoond: Schaal): Schaal | undefined {
  for (let r = Math.max(0, vanaf - totaalbeeld.top); r < totaalbeeld.values.length; r++) {
    const c = totaalbeeld.values[r].findIndex((v, i) => typeof v === 'number' && !cijfernotatie(totaalbeeld.numberFormats[r]?.[i]).procent);
    if (c >= 0) return SCHALEN[SCHALEN.indexOf(getoond) + cijfernotatie(totaalbeeld.numberFormats[r][c]).macht / 3];
  }
  return undefined;
}

/**
 * The setting an earlier Totaalbeeld remembers: its unit line (`Bedragen in mld euro`), a
 * cell of the add-in's that every adapter reads and Excel and LibreOffice keep. Undefined
 * without that sheet or line, and when the workbook's unit changed since: the unit its amounts
 * were kept in — the display unit less the thousands its number format scales by (`#,##0.00,`:
 * one) — is not the workbook's now (then the setting was made for the other unit).
 */
export function onthoudenWeergave(totaalbeeld: SheetGrid | undefined, werkmap: Schaal): Weergave | undefined {
  if (!totaalbeeld) return undefined;
  for (let row = 1; row <= EERSTE_RIJEN; row++) {
    const v = cellAt(totaalbeeld, row, 1).value;
    if (typeof v !== 'string' || !v.startsWith('Bedragen in ')) continue;
    const weergave = leesWeergaveTekst(v);
    return weergave && cellenIn(totaalbeeld, row + 1, weergave.eenheid) === werkmap ? weergave : undefined;
  }
  return undefined;
}

/**
 * The display for a run in a workbook in `werkmap`: each of unit and decimals from the request
 * (`gevraagd`), else from the remembered setting (its decimals only with its unit), else the
 * workbook's own unit with that unit's default decimals. A unit smaller than the workbook's
 * cannot be shown by a number format: then the workbook's unit, with a warning.
 */
export function kiesWeergave(werkmap: Schaal, gevraagd: Partial<Weergave> = {}, onthouden?: Weergave): WeergaveKeuze {
  if (gevraagd.decimalen !== undefined && !geldigeDecimalen(gevraagd.decimalen)) {
    throw new RangeError(`decimalen ${gevraagd.decimalen}: verwacht een geheel getal van 0 tot en met ${MAX_DECIMALEN}`);
  }
  const meldingen: Melding[] = [];
  let eenheid = gevraagd.eenheid ?? onthouden?.eenheid ?? werkmap;
  if (stappen(werkmap, eenheid) < 0) {
    meldingen.push({
      ernst: 'waarschuwing',
      blad: '',
      cel: '',
      bericht: workbookTekst.weergaveKleiner(EENHEDEN[eenheid].tekst, EENHEDEN[werkmap].tekst),
    });
    eenheid = werkmap;
  }
  const decimalen = gevraagd.decimalen ?? (onthouden?.eenheid === eenheid ? onthouden.decimalen : standaardDecimalen(eenheid));
  const weergave = { eenheid, decimalen };
  return {
    weergave,
    notatie: weergaveNotatie(werkmap, weergave) ?? EENHEDEN[werkmap].getalnotatie,
    tekst: weergaveTekst(weergave),
    meldingen,
  };
}
