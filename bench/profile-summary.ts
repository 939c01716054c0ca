/**
 * Reads the .cpuprofile files a server wrote with `--cpu-prof` and lists the functions
 * with the most self time, so a missed target can be traced to code by name.
 * Also usable alone: `tsx bench/profile-summary.ts <dir>`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotFunction {
  name: string;
  selfMs: number;
  percent: number;
}

const short = (url: string) => url.replace(/^file:\/\/.*?\/node_modules\//, '').replace(/^file:\/\/.*?\/(server|src|bench)\//, '$1/');

/**
 * `window`: only samples within [from, to] ms of the monotonic clock (the one of
 * process.hrtime, which V8's profiler uses too), e.g. one phase of the bench.
 */
export async function summarizeProfiles(dir: string, window?: [number, number], top = 25): Promise<HotFunction[]> {
  const self = new Map<string, number>();
  let total = 0;
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(await readFile(join(dir, name), 'utf8')) as Profile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    let time = profile.startTime; // µs
    profile.samples.forEach((id, i) => {
      time += profile.timeDeltas[i] ?? 0;
      if (window && (time < window[0] * 1000 || time > window[1] * 1000)) return;
      const frame = byId.get(id)?.callFrame;
      if (!frame) return;
      const dt = (profile.timeDeltas[i] ?? 0) / 1000;
      const key = `${frame.functionName || '(anonymous)'} ${frame.url ? `${short(frame.url)}:${frame.lineNumber + 1}` : ''}`.trim();
      self.set(key, (self.get(key) ?? 0) + dt);
      if (frame.functionName !== '(idle)') total += dt;
    });
  }
  return [...self.entries()]
    .filter(([name]) => !name.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => ({ name, selfMs: Math.round(ms), percent: total ? Math.round((ms / total) * 1000) / 10 : 0 }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: tsx bench/profile-summary.ts <dir with .cpuprofile files>');
  for (const f of await summarizeProfiles(dir)) process.stdout.write(`${String(f.selfMs).padStart(7)} ms ${f.percent.toFixed(1).padStart(5)}%  ${f.name}\n`);
}
