// The demo's entry (demo.html): an in-memory Excel holding the example workbook, the globals
// of office.js over it, and Excel's grid beside the pane. Runs before the real bundles of the
// shared runtime: taskpane.js renders into #root exactly as in Excel, functions.js registers the
// NPLV.* functions (in the browser's console: NPLV.RIJKSDEEL([[445]], [['Nieuwbouw']])), which
// the grid's formulas call (type =NPLV.RIJKSDEEL(445;"Nieuwbouw") in a cell).
import React from 'react';
import ReactDOM from 'react-dom';
import { FakeExcel } from '../fakeExcel';
import { voorbeeldBladen } from '../../voorbeeld/werkmap';
import { DONKER_THEMA, installOffice } from './officeShim';
import { viewActions } from './viewActions';
import { Werkmap } from './Werkmap';
import { NO_CHANGES, OfficeWorkbook } from '../../workbook';

const excel = new FakeExcel();
// `?thema=donker`: the pane as in Office's dark theme.
const donker = new URLSearchParams(window.location.search).get('thema') === 'donker';
const office = installOffice(excel, () => show(), donker ? DONKER_THEMA : undefined);
const actions = viewActions(Excel.run);

function show(): void {
  ReactDOM.render(
    <Werkmap
      excel={excel}
      actions={actions}
      onRibbon={() => void office.ribbon('herbereken')}
      onRestart={() => window.location.reload()}
    />,
    document.getElementById('werkmap'),
  );
}

Object.defineProperty(window, 'NPLV', { get: () => Object.fromEntries(office.functions) });

// functions.json, beside demo.html: how Excel passes each argument to the functions the grid's formulas call.
void fetch('functions.json')
  .then((response) => (response.ok ? response.json() : undefined))
  .then((metadata) => metadata && office.metadata(metadata))
  .catch(() => undefined);

// The example as the pane's Voorbeeld invoegen puts it in: through the same adapter.
void new OfficeWorkbook(Excel.run, true).apply({ ...NO_CHANGES, sheets: voorbeeldBladen() }).then(() => actions.activate('Opgave'));
