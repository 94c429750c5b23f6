/**
 * The package as users import it: `import … from 'gov-report-extract'` resolves through package.json
 * `exports` to the esbuild bundle (dist/bundle/index.js), in a fresh Node process.
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, root } from './cli/helpers/cli.js';

beforeAll(() => ensureBuilt(), 300_000);

/** Runs an ES module script in a fresh process at the package root and parses the JSON it prints. */
function run(script: string): unknown {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

describe('the package entry', () => {
  it('exposes the documented API from the bundle', async () => {
    const source = Object.keys(await import('../src/index.js')).sort();
    const bundled = run(`
      const url = import.meta.resolve('gov-report-extract');
      const api = await import('gov-report-extract');
      console.log(JSON.stringify({ url, names: Object.keys(api).sort() }));
    `) as { url: string; names: string[] };
    expect(bundled.url).toMatch(/\/dist\/bundle\/index\.js$/);
    expect(bundled.names).toEqual(source);
  });

  it('parses and converts through the bundle, worker threads included', () => {
    const result = run(`
      import { readFileSync } from 'node:fs';
      const { parseReportText, extractReports, isReportError } = await import('gov-report-extract');
      const report = parseReportText(readFileSync('samples/quzhou-safety-2018.txt', 'utf8'));
      const records = [];
      for await (const record of extractReports(['test/fixtures/seed/report.gb18030.txt', 'test/fixtures/seed/report.docx'], { threads: true, concurrency: 2 })) {
        records.push({ ok: record.ok, agency: record.ok ? record.report.agency : null, format: record.ok ? record.report.source.format : null });
      }
      let typed = false;
      try { parseReportText(null); } catch (error) { typed = isReportError(error) && error.code === 'INVALID_INPUT'; }
      console.log(JSON.stringify({ year: report.year, template: report.template, records, typed }));
    `);
    expect(result).toEqual({
      year: 2018,
      template: 'legacy-2008',
      records: [
        { ok: true, agency: '衢州市安全生产监督管理局', format: 'text' },
        { ok: true, agency: '衢州市安全生产监督管理局', format: 'docx' },
      ],
      typed: true,
    });
  });
});
