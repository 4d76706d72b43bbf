import { BASIS } from './basis';
import { draai, nieuweMap, toetsSoorten } from './runner';

toetsSoorten('nplv as a process: the baseline', BASIS);

describe('the runner', () => {
  it('measures a process that ends normally and one the bound ends, and says an abort gave no memory figure', async () => {
    const map = nieuweMap();
    const goed = await draai({}, ['voorbeeld', 'a.xlsx'], map);
    expect(goed.code).toBe(0);
    expect(goed.mb).toBeGreaterThan(20); // node itself takes tens of MB
    const gedood = await draai({ proces: { signaal: { na: 0, signaal: 'SIGKILL' } } }, ['voorbeeld', 'b.xlsx'], map);
    expect([gedood.code, gedood.signaal, gedood.mb, gedood.cpuMs]).toEqual([null, 'SIGKILL', undefined, undefined]);
    expect(goed.cpuMs).toBeGreaterThan(0);
  }, 60_000);
});

describe('the memory figure', () => {
  it("is the process's own, not that of the test process it was forked from", async () => {
    const ballast = Buffer.alloc(300 * 2 ** 20, 1); // 300 MB resident in this test process
    const run = await draai({}, ['totaalbeeld', 'weg.xlsx'], nieuweMap());
    expect(ballast[ballast.length - 1]).toBe(1);
    expect(process.memoryUsage().rss).toBeGreaterThan(300 * 2 ** 20);
    expect(run.code).toBe(2);
    expect(run.mb).toBeLessThan(200); // a bare start of nplv takes well under 150 MB
  }, 60_000);
});
