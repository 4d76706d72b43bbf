/**
 * The part of Excel's custom-functions runtime the functions use: `CustomFunctions.Error` with
 * its codes, and `associate` recording what is registered (as the runtime does on load).
 */
export class FakeError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

export function fakeCustomFunctions() {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const runtime = {
    Error: FakeError,
    ErrorCode: {
      invalidValue: '#VALUE!',
      notAvailable: '#N/A',
      divisionByZero: '#DIV/0!',
      invalidNumber: '#NUM!',
      nullReference: '#NULL!',
    },
    associate: (id: string, f: (...args: unknown[]) => unknown) => associated.set(id, f),
  };
  return { runtime, associated };
}

/** Installs the fake runtime as the global `CustomFunctions` (what Excel provides). */
export function installFakeRuntime() {
  const fake = fakeCustomFunctions();
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = fake.runtime;
  return fake;
}

/** The error a function threw, as [code, message]; fails when it returned a value. */
export function errorOf(call: () => unknown): [string, string] {
  try {
    const value = call();
    throw new Error(`expected an error, got ${JSON.stringify(value)}`);
  } catch (e) {
    if (!(e instanceof FakeError)) throw e;
    return [e.code, e.message];
  }
}
