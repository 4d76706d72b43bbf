// Placeholder until the real task pane (PANE.md) lands: proves the bundle, React and office.js
// load in the shared runtime.
import React from 'react';
import ReactDOM from 'react-dom';

function Placeholder(): JSX.Element {
  return <p>NPLV-opgave — het taakvenster volgt</p>;
}

function render(): void {
  ReactDOM.render(<Placeholder />, document.getElementById('root'));
}

if (typeof Office !== 'undefined') {
  Office.onReady(render);
} else {
  render();
}
