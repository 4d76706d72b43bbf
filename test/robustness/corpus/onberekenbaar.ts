import { fouten, type Geval } from '../geval';
import { dekking, opgave } from '../werkmap';

const OPSLAAN = 'zonder berekende waarde — open het bestand in Excel of LibreOffice en sla het op';
const NAAM = 'de cel bevat de foutwaarde #NAAM?';
const zonderWaarde = (formulas: Record<string, string>) => ({
  formulas: Object.fromEntries(Object.entries(formulas).map(([cel, formula]) => [cel, { formula, result: null }])),
});

/**
 * Issue 13, item 15: formulas the in-memory Excel (the demo's, and the office adapter's tests)
 * cannot compute, saved without a value. In a file the reading rules report each as a formula
 * without a computed value. In Excel, a name Excel does not know is `#NAME?` — the in-memory
 * Excel gives it that too, and the pane reports `#NAAM?` at the cell; a formula Excel computes
 * but the fake does not gets no value, nor does a formula that uses it: never 0.
 */
export const ONBEREKENBAAR: Geval[] = [
  {
    soort: 'an unknown function in an amount cell (=FOO(1))',
    werkmap: [opgave({ E2: null }, zonderWaarde({ E2: 'FOO(1)' })), dekking()],
    verwacht: fouten(`fout Opgave!E2: formule =FOO(1) ${OPSLAAN}`),
    verwachtOp: { office: fouten(`fout Opgave!E2: ${NAAM}`) },
  },
  {
    // Range.formulas is English: SOM is Dutch Excel's name for SUM, typed where only SUM is known.
    soort: 'a Dutch function name in a dekking amount (=SOM(E3:E3)+80)',
    werkmap: [opgave(), dekking({ E2: null }, zonderWaarde({ E2: 'SOM(E3:E3)+80' }))],
    verwacht: fouten(`fout Dekking!E2: formule =SOM(E3:E3)+80 ${OPSLAAN}`),
    verwachtOp: { office: fouten(`fout Dekking!E2: ${NAAM}`) },
  },
  {
    // A name that is no cell and no defined name, in a text cell: was an empty periode on the office adapter.
    soort: 'an unknown name in a text cell (periode =Tijdvak)',
    werkmap: [opgave({ B4: 'Fysiek', C4: 'Nieuwbouw', E4: 10 }, zonderWaarde({ A4: 'Tijdvak' })), dekking()],
    verwacht: fouten(`fout Opgave!A4: formule =Tijdvak ${OPSLAAN}`),
    verwachtOp: { office: fouten(`fout Opgave!A4: ${NAAM}`) },
  },
  {
    // E3 uses E2: #NAME? comes through (Excel's rule for an error in arithmetic).
    soort: 'a formula over a cell with an unknown function (=E2+200, E2 =FOO())',
    werkmap: [opgave({ E2: null, E3: null }, zonderWaarde({ E2: 'FOO()', E3: 'E2+200' })), dekking()],
    verwacht: fouten(`fout Opgave!E2: formule =FOO() ${OPSLAAN}`, `fout Opgave!E3: formule =E2+200 ${OPSLAAN}`),
    verwachtOp: { office: fouten(`fout Opgave!E2: ${NAAM}`, `fout Opgave!E3: ${NAAM}`) },
  },
  {
    // VLOOKUP is Excel's: the fake cannot know its value, so E3 (=E2/2) has none either — it was 0 on the office adapter.
    soort: 'a formula over a cell Excel computes and the fake cannot (=E2/2, E2 =VLOOKUP(…))',
    werkmap: [opgave({ E2: null, E3: null }, zonderWaarde({ E2: 'VLOOKUP(C2,H:I,2,FALSE)', E3: 'E2/2' })), dekking()],
    verwacht: fouten(`fout Opgave!E2: formule =VLOOKUP(C2,H:I,2,FALSE) ${OPSLAAN}`, `fout Opgave!E3: formule =E2/2 ${OPSLAAN}`),
  },
  {
    // Excel gives 400 (IFERROR catches FOO's #NAME?): not an error the fake may invent, and no value it can compute.
    soort: 'an unknown function caught by IFERROR (=IFERROR(FOO(1),400))',
    werkmap: [opgave({ E2: null }, zonderWaarde({ E2: 'IFERROR(FOO(1),400)' })), dekking()],
    verwacht: fouten(`fout Opgave!E2: formule =IFERROR(FOO(1),400) ${OPSLAAN}`),
  },
];
