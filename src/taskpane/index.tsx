// The pane's entry (taskpane.html, shared runtime): waits for Office, makes the Office.js
// workbook port, registers the ribbon command on it and renders the pane. The only module of
// the pane that touches `Office` and `Excel`.
import './noWebFonts';
import React from 'react';
import ReactDOM from 'react-dom';
import { App } from './components/App';
import { paneThema } from './components/thema';
import { officeSelectie } from './office/officeSelectie';
import { registerRibbonCommands } from './office/ribbon';
import { createPaneStore } from './state/store';
import { verkenBijTonen } from './office/zichtbaar';
import { zelftestOmgeving } from './office/zelftestOmgeving';
import { OfficeWorkbook, zelftest } from '../workbook';

const root = () => document.getElementById('root');

function start(): void {
  const port = new OfficeWorkbook(Excel.run, Office.context.requirements.isSetSupported('ExcelApi', '1.12'));
  const store = createPaneStore();
  const env = { port, store, nu: () => new Date() };
  registerRibbonCommands(Office, env);
  verkenBijTonen(Office, env);
  // Office's theme (dark or light) as the pane's colours, from the pane's edge down.
  const thema = paneThema(Office.context.officeTheme);
  root()!.style.backgroundColor = thema.kleuren.achtergrond;
  // The Zelftest (under …): Excel's API through Excel.run on a temporary sheet, with what Office says of itself.
  const metZelftest = () => zelftest(Excel.run, zelftestOmgeving(Office));
  ReactDOM.render(
    <App port={port} store={store} selectie={officeSelectie(Excel.run, Excel.run)} thema={thema} zelftest={metZelftest} />,
    root(),
  );
}

function buitenExcel(): void {
  ReactDOM.render(<p>NPLV-opgave werkt in Excel: open het taakvenster via Start → NPLV-opgave.</p>, root());
}

if (typeof Office === 'undefined') buitenExcel();
else void Office.onReady((info) => (info.host === Office.HostType.Excel ? start() : buitenExcel()));
