import { Dec, type Cijfers } from '../../../src/engine';
import type { Bedragweergave } from '../../../src/taskpane/state/bedragen';
import { perOnderdeelRegel } from '../../../src/taskpane/components/ResultaatPaneel';

const cijfers = (velden: Partial<Record<keyof Cijfers, string>>): Cijfers =>
  new Proxy({} as Cijfers, { get: (_t, veld: string) => new Dec(velden[veld as keyof Cijfers] ?? '0') });

// Whole mln, as PANE.md sketches the line.
const MLN: Bedragweergave = { werkmap: 'mln', weergave: { eenheid: 'mln', decimalen: 0 } };

describe('the per-onderdeel line', () => {
  it('explains the difference by the overschot and the dekking at pillar level (PANE.md)', () => {
    const totaal = cijfers({ restopgave: '2935', restopgavePerOnderdeel: '3015', overschot: '5', pijlerDekking: '75' });
    expect(perOnderdeelRegel(totaal, MLN)).toBe(
      'Per onderdeel, zonder verrekening: restopgave 3.015 (verschil 80: overschot 5, dekking op pijlerniveau 75)',
    );
  });

  it('says so when there is no difference', () => {
    expect(perOnderdeelRegel(cijfers({ restopgave: '100', restopgavePerOnderdeel: '100' }), MLN)).toBe(
      'Per onderdeel, zonder verrekening: restopgave 100 (geen verschil)',
    );
  });

  it('gives the difference alone when the dekking exceeds the opgave (the parts would not add up)', () => {
    // opgave 100 in two onderdelen of 50; dekking 60 + 0 and 80 at pillar level: saldering 0
    const totaal = cijfers({ restopgave: '0', restopgavePerOnderdeel: '50', overschot: '10', pijlerDekking: '80' });
    expect(perOnderdeelRegel(totaal, MLN)).toBe('Per onderdeel, zonder verrekening: restopgave 50 (verschil 50)');
  });
});
