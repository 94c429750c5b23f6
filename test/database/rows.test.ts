/** The rows of a document and the `--db` targets: pure functions, no database. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/index.js';
import { tableColumns, type TableName } from '../../src/database/columns.js';
import { documentRows } from '../../src/database/rows.js';
import { describeTarget, parseDatabaseTarget, redactUrl } from '../../src/database/target.js';
import { root } from '../cli/helpers/cli.js';

const context = { parserVersion: '9.9.9', loadedAt: '2026-01-02T03:04:05.000Z' };
const seedFile = 'samples/quzhou-safety-2018.txt';
const seed = parseReportText(readFileSync(path.join(root, seedFile), 'utf8'), { fileName: 'quzhou-safety-2018.txt' });

/** A row array as an object, by the column names of its table. */
function named(table: TableName, row: unknown[]): Record<string, unknown> {
  return Object.fromEntries(tableColumns[table].map(([name], i) => [name, row[i]]));
}

describe('documentRows', () => {
  const rows = documentRows(
    { file: seedFile, ok: true, report: seed },
    { contentHash: 'ab'.repeat(32), bytes: 1234 },
    context,
  );

  it('should key the document by its content hash and give every table its columns', () => {
    expect(rows.id).toBe('ab'.repeat(32));
    for (const [table, list] of Object.entries(rows.rows) as [TableName, unknown[][]][])
      for (const row of list) expect(row).toHaveLength(tableColumns[table].length);
    expect(named('documents', rows.rows.documents[0]!)).toMatchObject({
      id: 'ab'.repeat(32),
      content_hash: 'ab'.repeat(32),
      file_path: seedFile,
      bytes: 1234,
      format: 'text',
      agency: '衢州市安全生产监督管理局',
      year: 2018,
      published_on: '2019-01-07',
      template: 'legacy-2008',
      status: 'ok',
      error_code: null,
      parser_version: '9.9.9',
      loaded_at: context.loadedAt,
    });
    expect(rows.rows.files).toEqual([[seedFile, rows.id, context.loadedAt]]);
  });

  it("should hold the seed's 84 indicator values and one table value per cell", () => {
    expect(rows.rows.indicators).toHaveLength(84);
    const indicators = new Map(rows.rows.indicators.map(([, key, value]) => [key, value]));
    expect(indicators.get('apply.received')).toBe(seed.indicators['apply.received']);
    expect(indicators.get('active.total')).toBe(502);
    const cells = seed.tables.reduce((n, table) => n + table.rows.reduce((m, row) => m + row.values.length, 0), 0);
    expect(rows.rows.table_values).toHaveLength(cells);
    const active = rows.rows.table_values
      .map((row) => named('table_values', row))
      .find((v) => v.key === 'active.total');
    expect(active).toMatchObject({
      row_key: 'active.total',
      label: '主动公开政府信息数',
      unit: '条',
      value: 502,
      indicator: true,
    });
  });

  it('should flatten the section tree into paths in document order, with the tables placed', () => {
    const sections = rows.rows.sections.map((row) => named('sections', row));
    expect(sections.map((s) => s.seq)).toEqual(sections.map((_, i) => i));
    expect(sections[0]).toMatchObject({ path: '1', parent_path: null, level: 1 });
    for (const section of sections.filter((s) => s.parent_path !== null))
      expect(String(section.path).startsWith(`${String(section.parent_path)}.`)).toBe(true);
    const paths = new Set(sections.map((s) => s.path));
    for (const table of rows.rows.tables.map((row) => named('tables', row)))
      if (table.section_path !== null) expect(paths.has(table.section_path)).toBe(true);
  });

  it('should record a failed file with its error and no child rows, keyed by path when unreadable', () => {
    const failed = documentRows(
      { file: 'gone.pdf', ok: false, error: { code: 'FILE_NOT_FOUND', message: 'No such file: gone.pdf' } },
      { contentHash: null, bytes: null },
      context,
    );
    expect(failed.id).toBe('path:gone.pdf');
    expect(failed.status).toBe('failed');
    expect(named('documents', failed.rows.documents[0]!)).toMatchObject({
      id: 'path:gone.pdf',
      content_hash: null,
      status: 'failed',
      error_code: 'FILE_NOT_FOUND',
      error_message: 'No such file: gone.pdf',
    });
    for (const table of ['sections', 'tables', 'table_values', 'indicators', 'diagnostics'] as const)
      expect(failed.rows[table]).toEqual([]);
  });

  it('should replace NUL characters and drop dates no database accepts', () => {
    const report = parseReportText('某某局2019年政府信息公开工作年度报告\n一、概述\n正文\u0000内容。\n');
    report.publishedOn = '2019-02-30';
    const out = documentRows({ file: 'x.txt', ok: true, report }, { contentHash: 'cd'.repeat(32), bytes: 1 }, context);
    expect(JSON.stringify(out.rows)).not.toContain('\\u0000');
    expect(named('sections', out.rows.sections[0]!).paragraphs).toContain('正文\uFFFD内容');
    expect(named('documents', out.rows.documents[0]!).published_on).toBeNull();
  });
});

describe('parseDatabaseTarget', () => {
  it('should read SQLite paths and PostgreSQL URLs', () => {
    expect(parseDatabaseTarget('sqlite:out/r.db', '/w')).toEqual({ kind: 'sqlite', path: '/w/out/r.db' });
    expect(parseDatabaseTarget('sqlite:///tmp/r.db', '/w')).toEqual({ kind: 'sqlite', path: '/tmp/r.db' });
    expect(parseDatabaseTarget('out/reports.sqlite', '/w')).toEqual({ kind: 'sqlite', path: '/w/out/reports.sqlite' });
    expect(parseDatabaseTarget('/data/r.db', '/w')).toEqual({ kind: 'sqlite', path: '/data/r.db' });
    expect(parseDatabaseTarget('postgres://u:p@h:5432/d')).toEqual({
      kind: 'postgres',
      url: 'postgres://u:p@h:5432/d',
    });
    expect(parseDatabaseTarget('postgresql://h/d').kind).toBe('postgres');
  });

  it('should refuse anything else with INVALID_OPTION, never printing a password', () => {
    for (const bad of ['', 'out/reports.json', 'mysql://u:secret@h/d', 'sqlite:', 'http://h/x.db'])
      expect(() => parseDatabaseTarget(bad)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => parseDatabaseTarget('mysql://u:secret@h/d')).toThrow(expect.not.stringContaining('secret'));
    expect(redactUrl('postgres://user:s3cr%40t@db.example:5432/x')).toBe('postgres://user:***@db.example:5432/x');
    expect(describeTarget({ kind: 'postgres', url: 'postgres://u:pw@h/d' })).toBe('postgres://u:***@h/d');
  });
});
