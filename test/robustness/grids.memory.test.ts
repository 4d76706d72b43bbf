import { eigenschappen } from './properties/eigenschappen';
import { geheugen } from './properties/geheugen';

// Issue #6: the properties of herbereken over random workbooks, on the in-memory workbook.
eigenschappen(geheugen, { runs: 80, msPerRun: 20 });
