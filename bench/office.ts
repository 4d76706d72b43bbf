import { FakeExcel, type FakeRequest } from '../src/dev/fakeExcel';
import { OfficeWorkbook } from '../src/workbook/adapters/office/officeWorkbook';
import { herberekenWerkmap } from '../src/workbook/herbereken';
import type { GoalResult } from './goals';
import { benchSheets } from '../test/support/sheets';

const GOAL_SYNCS = 3;
/**
 * A block: what one request or response carries. Excel on the web refuses either over 5 MB;
 * a block is filled to 4.8 MB, the rest is margin for the request's own overhead (and for a
 * "5 MB" that might mean 5,000,000 bytes). Counted the same way as in the adapter's tests.
 */
const BLOCK = 4_800_000;

// MB of 10^6 bytes, as the limit (5 MB) and the block are counted.
const mb = (bytes: number) => (bytes / 1e6).toFixed(2);

// What the requests of one recalculation sent and got back, compactly: `sent/received` in MB.
const trace = (requests: FakeRequest[]) =>
  requests.map((r) => `${mb(r.payloadBytes)}/${mb(r.responseBytes)}${r.error ? ' refused' : ''}`).join('  ');

async function measureHerbereken(fake: FakeExcel) {
  const from = fake.syncs;
  const start = process.hrtime.bigint();
  const uitkomst = await herberekenWerkmap(new OfficeWorkbook(fake.run));
  if (!uitkomst.ok) throw new Error('benchmark input has errors');
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const requests = fake.requests.slice(from);
  const sum = (bytes: number[]) => bytes.reduce((a, b) => a + b, 0);
  const written = sum(requests.filter((r) => r.writes > 0).map((r) => r.payloadBytes));
  const read = sum(requests.filter((r) => !r.error).map((r) => r.responseBytes));
  // The goal: 3 syncs while what is read and what is written fit one block each, one more
  // for each further block of either: 3 + (read blocks − 1) + (write blocks − 1).
  const extra = (bytes: number) => Math.max(0, Math.ceil(bytes / BLOCK) - 1);
  return { requests, read, written, goal: GOAL_SYNCS + extra(read) + extra(written), ms };
}

/** Syncs and payload per recalculation through the Office adapter on the in-memory Excel. */
export async function benchOffice(): Promise<GoalResult[]> {
  console.log('\nOffice.js adapter on the in-memory Excel (Excel on the web limits: 5 MB per request and response)');
  console.log(
    `goal: ${GOAL_SYNCS} syncs per recalculation, +1 per further block read or written (blocks of ${BLOCK.toLocaleString('en')} bytes: 5 MB less a margin)\n`,
  );
  console.log(
    ['rows', 'run', 'syncs', 'goal', 'read MB', 'written MB', 'largest sent', 'largest read', 'ms', ''].map((h) => h.padStart(13)).join(''),
  );
  const lines: string[] = [];
  const misses: string[] = [];
  let most = 0;
  for (const n of [10, 10_000, 100_000]) {
    const fake = new FakeExcel(benchSheets(n));
    for (const run of ['first', 'second']) {
      const { requests, read, written, goal, ms } = await measureHerbereken(fake);
      const largest = (pick: (r: FakeRequest) => number) => mb(Math.max(...requests.filter((r) => !r.error).map(pick)));
      const met = requests.length <= goal ? 'met' : 'NOT MET';
      if (requests.length > goal) misses.push(`${n} rows ${run} run: ${requests.length} syncs, goal ${goal}`);
      most = Math.max(most, requests.length - goal);
      const cells = [
        n.toLocaleString('nl-NL'),
        run,
        requests.length,
        goal,
        mb(read),
        mb(written),
        largest((r) => r.payloadBytes),
        largest((r) => r.responseBytes),
        ms.toFixed(0),
        met,
      ];
      console.log(cells.map((c) => String(c).padStart(13)).join(''));
      lines.push(`  ${n.toLocaleString('nl-NL')} rows, ${run} run: ${trace(requests)}`);
    }
  }
  console.log(
    '\nPer sync, MB sent/received (the sheet names with the first rows of Opgave and Dekking, then one per block read, one per block written):',
  );
  lines.forEach((l) => console.log(l));
  return [
    {
      goal: 'Excel: syncs per recalculation ≤ 3 (+1 per 5 MB block)',
      measured: misses.length ? `${most} over` : 'all within',
      met: misses.length === 0,
      ...(misses.length && { reason: misses.join('; ') }),
    },
  ];
}
