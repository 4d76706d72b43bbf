import { xlsxHarness } from './harnesses';
import { robustness } from './suite';

describe('bad and odd workbooks on the xlsx adapter', () => robustness(xlsxHarness));
