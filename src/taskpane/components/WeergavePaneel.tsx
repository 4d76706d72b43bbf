import React from 'react';
import { ChoiceGroup } from 'office-ui-fabric-react/lib/ChoiceGroup';
import { SpinButton } from 'office-ui-fabric-react/lib/SpinButton';
import { switchWeergave } from '../state/actions';
import { usePaneEnv } from '../state/paneContext';
import { getoondeWeergave, type PaneState } from '../state/paneState';
import { EENHEDEN, MAX_DECIMALEN, standaardDecimalen, toonbareEenheden, type Schaal, type Weergave } from '../../workbook';
import { Sectie } from './Sectie';
import { klassen } from './styles';

// A typed or stepped number of decimals, kept within 0–6; undefined for text that is no whole number.
function decimalenVan(tekst: string, stap = 0): number | undefined {
  const n = /^\s*\d+\s*$/.test(tekst) ? Number(tekst) + stap : undefined;
  return n === undefined ? undefined : Math.min(MAX_DECIMALEN, Math.max(0, n));
}

/**
 * The display setting (issue 16): the unit (the workbook's own and the larger ones: a number
 * format cannot show a smaller one) and the number of decimals, 0–6. The pane's figures follow
 * at once; the NPLV Totaalbeeld sheet when Herbereken writes it (`switchWeergave`). Radio
 * buttons and a spin button: arrow keys, typing and a screen reader's labels all work.
 */
export function WeergavePaneel({ state }: { state: PaneState }): JSX.Element | null {
  const env = usePaneEnv();
  const huidig = getoondeWeergave(state);
  if (!huidig) return null;
  const { eenheid: werkmap, weergave } = huidig;
  const zet = (w: Weergave) => void switchWeergave(env, w);
  // The spin button's handlers return the text it then shows.
  const stap = (stapGrootte: number) => (tekst: string) => {
    const decimalen = decimalenVan(tekst, stapGrootte) ?? weergave.decimalen;
    if (decimalen !== weergave.decimalen) zet({ ...weergave, decimalen });
    return String(decimalen);
  };
  return (
    <Sectie id="nplv-weergave" kop="Weergave">
      <div className={klassen.weergave}>
        <ChoiceGroup
          label="Eenheid"
          selectedKey={weergave.eenheid}
          options={toonbareEenheden(werkmap).map((s) => ({ key: s, text: EENHEDEN[s].tekst }))}
          onChange={(_e, o) =>
            o && o.key !== weergave.eenheid && zet({ eenheid: o.key as Schaal, decimalen: standaardDecimalen(o.key as Schaal) })
          }
          styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', columnGap: '12px' } }}
        />
        <SpinButton
          label="Decimalen"
          min={0}
          max={MAX_DECIMALEN}
          step={1}
          value={String(weergave.decimalen)}
          incrementButtonAriaLabel="Eén decimaal meer"
          decrementButtonAriaLabel="Eén decimaal minder"
          onIncrement={stap(1)}
          onDecrement={stap(-1)}
          onValidate={stap(0)}
          styles={{ root: { width: 120 } }}
        />
      </div>
      <p className={klassen.toelichting}>
        {'Zo toont het blad NPLV Totaalbeeld de bedragen; de cellen houden het exacte bedrag in de eenheid van de werkmap.'}
      </p>
    </Sectie>
  );
}
