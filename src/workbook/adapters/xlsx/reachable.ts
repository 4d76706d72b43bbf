import { parseRels, relsPath, resolveTarget } from './parts/rels';

/**
 * The parts reachable from the package's root relationships through every part's
 * relationships; `rels(path)` gives a `.rels` part's text as it will be written.
 */
export async function reachableParts(rels: (path: string) => Promise<string | undefined>): Promise<Set<string>> {
  const seen = new Set<string>();
  const visit = async (source: string, relsText: string | undefined) => {
    for (const rel of parseRels(relsText, relsPath(source))) {
      if (rel.external) continue;
      const target = resolveTarget(source, rel.target);
      if (seen.has(target)) continue;
      seen.add(target);
      await visit(target, await rels(relsPath(target)));
    }
  };
  await visit('', await rels('_rels/.rels'));
  return seen;
}
