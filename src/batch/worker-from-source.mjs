// Development only: the worker entry used when the batch code runs from src/ (vitest, tsx), where
// worker threads cannot load .ts files by themselves. Built code uses worker.js next to runner.js.
// Importing worker.ts starts serving the pool's jobs in this thread.
import { tsImport } from 'tsx/esm/api';

const worker = await tsImport('./worker.ts', import.meta.url);

export default worker.default;
