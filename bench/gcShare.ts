import { performance, PerformanceObserver } from 'perf_hooks';

/**
 * The time one run of `f` takes and how much of it went to garbage collection: the engine's
 * decimals are objects, and what a run keeps (each row's figures) the collector must copy.
 */
export async function withGcShare(f: () => unknown): Promise<{ ms: number; gcMs: number }> {
  const spans: { start: number; duration: number }[] = [];
  const observer = new PerformanceObserver((list) =>
    list.getEntries().forEach((e) => spans.push({ start: e.startTime, duration: e.duration })),
  );
  observer.observe({ entryTypes: ['gc'] });
  const start = performance.now();
  f();
  const end = performance.now();
  await new Promise((done) => setTimeout(done, 20)); // the entries arrive after the run
  observer.disconnect();
  const gcMs = spans.filter((s) => s.start >= start && s.start <= end).reduce((sum, s) => sum + s.duration, 0);
  return { ms: end - start, gcMs };
}
