import { memoryHarness } from './harnesses';
import { robustness } from './suite';

describe('bad and odd workbooks on the memory adapter', () => robustness(memoryHarness));
