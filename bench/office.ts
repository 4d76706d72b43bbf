import { FakeExcel, type FakeRequest } from '../src/fakeExcel';
import { OfficeWorkbook } from '../src/workbook/officeWorkbook';
import { herbereken } from '../src/workbook/recalculate';
import { benchSheets } from './sheets';

const MB = 1024 * 1024;
const GOAL_SYNCS = 3;

const mb = (bytes: number) => (bytes / MB).toFixed(2);

// What the requests of one recalculation sent and got back, compactly: `sent/received` in MB.
const trace = (requests: FakeRequest[]) =>
  requests.map((r) => `${mb(r.payloadBytes)}/${mb(r.responseBytes)}${r.error ? ' refused' : ''}`).join('  ');

async function recalculate(fake: FakeExcel) {
  const from = fake.syncs;
  const start = process.hrtime.bigint();
  const uitkomst = await herbereken(new OfficeWorkbook(fake.run));
  if (!uitkomst.ok) throw new Error('benchmark input has errors');
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const requests = fake.requests.slice(from);
  const sum = (bytes: number[]) => bytes.reduce((a, b) => a + b, 0);
  const written = sum(requests.filter((r) => r.writes > 0).map((r) => r.payloadBytes));
  const read = sum(requests.filter((r) => !r.error).map((r) => r.responseBytes));
  // The goal: 3 syncs while what is read and what is written fit one 5 MB request each,
  // one more for each further 5 MB block of either.
  const extra = (bytes: number) => Math.max(0, Math.ceil(bytes / (5 * MB)) - 1);
  return { requests, read, written, goal: GOAL_SYNCS + extra(read) + extra(written), ms };
}

/** Syncs and payload per recalculation through the Office adapter on the in-memory Excel. */
export async function benchOffice(): Promise<void> {
  console.log('\nOffice.js adapter on the in-memory Excel (Excel on the web limits: 5 MB per request and response)');
  console.log(`goal: ≤ ${GOAL_SYNCS} syncs per recalculation up to 5 MB, +1 per further 5 MB block (read or written)\n`);
  console.log(['rows', 'run', 'syncs', 'goal', 'read MB', 'written MB', 'largest sent', 'largest read', 'ms', ''].map((h) => h.padStart(13)).join(''));
  const lines: string[] = [];
  for (const n of [10, 10_000, 100_000]) {
    const fake = new FakeExcel(benchSheets(n));
    for (const run of ['first', 'second']) {
      const { requests, read, written, goal, ms } = await recalculate(fake);
      const largest = (pick: (r: FakeRequest) => number) => mb(Math.max(...requests.filter((r) => !r.error).map(pick)));
      const met = requests.length <= goal ? 'met' : 'NOT MET';
      const cells = [n.toLocaleString('nl-NL'), run, requests.length, goal, mb(read), mb(written), largest((r) => r.payloadBytes), largest((r) => r.responseBytes), ms.toFixed(0), met];
      console.log(cells.map((c) => String(c).padStart(13)).join(''));
      lines.push(`  ${n.toLocaleString('nl-NL')} rows, ${run} run: ${trace(requests)}`);
    }
  }
  console.log('\nPer sync, MB sent/received (a read refused for passing 5 MB is followed by one for the sizes, then row blocks):');
  lines.forEach((l) => console.log(l));
}
