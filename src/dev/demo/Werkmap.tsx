import React, { useRef } from 'react';
import type { FakeExcel } from '../fakeExcel';
import { FormulaBar } from './FormulaBar';
import { Grafiek } from './Grafiek';
import { SheetGrid } from './SheetGrid';
import { inSelection, parseSelection, viewSheet } from './sheetModel';
import type { ViewActions } from './viewActions';

interface Props {
  excel: FakeExcel;
  actions: ViewActions;
  /** The ribbon's Herbereken button (the add-in's command, as in Excel). */
  onRibbon(): void;
  onRestart(): void;
}

/** Excel's window without Excel: the ribbon's NPLV button, the formula bar, the grid and the sheet tabs. */
export function Werkmap({ excel, actions, onRibbon, onRestart }: Props) {
  const input = useRef<HTMLInputElement>(null);
  // As Excel: a hidden sheet (NPLV Versies) has no tab.
  const names = excel.sheetNames().filter((name) => excel.visibility(name) === 'Visible');
  const active = excel.activeSheet ?? names[0];
  if (!active) return <p>De werkmap heeft geen bladen.</p>;
  const sheet = viewSheet(excel, active);
  const chosen = parseSelection(excel.selection);
  const selected = chosen?.sheet.toLowerCase() === active.toLowerCase() ? chosen.cell : undefined;
  const entry = sheet.rows.flat().find((c) => c.address === selected)?.entry ?? '';
  const charts = excel.charts(active);
  return (
    <div className="werkmap">
      <div className="lint" role="toolbar" aria-label="Lint">
        <span className="lint-groep">Start › NPLV-opgave</span>
        <button type="button" onClick={onRibbon}>
          Herbereken (lint)
        </button>
        <button type="button" onClick={onRestart}>
          Opnieuw beginnen
        </button>
      </div>
      <FormulaBar
        place={selected && `${active}!${selected}`}
        entry={entry}
        inputRef={input}
        onCommit={(typed) => selected && void actions.type(active, selected, typed)}
      />
      <SheetGrid
        sheet={sheet}
        selected={selected}
        inRange={inSelection(excel.selection, active)}
        onSelect={(cell) => void actions.select(active, cell)}
        onEdit={(cell) => void actions.select(active, cell).then(() => input.current?.focus())}
        onToggle={(group, expand) => void actions.toggleGroup(active, group.top, group.bottom, expand)}
      />
      {charts.length > 0 && (
        <div className="grafieken">
          {charts.map((chart) => (
            <Grafiek key={chart.name} chart={chart} read={(block) => excel.values(block)} />
          ))}
        </div>
      )}
      <div className="tabs" role="tablist" aria-label="Bladen">
        {names.map((name) => (
          <button key={name} type="button" role="tab" aria-selected={name === active} onClick={() => void actions.activate(name)}>
            {name}
          </button>
        ))}
      </div>
    </div>
  );
}
