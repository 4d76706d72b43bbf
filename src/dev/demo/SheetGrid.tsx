import React from 'react';
import type { ViewCell, ViewSheet } from './sheetModel';

const ROW_NUMBERS_PX = 40;

interface Props {
  sheet: ViewSheet;
  selected: string | undefined;
  onSelect(cell: string): void;
  onEdit(cell: string): void;
}

function Cell({ cell, selected, onSelect, onEdit }: { cell: ViewCell; selected: boolean } & Pick<Props, 'onSelect' | 'onEdit'>) {
  const classes = [cell.numeric ? 'getal' : '', cell.bold ? 'vet' : '', cell.spills ? 'loopt-door' : '', selected ? 'gekozen' : ''].filter(Boolean).join(' ');
  return (
    <td
      role="gridcell"
      className={classes || undefined}
      aria-selected={selected}
      data-cel={cell.address}
      data-waarde={cell.value === null ? undefined : JSON.stringify(cell.value)}
      onClick={() => onSelect(cell.address)}
      onDoubleClick={() => onEdit(cell.address)}
    >
      {cell.shown}
    </td>
  );
}

/** The cells of one sheet, with column letters and row numbers as Excel shows them. */
export function SheetGrid({ sheet, selected, onSelect, onEdit }: Props) {
  return (
    <div className="raster">
      <table role="grid" aria-label={`Blad ${sheet.name}`} style={{ width: ROW_NUMBERS_PX + sheet.columns.reduce((sum, c) => sum + c.widthPx, 0) }}>
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
            <tr key={r}>
              <th scope="row">{r + 1}</th>
              {row.map((cell) => (
                <Cell key={cell.address} cell={cell} selected={cell.address === selected} onSelect={onSelect} onEdit={onEdit} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
