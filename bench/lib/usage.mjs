// Preloaded with `node --import` into a measured process: at exit, it prints `bench-usage <peak RSS MB> <CPU ms>`
// on stderr, for the whole process, worker threads included (`process.resourceUsage()`: maxRSS, user + system).
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  writeSync(2, `bench-usage ${(usage.maxRSS / 1024).toFixed(1)} ${cpu.toFixed(0)}\n`);
});
