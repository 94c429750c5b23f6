/**
 * A one-line progress bar on a TTY stderr: files done/total, rate, ETA, errors so far.
 * Redrawn at most ten times a second; silent when stderr is not a terminal.
 */
import type { Writable } from 'node:stream';

/** The progress bar. */
export class Progress {
  readonly #stream: Writable & { columns?: number };
  readonly #total: number;
  readonly #started = Date.now();
  #drawn = 0;
  #visible = false;

  /**
   * @param stream A TTY stream.
   * @param total Files expected.
   */
  constructor(stream: Writable & { columns?: number }, total: number) {
    this.#stream = stream;
    this.#total = total;
  }

  /**
   * @param done Files done.
   * @param failed Failures so far.
   * @param force Redraw even if drawn less than 100 ms ago.
   */
  update(done: number, failed: number, force = false): void {
    const now = Date.now();
    if (!force && now - this.#drawn < 100) return;
    this.#drawn = now;
    const seconds = (now - this.#started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = rate > 0 ? Math.ceil((this.#total - done) / rate) : 0;
    const width = 24;
    const filled = this.#total > 0 ? Math.round((done / this.#total) * width) : width;
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const line = `${bar} ${done}/${this.#total} ${rate.toFixed(1)} files/s ETA ${formatSeconds(eta)} ${failed} failed`;
    // A terminal that reports no width (0 or undefined: some CI consoles, a resized pane) counts as 80 wide;
    // the last column is left free so that the line never wraps.
    const columns = this.#stream.columns || 80;
    this.#stream.write(`\r\x1b[K${line.length < columns ? line : line.slice(0, columns - 1)}`);
    this.#visible = true;
  }

  /** Erases the bar (before other stderr output, and at the end). */
  clear(): void {
    if (!this.#visible) return;
    this.#stream.write('\r\x1b[K');
    this.#visible = false;
  }
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60
    ? `${minutes}m${String(seconds % 60).padStart(2, '0')}s`
    : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}
