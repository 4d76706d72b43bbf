import { eigenschappen } from './properties/eigenschappen';
import { office } from './properties/office';

// Issue #6: the properties of herbereken over random workbooks, on the Office.js adapter over the in-memory Excel.
eigenschappen(office, { runs: 50, msPerRun: 40 });
