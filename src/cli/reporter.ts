/**
 * Human output on stderr: one line per problem, `path:line:col severity message CODE`
 * (the shape editors and CI annotators parse), and a summary at the end.
 */
import type { BatchRecord } from '../batch/types.js';
import type { Diagnostic, Severity } from '../types.js';

/** Which records make the exit code 1. */
export type FailOn = 'error' | 'warning' | 'never';

/** How one record counts in the summary. */
export type Outcome = 'ok' | 'warnings' | 'errors' | 'failed';

const rank: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/**
 * @param record A batch record.
 * @returns failed (no report), errors (report with error diagnostics), warnings, or ok.
 */
export function outcomeOf(record: BatchRecord): Outcome {
  if (!record.ok) return 'failed';
  let worst = 0;
  for (const diagnostic of record.report.diagnostics) worst = Math.max(worst, rank[diagnostic.severity] ?? 0);
  return worst === 2 ? 'errors' : worst === 1 ? 'warnings' : 'ok';
}

/**
 * @param outcome The record's outcome.
 * @param failOn The `--fail-on` level.
 * @returns Whether the record makes the run fail.
 */
export function fails(outcome: Outcome, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (outcome === 'failed' || outcome === 'errors') return true;
  return failOn === 'warning' && outcome === 'warnings';
}

/**
 * @param file The input path.
 * @param diagnostic A diagnostic.
 * @returns `path:line:col severity message CODE`.
 */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  const start = diagnostic.position?.start;
  const place = start ? `${start.line}:${start.column}` : '1:1';
  return `${file}:${place} ${diagnostic.severity} ${oneLine(diagnostic.message)} ${diagnostic.code}`;
}

/**
 * @param record A failed record.
 * @returns `path:1:1 error message CODE`.
 */
export function formatFailure(record: BatchRecord & { ok: false }): string {
  return `${record.file}:1:1 error ${oneLine(record.error.message)} ${record.error.code}`;
}

/**
 * The diagnostics worth printing for a record at a given `--fail-on` level (the ones that fail it).
 * @param record A converted record.
 * @param least The least severity to print.
 * @returns Lines, one per diagnostic.
 */
export function diagnosticLines(record: BatchRecord, least: Severity): string[] {
  if (!record.ok) return [formatFailure(record)];
  return record.report.diagnostics
    .filter((d) => rank[d.severity] >= rank[least])
    .map((d) => formatDiagnostic(record.file, d));
}

/** Running totals for the summary. */
export class Tally {
  files = 0;
  ok = 0;
  warnings = 0;
  errors = 0;
  failed = 0;
  readonly failureCodes = new Map<string, number>();

  /** @param record A record to count. @returns Its outcome. */
  add(record: BatchRecord): Outcome {
    return this.count(outcomeOf(record), record.ok ? null : record.error.code);
  }

  /**
   * @param outcome A record's outcome (`outcomeOf`).
   * @param code Its error code when it failed.
   * @returns The outcome.
   */
  count(outcome: Outcome, code: string | null): Outcome {
    this.files++;
    this[outcome === 'failed' ? 'failed' : outcome]++;
    if (code !== null) this.failureCodes.set(code, (this.failureCodes.get(code) ?? 0) + 1);
    return outcome;
  }

  /**
   * A converted file whose output could not be written: it counts as failed, not as converted.
   * @param outcome What `add` returned for the file.
   */
  writeFailed(outcome: Outcome): void {
    if (outcome !== 'failed') {
      this[outcome]--;
      this.failed++;
    }
    this.failureCodes.set('BATCH_WRITE_FAILED', (this.failureCodes.get('BATCH_WRITE_FAILED') ?? 0) + 1);
  }

  /**
   * @param seconds Elapsed wall time.
   * @param skipped Inputs skipped by `--resume`: converted before, and failed before (`--skip-failed`).
   * @returns `N files: a ok, b with warnings, c with errors, d failed (CODE×n …), e skipped (…) in 1.2 s (r files/s)`.
   */
  summary(seconds: number, skipped: Skipped = { ok: 0, failed: 0 }): string {
    const parts = [`${this.ok} ok`, `${this.warnings} with warnings`];
    if (this.errors > 0) parts.push(`${this.errors} with errors`);
    const codes = [...this.failureCodes].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ×${n}`);
    parts.push(`${this.failed} failed${codes.length > 0 ? ` (${codes.join(', ')})` : ''}`);
    const skips = skipped.ok + skipped.failed;
    if (skips > 0) {
      const why = [`${skipped.ok} converted before`];
      if (skipped.failed > 0) {
        const codes = [...(skipped.codes ?? [])].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ×${n}`);
        why.push(`${skipped.failed} failed before${codes.length > 0 ? `: ${codes.join(', ')}` : ''}`);
      }
      parts.push(`${skips} skipped (${why.join(', ')})`);
    }
    const rate = seconds > 0 && this.files > 0 ? ` (${(this.files / seconds).toFixed(1)} files/s)` : '';
    const files = this.files + skips;
    return `${files} file${files === 1 ? '' : 's'}: ${parts.join(', ')} in ${seconds.toFixed(1)} s${rate}`;
  }
}

/** Inputs `--resume` skipped, by what their earlier output records. */
export interface Skipped {
  ok: number;
  failed: number;
  /** Error codes of the failed ones, as their outputs record them. */
  codes?: ReadonlyMap<string, number>;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
