import { ADDIN_VERSIE, zelftestOmgeving } from '../../../src/taskpane/office/zelftestOmgeving';

const NU = new Date(2026, 11, 3, 9, 15);

describe("the Zelftest's environment from Office", () => {
  it('names host, platform and version as Office.context.diagnostics gives them, and asks isSetSupported', () => {
    const isSetSupported = jest.fn((naam: string, versie?: string) => naam === 'ExcelApi' && versie === '1.9');
    const diagnostics = { host: 'Excel', platform: 'Mac', version: '16.91.24111020' };
    const omgeving = zelftestOmgeving({ context: { diagnostics, requirements: { isSetSupported } } }, '0.1.0', () => NU);
    expect([omgeving.host, omgeving.platform, omgeving.versie, omgeving.addin, omgeving.nu()]).toEqual([
      'Excel',
      'Mac',
      '16.91.24111020',
      '0.1.0',
      NU,
    ]);
    expect([omgeving.isSetSupported('ExcelApi', '1.9'), omgeving.isSetSupported('ExcelApi', '1.12')]).toEqual([true, false]);
    expect(isSetSupported).toHaveBeenCalledWith('ExcelApi', '1.12');
    // What it copies onto its sheet: the example as Voorbeeld invoegen writes it, Opgave's first row of figures Nieuwbouw's 445.
    expect([omgeving.voorbeeld.opgave.name, omgeving.voorbeeld.dekking.name]).toEqual(['Opgave', 'Dekking']);
    expect(omgeving.voorbeeld.opgave.values[3].slice(0, 4)).toEqual(['tot 2030', 'Fysiek', 'Nieuwbouw', 445]);
    expect(omgeving.golden.perioden.map((p) => p.periode)).toEqual(['tot 2030', '2030 t/m 2035']);
  });

  it('a host without diagnostics or requirements: onbekend, and no requirement set supported', () => {
    for (const context of [{}, { diagnostics: null }, { diagnostics: { host: 'Excel', version: '' } }]) {
      const omgeving = zelftestOmgeving({ context });
      expect(omgeving.platform).toBe('onbekend');
      expect(omgeving.versie).toBe('onbekend');
      expect(omgeving.isSetSupported('ExcelApi', '1.1')).toBe(false);
    }
  });

  it('isSetSupported that throws counts as not supported', () => {
    const isSetSupported = () => {
      throw new Error('not available');
    };
    expect(zelftestOmgeving({ context: { requirements: { isSetSupported } } }).isSetSupported('ExcelApi', '1.1')).toBe(false);
  });

  it("the add-in's version is the build's: outside it (jest) onbekend", () => {
    expect(ADDIN_VERSIE).toBe('onbekend');
    expect(zelftestOmgeving({ context: {} }).addin).toBe('onbekend');
  });
});
