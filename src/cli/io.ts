/** Where the CLI writes: process streams in `bin`, buffers in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const EXIT = { klaar: 0, fouten: 1, gebruik: 2 } as const;
