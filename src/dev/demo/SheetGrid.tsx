import React from 'react';
import type { ViewCell, ViewGroup, ViewSheet } from './sheetModel';

const ROW_NUMBERS_PX = 40;

interface Props {
  sheet: ViewSheet;
  selected: string | undefined;
  /** Whether a cell is in the selected range (shaded, as Excel shows one). */
  inRange(address: string): boolean;
  onSelect(cell: string): void;
  onEdit(cell: string): void;
  /** Shows (`expand`) or hides a group's rows. */
  onToggle(group: ViewGroup, expand: boolean): void;
}

function Cell({
  cell,
  selected,
  inRange,
  onSelect,
  onEdit,
}: { cell: ViewCell; selected: boolean; inRange: boolean } & Pick<Props, 'onSelect' | 'onEdit'>) {
  const classes = [
    cell.numeric ? 'getal' : '',
    cell.bold ? 'vet' : '',
    cell.spills ? 'loopt-door' : '',
    cell.border ? 'rand' : '',
    selected ? 'gekozen' : '',
    inRange && !selected ? 'in-keuze' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <td
      role="gridcell"
      className={classes || undefined}
      style={cell.fill ? { backgroundColor: cell.fill } : undefined}
      aria-selected={selected || inRange}
      data-cel={cell.address}
      data-waarde={cell.value === null ? undefined : JSON.stringify(cell.value)}
      onClick={() => onSelect(cell.address)}
      onDoubleClick={() => onEdit(cell.address)}
    >
      {cell.shown}
    </td>
  );
}

// A summary row's button that shows or hides its group's rows, as Excel's outline +/−.
function Toggle({ group, onToggle }: { group: ViewGroup } & Pick<Props, 'onToggle'>) {
  const rows = `rijen ${group.top}–${group.bottom}`;
  return (
    <button
      type="button"
      className="groep"
      aria-expanded={group.expanded}
      aria-label={group.expanded ? `Verberg ${rows}` : `Toon ${rows}`}
      onClick={() => onToggle(group, !group.expanded)}
    >
      {group.expanded ? '−' : '+'}
    </button>
  );
}

/** The cells of one sheet, with column letters and row numbers as Excel shows them; rows the outline hides are not shown. */
export function SheetGrid({ sheet, selected, inRange, onSelect, onEdit, onToggle }: Props) {
  return (
    <div className="raster">
      <table
        role="grid"
        aria-label={`Blad ${sheet.name}`}
        style={{ width: ROW_NUMBERS_PX + sheet.columns.reduce((sum, c) => sum + c.widthPx, 0) }}
      >
        <colgroup>
          <col style={{ width: ROW_NUMBERS_PX }} />
          {sheet.columns.map((c) => (
            <col key={c.letter} style={{ width: c.widthPx }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th />
            {sheet.columns.map((c) => (
              <th key={c.letter} scope="col">
                {c.letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((row, r) => (
            <tr key={sheet.rowNumbers[r]}>
              <th scope="row">
                {sheet.groups
                  .filter((g) => g.summary === sheet.rowNumbers[r])
                  .map((g) => (
                    <Toggle key={g.top} group={g} onToggle={onToggle} />
                  ))}
                {sheet.rowNumbers[r]}
              </th>
              {row.map((cell) => (
                <Cell
                  key={cell.address}
                  cell={cell}
                  selected={cell.address === selected}
                  inRange={inRange(cell.address)}
                  onSelect={onSelect}
                  onEdit={onEdit}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
