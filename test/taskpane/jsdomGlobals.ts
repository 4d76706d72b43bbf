// jest's jsdom environment lacks structuredClone (MemoryWorkbook records every apply with it);
// Node's own structured clone stands in. Import this before the code under test.
import { deserialize, serialize } from 'v8';

if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T>(value: T): T => deserialize(serialize(value));
}
