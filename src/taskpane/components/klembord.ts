/**
 * Puts text on the clipboard: the Clipboard API where the page may use it, else a hidden
 * textarea and `copy` (older webviews). Office's webview can refuse both (no permission, no
 * user gesture left after an await): false then, and the pane offers the text to copy by hand.
 */
export async function kopieerNaarKlembord(tekst: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(tekst);
      return true;
    }
  } catch {
    // refused: the old way below
  }
  return kopieerOudeManier(tekst);
}

function kopieerOudeManier(tekst: string): boolean {
  const veld = document.createElement('textarea');
  veld.value = tekst;
  veld.readOnly = true;
  // Out of sight, through the CSSOM (the page's policy refuses a style attribute).
  Object.assign(veld.style, { position: 'fixed', top: '0', left: '-9999px', opacity: '0' });
  const terug = document.activeElement; // the button pressed: focus goes back to it
  document.body.appendChild(veld);
  try {
    veld.focus();
    veld.select();
    return typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    return false;
  } finally {
    veld.remove();
    if (terug instanceof HTMLElement) terug.focus();
  }
}
