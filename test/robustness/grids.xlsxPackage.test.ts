import { eigenschappen } from './properties/eigenschappen';
import { xlsxPakket } from './properties/xlsx';

// Issue #6: the properties of herbereken over random workbooks, on .xlsx files through the package adapter (nplv herbereken's), saved and opened again at each step.
eigenschappen(xlsxPakket, { runs: 20, gewicht: 0.2, msPerRun: 150 });
