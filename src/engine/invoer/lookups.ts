import type { Dec } from '../decimal';
import { SOCIALE_THEMAS } from './defaults';
import { canonicalPijler, FYSIEK, onderdeelKey, SOCIAAL } from '../names';
import { findPeriode, resolvePerioden } from './perioden';
import { resolveSleutels } from './sleutels';
import type { PeriodeInGebruik } from '../types';

const standaard = {
  sleutels: resolveSleutels().sleutels,
  perioden: resolvePerioden().perioden,
};

export type SleutelVinden = { ok: true; sleutel: Dec; pijler: string } | { ok: false; reden: 'pijler' | 'onderdeel' };

/**
 * The default verdeelsleutel of an onderdeel (MODEL.md). With a pijler: the onderdeel's own
 * key, else the pijler's default (social 75%; a physical onderdeel without a key has none).
 * Without a pijler the onderdeel must be one the seed names (a physical one or a social
 * theme): the key of an unknown name is not guessed.
 */
export function standaardSleutel(onderdeel: string, pijler?: string): SleutelVinden {
  const p = pijler === undefined || pijler.trim() === '' ? undefined : canonicalPijler(pijler);
  if (pijler?.trim() && !p) return { ok: false, reden: 'pijler' };
  if (p === SOCIAAL) return { ok: true, sleutel: standaard.sleutels.lookup(SOCIAAL, onderdeel)!, pijler: SOCIAAL };
  const fysiek = standaard.sleutels.lookup(FYSIEK, onderdeel);
  if (fysiek) return { ok: true, sleutel: fysiek, pijler: FYSIEK };
  if (p === FYSIEK || !SOCIALE_THEMAS.some((t) => onderdeelKey(t) === onderdeelKey(onderdeel))) return { ok: false, reden: 'onderdeel' };
  return { ok: true, sleutel: standaard.sleutels.lookup(SOCIAAL, onderdeel)!, pijler: SOCIAAL };
}

/** A default periode by name or explicit range (`tot 2030`, `2026-2029`). */
export function standaardPeriode(naam: string): PeriodeInGebruik | undefined {
  return findPeriode(naam, standaard.perioden);
}

export const STANDAARD_PERIODENAMEN = standaard.perioden.map((p) => p.periode);
