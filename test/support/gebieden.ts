/**
 * A hand-made workbook of three gebieden with a Bron raming column (issue 16), for the pane
 * and the command line alike. Default keys: Nieuwbouw 50%, Leefomgeving 75%, Onderwijs 75%.
 * The figures by hand (mln euro), restopgave per onderdeel (no netting):
 *
 * tot 2030 (4 jaar)
 *   Rotterdam-Zuid   Nieuwbouw 200 (Rijksdeel 100), dekking 30 + 50 → rest 120, rest-Rijks 100 − 50 = 50
 *                    Leefomgeving 40 (Rijksdeel 30), no dekking → rest 40, rest-Rijks 30
 *                    Onderwijs 80 (Rijksdeel 60), dekking 0 + 20 → rest 60, rest-Rijks 40
 *                    fysiek: opgave 240, dekking 80, rest 160, Rijksdeel 130, rest-Rijks 80, per jaar 40
 *                    sociaal: opgave 80, dekking 20, rest 60, Rijksdeel 60, rest-Rijks 40, per jaar 15
 *                    total: opgave 320, dekking 100, rest 220, Rijksdeel 190, Rijksdekking 70, rest-Rijks 120, per jaar 55 (Rijk 30)
 *   Den Haag Zuidwest Nieuwbouw 100 (Rijksdeel 50), dekking 90 + 30 → rest 0 (overschot 20), rest-Rijks 50 − 30 = 20
 *   Tilburg-Noord    Onderwijs 60 (Rijksdeel 45), no dekking → rest 60, rest-Rijks 45, per jaar 15
 *   dekking op pijlerniveau (Fysiek, no onderdeel): 10, in no gebied
 *   sources: Synthese 2024 200 + 40 + 80 = 320 (Rijksdeel 100 + 30 + 60 = 190); overig 100 + 60 = 160 (Rijksdeel 50 + 45 = 95)
 * 2030 t/m 2035 (6 jaar)
 *   Rotterdam-Zuid   Nieuwbouw 300 (Rijksdeel 150), dekking 0 + 100 → rest 200 (per jaar 33,33…), rest-Rijks 50
 *   Den Haag Zuidwest Onderwijs 120 (Rijksdeel 90) → rest 120 (per jaar 20), rest-Rijks 90
 *   Tilburg-Noord    nothing
 *   sources: Extrapolatie 420 (Rijksdeel 240)
 */
export const GEBIEDEN = {
  Opgave: [
    ['Periode', 'Pijler', 'Onderdeel', 'Gebied', 'Opgave', 'Bron raming'],
    ['tot 2030', 'Fysiek', 'Nieuwbouw', 'Rotterdam-Zuid', 200, 'Synthese 2024'],
    ['tot 2030', 'Fysiek', 'Nieuwbouw', 'Den Haag Zuidwest', 100, null],
    ['tot 2030', 'Fysiek', 'Leefomgeving', 'Rotterdam-Zuid', 40, 'Synthese 2024'],
    ['tot 2030', 'Sociaal-maatschappelijk', 'Onderwijs', 'Rotterdam-Zuid', 80, 'Synthese 2024'],
    ['tot 2030', 'Sociaal-maatschappelijk', 'Onderwijs', 'Tilburg-Noord', 60, null],
    ['2030 t/m 2035', 'Fysiek', 'Nieuwbouw', 'Rotterdam-Zuid', 300, 'Extrapolatie'],
    ['2030 t/m 2035', 'Sociaal-maatschappelijk', 'Onderwijs', 'Den Haag Zuidwest', 120, 'Extrapolatie'],
  ],
  Dekking: [
    ['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Gebied', 'Cofinanciering', 'Rijksfinanciering'],
    ['tot 2030', 'Fysiek', 'Regeling', 'Nieuwbouw', 'Rotterdam-Zuid', 30, 50],
    ['tot 2030', 'Fysiek', 'Regeling', 'Nieuwbouw', 'Den Haag Zuidwest', 90, 30],
    ['tot 2030', 'Sociaal-maatschappelijk', 'Regeling', 'Onderwijs', 'Rotterdam-Zuid', 0, 20],
    ['tot 2030', 'Fysiek', 'Pijlerbudget', null, null, 0, 10],
    ['2030 t/m 2035', 'Fysiek', 'Regeling', 'Nieuwbouw', 'Rotterdam-Zuid', 0, 100],
  ],
} satisfies Record<string, (string | number | null)[][]>;
