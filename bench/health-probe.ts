import { performance } from 'node:perf_hooks';

/**
 * Asks `/healthz` every `everyMs` until stopped: how many answered, and the slowest answer
 * (what a stalled event loop shows). A keep-alive connection the blocked server timed out
 * fails once; the next request is asked again.
 */
export function healthProbe(url: string, everyMs: number) {
  let max = 0;
  let answered = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const start = performance.now();
      const ok = await fetch(`${url}/healthz`).then((r) => r.arrayBuffer().then(() => r.ok), () => false);
      if (ok && running) answered++;
      max = Math.max(max, performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    async stop(): Promise<{ max: number; answered: number }> {
      running = false;
      await loop;
      return { max, answered };
    }
  };
}
