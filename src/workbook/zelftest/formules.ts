import { rangeA1 } from '../../sheet';
import { DEKKING_KOLOM, LEGE_CEL } from './indeling';
import type { CellValue } from '../port';
import type { GoldenCijfers } from './golden';

/**
 * One custom function evaluated through a formula on the temporary sheet: the formula as
 * `Range.formulas` takes it (English: `,` between arguments, `.` for decimals) and what its
 * cells must show. `rijen`/`kolommen`: the cells it spills into (1 × 1 for a single value).
 */
export interface FormuleGeval {
  functie: string;
  /** What the check is called in the report, when it is not the function's own name. */
  naam?: string;
  /** An error value is what must come (any error: the function refuses); a number is then the deviation. */
  foutVerwacht?: string;
  formule: string;
  rijen: number;
  kolommen: number;
  /** The differences from what is expected (none: ok). */
  toets(cellen: CellValue[][]): string[];
  /** What it gave, in a few words, for the report. */
  toon(cellen: CellValue[][]): string;
}

/** The example's tables on the temporary sheet: Opgave A3:H39, Dekking K3:R27 (with their header rows). */
function tabellen(opgaveRijen: number, dekkingRijen: number) {
  const opgave = rangeA1(3, 1, opgaveRijen - 2, 8);
  const dekking = rangeA1(3, DEKKING_KOLOM, dekkingRijen - 2, 8);
  return `${opgave},${dekking}`;
}

const getoond = (v: CellValue) => (v !== null && typeof v === 'object' ? v.error : JSON.stringify(v));

/** A single value: exactly `verwacht`. */
function waarde(functie: string, args: string, verwacht: number | boolean): FormuleGeval {
  return {
    functie,
    formule: `=NPLV.${functie}(${args})`,
    rijen: 1,
    kolommen: 1,
    toets: ([[v]]) => (v === verwacht ? [] : [`${getoond(verwacht)} verwacht, ${getoond(v)} gekregen`]),
    toon: ([[v]]) => getoond(v),
  };
}

/**
 * An empty cell given to a function: Excel passes it as empty (`''` or null), and RIJKSDEEL
 * then refuses for want of a key (#N/A). Some Excel builds pass it as 0 (office-js issues
 * 1951, 4702, 5262): then RIJKSDEEL gives 0, and every function reads the empty cells of its
 * ranges as 0 — a key of 0%, a periode 0 — so that this Excel must be known.
 */
function legeCel(): FormuleGeval {
  return {
    functie: 'RIJKSDEEL',
    naam: 'Lege cel als argument',
    formule: `=NPLV.RIJKSDEEL(445,${LEGE_CEL})`,
    rijen: 1,
    kolommen: 1,
    foutVerwacht:
      'Excel geeft een lege cel als 0 door aan de functies: lege cellen in de bereiken van NPLV.*-formules tellen dan als 0 (een verdeelsleutel van 0%)',
    toets: ([[v]]) => [`=NPLV.RIJKSDEEL(445;lege cel) gaf ${getoond(v)} in plaats van een fout`],
    toon: ([[v]]) => getoond(v),
  };
}

/** TOTAALBEELD spills a table: its row Totale opgave ends with the totals of the periode (golden.json). */
function totaalbeeld(t: string, golden: GoldenCijfers): FormuleGeval {
  const totaal = golden.perioden[0].totaal;
  const verwacht = [totaal.opgave, totaal.dekking, totaal.restopgave, totaal.jaarlijkseRestopgave, totaal.restopgavePerOnderdeel];
  return {
    functie: 'TOTAALBEELD',
    formule: `=NPLV.TOTAALBEELD(${t},"${golden.perioden[0].periode}")`,
    rijen: 40,
    kolommen: 12,
    toon: (cellen) => {
      const rij = cellen.find((r) => r[0] === 'Totale opgave') ?? [];
      return `Totale opgave ${rij.filter((v) => typeof v === 'number').join(' | ')}`;
    },
    toets: (cellen) => {
      const rij = cellen.find((r) => r[0] === 'Totale opgave');
      if (!rij) return [`geen rij 'Totale opgave' in de tabel (linksboven: ${getoond(cellen[0][0])})`];
      const getallen = rij.filter((v): v is number => typeof v === 'number').slice(-verwacht.length);
      return getallen.join('|') === verwacht.join('|')
        ? []
        : [`Totale opgave ${verwacht.join(' | ')} verwacht, ${getallen.join(' | ')} gekregen`];
    },
  };
}

/**
 * Every NPLV.* function once, on known inputs. The expected values: FUNCTIONS.md's examples
 * (VERDEELSLEUTEL … KANSENZONE); for the functions over the example's tables golden.json's
 * figures: TOTAALBEELD its totals tot 2030, SCENARIO the rest-Rijksopgave 2030 t/m 2035 with
 * *Wbi naar rato* on — golden's 2.677,5 less the 43 that scenario's Rijksdekking of Nieuwbouw
 * adds — VERSCHIL of the tables with themselves 0, and GEVOELIGHEID of Nieuwbouw tot 2030 at
 * +10 pp on its pijler 445 × 10% = 44,5 (its rest-Rijksopgave, 77,5, stays above 0).
 */
export function formuleGevallen(opgaveRijen: number, dekkingRijen: number, golden: GoldenCijfers): FormuleGeval[] {
  const t = tabellen(opgaveRijen, dekkingRijen);
  const later = golden.perioden[1];
  return [
    waarde('VERDEELSLEUTEL', '"Nieuwbouw"', 0.5),
    waarde('RIJKSDEEL', '445,"Nieuwbouw"', 222.5),
    waarde('RESTOPGAVE', '445,290', 155),
    waarde('RESTRIJKSOPGAVE', '445,"Nieuwbouw",145', 77.5),
    waarde('JAARLIJKS', '2375,"tot 2030"', 593.75),
    waarde('SCENARIO', `${t},"Wbi naar rato","restrijksopgave","${later.periode}"`, later.totaal.restRijksopgave - 43),
    waarde('VERSCHIL', `${t},${t}`, 0),
    waarde('GEVOELIGHEID', `${t},"Nieuwbouw",10,"pijler","tot 2030"`, 44.5),
    waarde('RIJKSBIJDRAGE', '3800,1000', 412.5),
    waarde('KANSENZONE', '12000,0.28,0.51', true),
    legeCel(),
    // Last: it spills 40 rows down.
    totaalbeeld(t, golden),
  ];
}
