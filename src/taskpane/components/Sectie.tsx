import React from 'react';
import { klassen } from './styles';

/** A section of the pane under its heading (its accessible name). */
export function Sectie({
  id,
  kop,
  children,
  ...rest
}: { id: string; kop: string; children: React.ReactNode } & React.HTMLAttributes<HTMLElement>): JSX.Element {
  return (
    <section aria-labelledby={id} {...rest}>
      <h2 id={id} className={klassen.sectieKop}>
        {kop}
      </h2>
      {children}
    </section>
  );
}
