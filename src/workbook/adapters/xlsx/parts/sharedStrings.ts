import { runText } from '../sheetCells';
import { openRoot } from '../xml/tree';

/** The strings of a shared-strings part (`<si>` items, rich text joined, phonetic runs left out); throws GeenWerkmap for a damaged part. */
export function parseSharedStrings(xml: string | undefined, part: string): string[] {
  if (xml === undefined) return [];
  const { reader, prefix: p } = openRoot(xml, part, 'sst');
  const tags = { t: p + 't', r: p + 'r' };
  const si = p + 'si';
  const strings: string[] = [];
  while (reader.nextChild(1)) if (reader.isName(si)) strings.push(runText(reader, tags));
  reader.finish();
  return strings;
}
