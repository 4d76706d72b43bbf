import React, { useEffect, useState } from 'react';

interface Props {
  /** `Opgave!E7`, or nothing selected. */
  place: string | undefined;
  entry: string;
  inputRef: React.RefObject<HTMLInputElement>;
  onCommit(typed: string): void;
}

/** Excel's name box and formula bar: shows the selected cell's content; Enter puts what was typed in it. */
export function FormulaBar({ place, entry, inputRef, onCommit }: Props) {
  const [typed, setTyped] = useState(entry);
  useEffect(() => setTyped(entry), [entry, place]);
  return (
    <div className="formulebalk">
      <span className="naamvak" aria-label="Gekozen cel">
        {place ?? ''}
      </span>
      <input
        ref={inputRef}
        aria-label="Inhoud van de cel"
        value={typed}
        disabled={!place}
        onChange={(e) => setTyped(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onCommit(typed);
          if (e.key === 'Escape') setTyped(entry);
        }}
      />
    </div>
  );
}
