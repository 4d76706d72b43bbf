/*
 * The pane in an old webview (issue 18). Excel on older Windows (Windows 7/8.1, Windows 10 before
 * 1903, no WebView2) shows add-ins in Internet Explorer 11, which cannot run the pane's
 * JavaScript (ES2020): the pane would stay blank. This script, loaded first in
 * taskpane.html, writes a Dutch message into #root when the browser lacks ES2015, and does
 * nothing otherwise. It must itself run there: ES5 only (test/e2e/officeJs.test.ts parses it so),
 * no inline script and no innerHTML (the Content-Security-Policy and ESLint forbid both).
 */
/* global document */
(function () {
  'use strict';

  var ES2015 = ['Promise', 'Symbol', 'Map', 'Set', 'WeakMap', 'Proxy', 'Reflect'];

  function lacksEs2015() {
    for (var i = 0; i < ES2015.length; i++) {
      if (typeof window[ES2015[i]] === 'undefined') return true;
    }
    return typeof Object.assign !== 'function' || typeof Array.prototype.find !== 'function';
  }

  function element(name, text) {
    var node = document.createElement(name);
    node.appendChild(document.createTextNode(text));
    return node;
  }

  var TITLE = 'NPLV-opgave werkt niet in deze versie van Excel';
  var CAUSE = 'Excel toont dit taakvenster met Internet Explorer 11. Daarin werken het taakvenster en de NPLV-functies niet.';
  var REMEDY =
    'NPLV-opgave werkt in Microsoft 365 (Excel voor Windows vanaf versie 2002), Excel 2021, Excel op het web en ' +
    'Excel voor Mac (16.x); niet in Excel 2016 of 2019 en niet op de iPad. Werk Windows en Excel bij (of vraag de ' +
    'beheerder Microsoft Edge WebView2 te installeren), of open de werkmap in Excel op het web.';

  function showMessage() {
    var root = document.getElementById('root');
    if (!root) return;
    while (root.firstChild) root.removeChild(root.firstChild);
    var message = document.createElement('div');
    message.setAttribute('role', 'alert');
    message.appendChild(element('h1', TITLE));
    message.appendChild(element('p', CAUSE));
    message.appendChild(element('p', REMEDY));
    root.appendChild(message);
  }

  if (!lacksEs2015()) return;
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', showMessage);
  } else {
    showMessage();
  }
})();
