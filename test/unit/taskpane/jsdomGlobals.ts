// jest's jsdom environment lacks globals that browsers and Node have and the code under test
// uses: structuredClone (MemoryWorkbook records every apply with it) and TextEncoder (the
// in-memory Excel measures request payloads with it). Node's own stand in. Import this first.
import { TextEncoder } from 'util';
import { deserialize, serialize } from 'v8';

if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T>(value: T): T => deserialize(serialize(value));
}
if (typeof globalThis.TextEncoder !== 'function') {
  globalThis.TextEncoder = TextEncoder as typeof globalThis.TextEncoder;
}
