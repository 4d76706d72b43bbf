import { officeHarness } from './harnesses';
import { robustness } from './suite';

describe('bad and odd workbooks on the office adapter', () => robustness(officeHarness));
