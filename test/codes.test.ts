/**
 * Every stable code is produced by an input: for each diagnostic and error code of src/codes.ts, the table
 * below holds an input (a text, a fixture file, bad options, a batch situation) and runs it through the public
 * function that meets it; the code must come out. A new code without an input here fails the first test.
 *
 * This replaced a test that only checked that each code's name appeared somewhere in a test file, which passed
 * for a code nobody produced (issue 14, point 9). Most inputs are also asserted in detail (position, message,
 * what is kept) by the stage's own tests; here only "this input gives this code" is checked, all in one place.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import type { ConvertResult } from '../src/batch/convert-file.js';
import { createRunner } from '../src/batch/runner.js';
import { grammarDiagnostics } from '../src/pipeline/grammar.js';
import { PositionMapper } from '../src/pipeline/source-map.js';
import { rebuildTables } from '../src/normalise/tables/index.js';
import { run } from '../src/cli/main.js';
import {
  diagnosticCodes,
  errorCodes,
  extractReport,
  importDocument,
  isReportError,
  openReportDatabase,
  parseReportText,
  validateReport,
} from '../src/index.js';
import type { Report } from '../src/types.js';
import { memoryIo } from './cli/helpers/io.js';
import { ensureBuilt } from './cli/helpers/cli.js';
import { onePagePdf, type PdfRule, type PdfText } from './importers/pdf-builder.js';
import { startPostgres } from './database/helpers/postgres.js';

const file = (relative: string): string => path.join(import.meta.dirname, '..', relative);
const text = (relative: string): string => readFileSync(file(relative), 'utf8');
const quzhou = text('samples/quzhou-safety-2018.txt');
const laiyang = text('samples/laiyang-market-regulation-2022-gov2021.txt');

/** Replaces one exact line-part of a sample, failing loudly if the sample no longer has it. */
function edit(source: string, from: string, to: string): string {
  if (!source.includes(from)) throw new Error(`The sample no longer contains ${JSON.stringify(from)}`);
  return source.replace(from, to);
}

/** A one-page PDF whose ruled table has a cell with no ruling under it: pdf-parse's `Table.toData` throws. */
function pdfWithOpenCell(): Buffer {
  const [L, M, R] = [72, 222, 372];
  const h = (y: number, x1: number, x2: number): PdfRule => ({ x1, y1: y, x2, y2: y });
  const v = (x: number, y1: number, y2: number): PdfRule => ({ x1: x, y1, x2: x, y2 });
  const texts: PdfText[] = [
    ['Item', 'Count'],
    ['Alpha', '12'],
    ['Beta', '34'],
  ].flatMap(([label, count], i) => [
    { x: L + 4, y: 120 + 30 * i, text: label! },
    { x: M + 4, y: 120 + 30 * i, text: count! },
  ]);
  const rules = [
    ...[100, 130, 160].map((y) => h(y, L, R)),
    h(190, L, M),
    v(L, 100, 190),
    v(M, 100, 190),
    v(R, 100, 190),
  ];
  return onePagePdf(texts, rules);
}

type Codes = string[];
const ofText = (input: string): Codes => parseReportText(input).diagnostics.map((d) => d.code);
const ofFile = async (relative: string): Promise<Codes> =>
  (await importDocument(file(relative))).diagnostics.map((d) => d.code);
/** The code of the ReportError a call throws (or resolves to: an error where none is expected is a failure). */
async function thrown(call: () => unknown): Promise<Codes> {
  try {
    await call();
  } catch (error) {
    if (isReportError(error)) return [error.code];
    throw error;
  }
  return [];
}

let scratch: string | undefined;
const tmp = (): string => (scratch ??= mkdtempSync(path.join(os.tmpdir(), 'gov-report-codes-')));

/** A worker module that misbehaves on purpose, for the batch's own failure codes. */
function fakeWorker(): string {
  const worker = path.join(tmp(), 'fake-worker.mjs');
  writeFileSync(
    worker,
    [
      // The pool's protocol (src/batch/pool-protocol.ts): ready, then each job marked running in the shared slot.
      "import { parentPort, workerData } from 'node:worker_threads';",
      'const running = new Int32Array(workerData.running);',
      'function work(path) {',
      "  if (path === 'hang') for (;;);",
      "  if (path === 'oom') { const kept = []; for (;;) kept.push(new Array(1e5).fill(kept.length)); }",
      "  if (path === 'exit') process.exit(3);",
      "  return { ok: false, error: { code: 'UNEXPECTED', message: path } };",
      '}',
      "parentPort.on('message', ({ jobs }) => {",
      '  for (const { id, job } of jobs) {',
      '    running[1] = Math.round(performance.timeOrigin + performance.now() - workerData.epoch);',
      '    Atomics.store(running, 0, id);',
      '    const answer = work(job.path);',
      '    Atomics.store(running, 0, -1);',
      '    parentPort.postMessage({ answers: [{ id, answer }] });',
      '  }',
      '});',
      'parentPort.postMessage({ ready: true });',
    ].join('\n'),
  );
  return pathToFileURL(worker).href;
}

async function batchCode(path: string, settings: { timeout?: number; maxMemory?: number } = {}): Promise<Codes> {
  const runner = await createRunner({
    concurrency: 1,
    timeout: settings.timeout ?? 30_000,
    maxMemory: settings.maxMemory ?? 256,
    threads: true,
    worker: fakeWorker(),
  });
  try {
    const result = (await runner.run({ path })) as ConvertResult; // a library job: no rendering
    return result.ok ? [] : [result.error.code];
  } finally {
    await runner.close();
  }
}

/** Runs `produce` with `module` replaced by `factory` (a fresh module graph), then puts everything back. */
async function withMock<T>(
  module: string,
  factory: () => Record<string, unknown>,
  produce: () => Promise<T>,
): Promise<T> {
  vi.resetModules();
  vi.doMock(module, factory);
  try {
    return await produce();
  } finally {
    vi.doUnmock(module);
    vi.resetModules();
  }
}

/** A Report of the 2019/2021 form, the laiyang sample, edited. */
const laiyangWith = (from: string, to: string): Codes => ofText(edit(laiyang, from, to));

const diagnosticInputs: Record<keyof typeof diagnosticCodes, () => Codes | Promise<Codes>> = {
  'import-converter-message': () => ofFile('test/fixtures/seed/report.docx'),
  'import-replacement-characters': async () =>
    (
      await importDocument(Buffer.concat([Buffer.from(quzhou, 'utf8'), Buffer.from([0xff, 0xfe, 0x41])]), {
        encoding: 'utf-8',
      })
    ).diagnostics.map((d) => d.code),
  'import-encoding-guessed': () => ofFile('test/fixtures/made/traditional.big5.txt'),
  'import-metadata-from-page': () => ofFile('test/fixtures/made/cms-page.gb2312.html'),
  'import-continuation-furniture-removed': () => ofFile('test/fixtures/made/paged-ruled.pdf'),
  'import-table-reconstructed': () => ofFile('test/fixtures/made/borderless.pdf'),
  'import-continuation-table-joined': () => ofFile('test/fixtures/made/paged-ruled.pdf'),
  'import-page-unreadable': () => ofFile('test/fixtures/made/damaged-page.pdf'),
  'import-table-fallback': async () => (await importDocument(pdfWithOpenCell())).diagnostics.map((d) => d.code),
  'import-doc-rows-rebuilt': () => ofFile('test/fixtures/made/matrix-2019.doc'),
  'normalise-table-rebuilt': () => ofText(text('samples/render-tsv.txt')),
  'normalise-continuation-furniture-removed': () => ofText(text('samples/render-paged.txt')),
  'normalise-continuation-header-removed': () => ofText(text('samples/render-paged.txt')),
  'normalise-continuation-row-rejoined': () =>
    // A row broken across a page break: the end of its label stands alone under the repeated header.
    rebuildTables(
      [
        '三、收到和处理政府信息公开申请情况',
        '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | |申请人情况 |',
        '||自然人法人或其他组织总计商业企业 科研机构社会公益组织法律服务机构 其他 |',
        '一、本年新收政府信息公开申请数量 | |41 6 0 0 2 1 50 |',
        '二、上年结转政府信息公开申请数量 | |3 0 0 0 0 0 3 |',
        '三、本年度办理结果 | （一）予以公开 | 14 2 0 0 1 0 17 |',
        '|（二）部分公开（区分处理的，只计这一情形，不计其他 | 3 1 0 0 0 0 4 |',
        '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | ||申请人情况 |',
        '|||自然人法人或其他组织总计商业企业 科研机构社会公益组织法律服务机构 其他 |',
        '|情形） | ||',
        '|（三）不予公开 | 1.属于国家秘密 | 0 0 0 0 0 0 0 |',
        '|（七）总计 | |20 3 0 0 1 0 24 |',
        '四、结转下年度继续办理 | ||1 0 0 0 0 0 1 |',
      ].join('\n'),
    ).diagnostics.map((d) => d.code),
  'normalise-cells-ambiguous': () => ofText(text('test/corpus/16-chongqing-zhen-2022.txt')),
  'normalise-rows-unreadable': () =>
    ofText('附表\n统 计 指 标 单位 年度累计数\n本年度无相关统计数据，特此说明。\n某某局'),
  'normalise-internal-error': () =>
    withMock(
      '../src/normalise/tables/wrapped-rows.js',
      () => ({
        rejoinRows: () => {
          throw new Error('boom');
        },
      }),
      async () => (await import('../src/pipeline/index.js')).parseReportText(quzhou).diagnostics.map((d) => d.code),
    ),
  // The grammar accepts every line (unknown text is a paragraph): these codes translate Chevrotain's lexer and
  // parser errors, so their input is such an error.
  'grammar-unexpected-character': () =>
    grammarDiagnostics(
      [{ kind: 'lex', message: 'unexpected character', startOffset: 0, endOffset: 1 }],
      new PositionMapper('ab', 'ab', null),
    ).map((d) => d.code),
  'grammar-recovered': () =>
    grammarDiagnostics(
      [{ kind: 'parse', message: 'recovered', startOffset: 0, endOffset: 2 }],
      new PositionMapper('ab', 'ab', null),
    ).map((d) => d.code),
  'assemble-row-ragged': () => ofText('信息内容 | 本年制发件数 | 现行有效件数\n规章 | 备注 | 1 | 2'),
  'assemble-value-unparsed': () => ofText('统计指标 | 单位 | 年度累计数\n一、主动公开情况 | 条 | 约50'),
  'assemble-header-missing': () => ofText('征地补偿 | 9 | 9\n土地出让 | 4 | 3'),
  'assemble-chrome-removed': () => ofText(text('test/corpus/01-pingtan-zone-2013.txt')),
  'assemble-section-gap': () => ofText(text('samples/dongguan-housing-2017-headings.txt')),
  'assemble-metadata-missing': () => ofText(text('samples/sanming-meilie-district-2016-provincial.txt')),
  'assemble-no-report-content': () => ofText('404 Not Found\nnginx/1.18.0'),
  'assemble-continuation-furniture-removed': () => ofText('一、概述\n第一段没有结束\n第 ２ 页 共 ５ 页\n接着写完。'),
  'assemble-continuation-header-removed': () =>
    // A label wrapped inside the table leaves it to the builder, which joins the two pipe tables.
    ofText(
      [
        '统计指标 | 单位 | 年度累计数',
        '一、主动公开情况 | —— | 5',
        '(一)主动公开政府信息数(不同渠道和方式公开相同',
        '信息计1条) | 条 | 5',
        '- 2 -',
        '统计指标 | 单位 | 年度累计数',
        '二、回应解读情况 | —— | 0',
      ].join('\n'),
    ),
  'assemble-continuation-label-rejoined': () => ofText(text('samples/hangzhou-gongshu-health-2020-crlf-nbsp.txt')),
  'assemble-values-split': () => ofText('统计指标 | 单位 | 甲 | 乙 | 丙 |\n收到申请数 | 件 | 12 3 —— |'),
  'template-unknown': () => ofText('一、概述\n\n项目 | 数量 |\n桌子 | 3 |\n椅子 | 4 |'),
  'template-row-unmatched': () =>
    ofText(edit(quzhou, '其中:涉及国家秘密 | 件 | 0 |', '其中:涉及国家秘密 | 件 | 0 |\n征地补偿 | 件 | 3 |')),
  'template-column-unmatched': () =>
    laiyangWith(
      '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
      '信息内容 | 本年制发件数 | 本年废止件数 | 外星来件数 |',
    ),
  'validate-sum-mismatch': () => ofText(quzhou),
  'validate-balance-mismatch': () =>
    laiyangWith(
      '四、结转下年度继续办理 | || 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      '四、结转下年度继续办理 | || 1 | 0 | 0 | 0 | 0 | 0 | 9 |',
    ),
  'validate-heading-value-mismatch': () => ofText(quzhou),
  'validate-part-exceeds-whole': () =>
    ofText(edit(quzhou, '其中:主动公开规范性文件数 | 条 | |', '其中:主动公开规范性文件数 | 条 | 600 |')),
  'validate-narrative-mismatch': () => ofText(text('samples/ningxiang-huaminglou-town-2023-notitle.txt')),
  'validate-value-negative': () =>
    ofText(edit(quzhou, '其中:主动公开规范性文件数 | 条 | |', '其中:主动公开规范性文件数 | 条 | -3 |')),
  'validate-value-not-integer': () =>
    ofText(edit(quzhou, '其中:主动公开规范性文件数 | 条 | |', '其中:主动公开规范性文件数 | 条 | 2.5 |')),
  // validateReport is public: a malformed Report (no tables array) makes it fail inside, which it reports.
  'validate-internal-error': () =>
    validateReport({ ...parseReportText(quzhou), tables: null } as unknown as Report).map((d) => d.code),
  'validate-row-duplicate': () => laiyangWith('行政处罚 | 83 | ||\n', '行政处罚 | 83 | ||\n行政处罚 | 84 | ||\n'),
};

const errorInputs: Record<keyof typeof errorCodes, () => Promise<Codes>> = {
  INVALID_OPTION: () => thrown(() => parseReportText('', 3 as never)),
  INVALID_INPUT: () => thrown(() => parseReportText(null as never)),
  FILE_NOT_FOUND: () => thrown(() => extractReport(path.join(tmp(), 'no-such-report.pdf'))),
  FILE_UNREADABLE: () => thrown(() => extractReport(tmp())),
  ABORTED: () => thrown(() => importDocument(Buffer.from(quzhou), { signal: AbortSignal.abort() })),
  IMPORT_EMPTY: () => thrown(() => extractReport(new Uint8Array(0))),
  IMPORT_TOO_LARGE: () => thrown(() => extractReport(Buffer.from(quzhou), { maxBytes: 100 })),
  IMPORT_UNSUPPORTED_FORMAT: () => thrown(() => extractReport(file('test/fixtures/seed/report.odt'))),
  IMPORT_ENCRYPTED: () => thrown(() => extractReport(file('test/fixtures/made/encrypted-user.pdf'))),
  IMPORT_NO_TEXT_LAYER: () => thrown(() => extractReport(file('test/fixtures/made/scanned.pdf'))),
  IMPORT_CORRUPT: () =>
    thrown(() => extractReport(readFileSync(file('test/fixtures/seed/report.pdf')).subarray(0, 4096))),
  IMPORT_UNDECODABLE: () => thrown(() => extractReport(Buffer.alloc(2000))),
  BATCH_TIMEOUT: () => batchCode('hang', { timeout: 300 }),
  BATCH_OUT_OF_MEMORY: () => batchCode('oom', { maxMemory: 32 }),
  BATCH_WORKER_CRASHED: () => batchCode('exit'),
  BATCH_INTERNAL_ERROR: () =>
    withMock(
      '../src/extract.js',
      () => ({
        extractReport: async () => {
          throw new TypeError("Cannot read properties of undefined (reading 'x')");
        },
      }),
      async () => {
        const result = await (await import('../src/batch/convert-file.js')).convertFile({ path: 'any.txt' });
        return result.ok ? [] : [result.error.code];
      },
    ),
  BATCH_WRITE_FAILED: async () => {
    // The output folder holds a file where the input's sub-folder must go.
    const dir = mkdtempSync(path.join(tmp(), 'write-'));
    mkdirSync(path.join(dir, 'in/sub'), { recursive: true });
    writeFileSync(path.join(dir, 'in/sub/a.txt'), quzhou);
    mkdirSync(path.join(dir, 'out'));
    writeFileSync(path.join(dir, 'out/sub'), 'not a folder');
    const io = memoryIo(dir);
    await run(['extract', 'in', '--out', 'out'], io);
    return [...io.stderr.text.matchAll(/ ([A-Z_]+)$/gm)].map((match) => match[1]!);
  },
  // The database codes (src/database/); test/database/ asserts each in detail.
  DB_DRIVER_MISSING: async () => {
    // The CLI bundle and package.json alone, where no node_modules holds the drivers.
    ensureBuilt();
    const bare = mkdtempSync(path.join(tmp(), 'bare-'));
    cpSync(file('package.json'), path.join(bare, 'package.json'));
    cpSync(file('dist/bundle'), path.join(bare, 'dist/bundle'), { recursive: true });
    const cli = spawnSync(
      process.execPath,
      [path.join(bare, 'dist/bundle/gov-report.js'), 'extract', 'x.txt', '--db', path.join(bare, 'r.db')],
      { encoding: 'utf8' },
    );
    return [...cli.stderr.matchAll(/ ([A-Z_]+)$/gm)].map((match) => match[1]!);
  },
  DB_CONNECT_FAILED: () => thrown(() => openReportDatabase('postgres://u:p@127.0.0.1:1/x')),
  DB_AUTH_FAILED: async () => {
    const started = await startPostgres('codes');
    if (!started.server) throw new Error(started.skip);
    try {
      return await thrown(() => openReportDatabase(started.server.wrongPasswordUrl));
    } finally {
      await started.server.stop();
    }
  },
  DB_SCHEMA_MISMATCH: async () => {
    const db = path.join(tmp(), 'future.db');
    await (await openReportDatabase(db)).close();
    const future = new Database(db);
    future.prepare("INSERT INTO schema_migrations VALUES (999, 'a later version', '2099-01-01')").run();
    future.close();
    return thrown(() => openReportDatabase(db));
  },
  DB_WRITE_FAILED: async () => {
    // A database whose owner refuses new documents (a trigger): the transaction fails and is rolled back.
    const target = path.join(tmp(), 'refusing.db');
    await (await openReportDatabase(target)).close();
    const owner = new Database(target);
    owner.exec("CREATE TRIGGER refuse BEFORE INSERT ON documents BEGIN SELECT RAISE(ABORT, 'no new documents'); END");
    owner.close();
    const db = await openReportDatabase(target, { batchSize: 1 });
    try {
      return await thrown(() => db.add({ file: 'quzhou.txt', ok: true, report: parseReportText(quzhou) }));
    } finally {
      await db.close().catch(() => {});
    }
  },
  BATCH_WORKER_UNAVAILABLE: () =>
    thrown(() =>
      createRunner({
        concurrency: 1,
        timeout: 0,
        maxMemory: 256,
        threads: true,
        worker: pathToFileURL(path.join(tmp(), 'missing-worker.js')).href,
      }),
    ),
};

describe('codes', () => {
  it('should have an input for every code in src/codes.ts, and for no other', () => {
    expect(Object.keys(diagnosticInputs).sort()).toEqual(Object.keys(diagnosticCodes).sort());
    expect(Object.keys(errorInputs).sort()).toEqual(Object.keys(errorCodes).sort());
  });

  it.each(Object.keys(diagnosticCodes) as (keyof typeof diagnosticCodes)[])(
    'should produce the diagnostic %s from its input',
    async (code) => {
      expect(await diagnosticInputs[code]()).toContain(code);
    },
    60_000,
  );

  it.each(Object.keys(errorCodes) as (keyof typeof errorCodes)[])(
    'should produce the error %s from its input',
    async (code) => {
      expect(await errorInputs[code]()).toContain(code);
    },
    60_000,
  );
});

describe('diagnostic codes and their stage', () => {
  it('should start every code with the stage that emits it (Diagnostic.origin) on the samples and the corpus', () => {
    const folders = ['samples', 'test/corpus'];
    const texts = folders.flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => readFileSync(path.join(folder, name), 'utf8')),
    );
    const mismatched = texts
      .flatMap((input) => parseReportText(input).diagnostics)
      .filter((d) => !d.code.startsWith(`${d.origin}-`))
      .map((d) => `${d.code} (origin ${d.origin})`);
    expect(mismatched).toEqual([]);
    // The builder's repair of a pipe table whose header repeats after a page break (src/assemble/merge-blocks.ts).
    expect(diagnosticCodes).toHaveProperty('assemble-continuation-header-removed');
  });
});
