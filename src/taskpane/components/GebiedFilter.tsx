import React, { useEffect, useState } from 'react';
import { Dropdown, type IDropdownOption } from 'office-ui-fabric-react/lib/Dropdown';
import { normalize } from '../../engine';
import { gebiedNaam } from '../../workbook';

/** The key of *Alle gebieden*; a gebied's is `g:` and its name as the engine compares names. */
const ALLE = 'alle';
const sleutel = (gebied: string) => `g:${normalize(gebied)}`;

/**
 * The gebied chosen among `gebieden` (as the result spells them; undefined: all), and how to
 * choose. A choice whose gebied is not in a new result is dropped: the pane shows all again.
 */
export function useGebiedKeuze(gebieden: readonly string[]): [string | undefined, (gebied: string | undefined) => void] {
  const [gekozen, kies] = useState<string | undefined>();
  const gebied = gekozen === undefined ? undefined : gebieden.find((g) => sleutel(g) === gekozen);
  useEffect(() => {
    if (gekozen !== undefined && gebied === undefined) kies(undefined);
  }, [gekozen, gebied]);
  return [gebied, (g) => kies(g === undefined ? undefined : sleutel(g))];
}

/**
 * The Gebied dropdown above the result (issue 16): *Alle gebieden*, then each gebied in the
 * order of its first row (`(geen gebied)`: onderdelen without one). Labelled, and chosen with
 * the arrow keys as with the mouse.
 */
export function GebiedFilter({
  gebieden,
  gebied,
  kies,
}: {
  gebieden: readonly string[];
  gebied: string | undefined;
  kies: (gebied: string | undefined) => void;
}): JSX.Element {
  const options: IDropdownOption[] = [
    { key: ALLE, text: 'Alle gebieden' },
    ...gebieden.map((g) => ({ key: sleutel(g), text: gebiedNaam(g), data: g })),
  ];
  return (
    <Dropdown
      label="Gebied"
      options={options}
      selectedKey={gebied === undefined ? ALLE : sleutel(gebied)}
      onChange={(_e, o) => o && kies(o.key === ALLE ? undefined : (o.data as string))}
      styles={{ root: { marginBottom: 8 } }}
    />
  );
}
