import { eigenschappen } from './properties/eigenschappen';
import { xlsx } from './properties/xlsx';

// Issue #6: the properties of herbereken over random workbooks, on .xlsx files (ExcelJS), saved and opened again at each step.
eigenschappen(xlsx, { runs: 20, gewicht: 0.2, msPerRun: 150 });
