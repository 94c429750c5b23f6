// A batch worker whose jobs do what their path says, served by the real thread host (src/batch/thread-host.ts):
//   `busy-<ms>[.ext]`: blocks the thread that long, then answers; `wait-<ms>[.ext]`: awaits that long (the event
//   loop turns), then answers; `hang`: blocks it for ever (a synchronous hang);
//   `crash`: throws out of the thread; `late`: answers, then throws out of the thread between files;
//   `late-once:<file>`: as `late` while <file> does not exist (it creates it), then answers only; `bytes-<n>`:
//   answers a rendered record of <n> output bytes (transferred, as the CLI's are); anything else: answers at once.
// Each answer is a failure record with code DONE and the path as its message, so a test reads which jobs ran.
import { existsSync, writeFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

const { serveJobs } = await tsImport('../../../src/batch/thread-host.ts', import.meta.url);
const clock = new Int32Array(new SharedArrayBuffer(4));

serveJobs(async ({ path }) => {
  if (path === 'hang') for (;;) Atomics.wait(clock, 0, 0, 1_000);
  if (path === 'crash')
    setImmediate(() => {
      throw new Error('scripted crash');
    });
  if (path === 'crash') await new Promise(() => {});
  const once = /^late-once:(.+)$/.exec(path);
  if (path === 'late' || (once && !existsSync(once[1]))) {
    if (once) writeFileSync(once[1], '');
    setTimeout(() => {
      throw new Error('scripted late crash');
    });
  }
  const busy = /^busy-(\d+)(\.\w+)?$/.exec(path);
  if (busy) Atomics.wait(clock, 0, 0, Number(busy[1]));
  const wait = /^wait-(\d+)(\.\w+)?$/.exec(path);
  if (wait) await new Promise((resolve) => setTimeout(resolve, Number(wait[1])));
  const bytes = /^bytes-(\d+)$/.exec(path);
  if (bytes)
    return {
      outcome: 'ok',
      code: null,
      lines: '',
      bytes: new Uint8Array(Number(bytes[1])),
      writeError: null,
      record: null,
    };
  return { ok: false, error: { code: 'DONE', message: path } };
});
