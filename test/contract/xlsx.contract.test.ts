import { xlsxHarness, xlsxHidden, xlsxLook } from '../robustness/harnesses';
import { contract } from './contract';

describe('the .xlsx workbook (ExcelJS) keeps the adapter contract, through save and re-open', () => {
  // The fixture is written by ExcelJS itself (not through the adapter); re-opening saves the
  // workbook to a new file and opens that.
  contract({ ...xlsxHarness, charts: false, look: xlsxLook, hidden: xlsxHidden });
});
