// Preloaded with `node --import` into a process whose peak memory is measured: at exit, it prints
// `bench-max-rss <MB>` on stderr (the whole process, worker threads included: `process.resourceUsage().maxRSS`).
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `bench-max-rss ${(process.resourceUsage().maxRSS / 1024).toFixed(1)}\n`);
});
