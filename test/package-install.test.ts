/**
 * The package as a user gets it: `npm pack`, then `npm install <tarball>` into a new project without dev
 * dependencies, then ES module, CommonJS, TypeScript and the `gov-report` bin, each in a fresh process; and
 * into a second project without optional dependencies either (`--omit=optional`: no @napi-rs/canvas), whose
 * PDF import must read the same. Dependencies come from npm's cache when `npm ci` filled it (`--prefer-offline`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, root } from './cli/helpers/cli.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const sample = path.join(root, 'samples/quzhou-safety-2018.txt');
/** Packages compiled into the bundle (scripts/bundle-cli.mjs): a user's install must not bring them again. */
const bundled = ['chevrotain', 'tinyglobby', 'htmlparser2', 'chardet', 'iconv-lite', 'pdf-parse'];

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}

let pack: PackResult;
let project: string;
/** The same tarball installed with `--omit=optional` too. */
let lean: string;

function sizeOf(target: string): number {
  const info = statSync(target);
  if (!info.isDirectory()) return info.size;
  return readdirSync(target).reduce((sum, entry) => sum + sizeOf(path.join(target, entry)), 0);
}

function node(args: string[], cwd = project): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  ensureBuilt();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gov-report-install-'));
  // The build is current (ensureBuilt): no second one through `prepare`.
  const packed = execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
    cwd: root,
    encoding: 'utf8',
  });
  pack = (JSON.parse(packed) as PackResult[])[0]!;
  const install = (name: string, omit: string[]): string => {
    const target = path.join(dir, name);
    mkdirSync(target);
    writeFileSync(path.join(target, 'package.json'), JSON.stringify({ name, private: true, version: '1.0.0' }));
    execFileSync(
      npm,
      [
        'install',
        ...omit.map((what) => `--omit=${what}`),
        '--prefer-offline',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        path.join(dir, pack.filename),
      ],
      { cwd: target, encoding: 'utf8', stdio: 'pipe' },
    );
    return target;
  };
  project = install('app', ['dev']);
  lean = install('lean', ['dev', 'optional']);
}, 300_000);

describe('the packed tarball', () => {
  it('should be lean: no source maps, no unbundled JavaScript, ≤ 2 MB unpacked, with the licences', () => {
    const paths = pack.files.map((file) => file.path);
    expect(paths.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(paths.filter((file) => file.startsWith('dist/src/') || file.startsWith('dist/grammars/'))).toEqual([]);
    expect(paths).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'package.json',
        'schema.json',
        'dist/bundle/index.js',
        'dist/bundle/worker.js',
        'dist/bundle/gov-report.js',
        'dist/bundle/THIRD-PARTY-LICENSES.txt',
        'dist/bundle/pdf-geometry.js',
        'dist/types/src/index.d.ts',
      ]),
    );
    // pdf-parse's geometry is compiled in: its licence goes with it.
    const licences = readFileSync(
      path.join(project, 'node_modules/gov-report-extract/dist/bundle/THIRD-PARTY-LICENSES.txt'),
      'utf8',
    );
    expect(licences).toMatch(/^pdf-parse@2\.4\.5 \(Apache-2\.0\)$/m);
    expect(licences).toContain('Apache License');
    expect(pack.unpackedSize).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  it('should install without the packages the bundle contains, at a measured size', () => {
    for (const dir of [project, lean])
      for (const name of bundled) expect(existsSync(path.join(dir, 'node_modules', name)), name).toBe(false);
    const megabytes = sizeOf(path.join(project, 'node_modules')) / 1024 / 1024;
    const leanMegabytes = sizeOf(path.join(lean, 'node_modules')) / 1024 / 1024;
    console.log(
      `user install of the tarball: ${megabytes.toFixed(1)} MB (npm install --omit=dev), ${leanMegabytes.toFixed(1)} MB (--omit=dev --omit=optional)`,
    );
    // pdfjs-dist (37 MB) and its optional @napi-rs/canvas (31 MB, a renderer the PDF import does not use) are most
    // of the default install; without optional dependencies, pdfjs-dist is.
    expect(existsSync(path.join(lean, 'node_modules/@napi-rs/canvas'))).toBe(false);
    expect(existsSync(path.join(lean, 'node_modules/pdfjs-dist/package.json'))).toBe(true);
    expect(megabytes).toBeLessThan(80);
    expect(leanMegabytes).toBeLessThanOrEqual(60);
  });

  it('should read every PDF fixture the same without @napi-rs/canvas (--omit=optional), saying nothing', () => {
    const pdfs = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? pdfs(path.join(dir, entry.name))
          : entry.name.endsWith('.pdf')
            ? [path.join(dir, entry.name)]
            : [],
      );
    const files = pdfs(path.join(root, 'test/fixtures')).sort();
    expect(files.length).toBeGreaterThan(10);
    const script = `
      import { importDocument } from 'gov-report-extract';
      const read = [];
      for (const file of ${JSON.stringify(files)}) {
        try {
          read.push(await importDocument(file));
        } catch (error) {
          read.push({ code: error.code, message: error.message });
        }
      }
      console.log(JSON.stringify(read));
    `;
    const importAll = (dir: string): { format?: string; text?: string; code?: string }[] => {
      const result = node(['--input-type=module', '-e', script], dir);
      expect(result.stderr, dir).toBe('');
      return JSON.parse(result.stdout) as { format?: string; text?: string; code?: string }[];
    };
    const withCanvas = importAll(project);
    const withoutCanvas = importAll(lean);
    expect(withoutCanvas).toStrictEqual(withCanvas);
    // Read, not failed alike: most are text; the encrypted, scanned one … are typed errors.
    const read = withoutCanvas.filter((result) => result.format === 'pdf');
    expect(read.length).toBeGreaterThan(files.length / 2);
    expect(read.map((result) => result.text).join('\n')).toContain('主动公开');
    expect(withoutCanvas.filter((result) => result.format !== 'pdf').map((result) => result.code)).toEqual(
      expect.arrayContaining(['IMPORT_ENCRYPTED', 'IMPORT_NO_TEXT_LAYER']),
    );
  }, 120_000);

  it('should read PDFs when an application compiles the package into its own bundle (threads: false)', async () => {
    // The application's bundle has the package's code but not dist/bundle/pdf-geometry.js beside it: the PDF
    // thread finds it through the package's `gov-report-extract/pdf-geometry` export (pdf-parse is not installed).
    const { build } = await import('esbuild');
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const entry = path.join(lean, 'bundled-app.mjs');
    const pdf = path.join(root, 'test/fixtures/seed/report.pdf');
    writeFileSync(
      entry,
      [
        "import { importDocument } from 'gov-report-extract';",
        `const imported = await importDocument(${JSON.stringify(pdf)});`,
        'console.log(JSON.stringify(imported));',
      ].join('\n'),
    );
    await build({
      entryPoints: [entry],
      outfile: path.join(lean, 'out/bundled-app.mjs'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      external: Object.keys(manifest.dependencies),
      banner: {
        js: "import { createRequire as __appRequire } from 'node:module'; const require = __appRequire(import.meta.url);",
      },
      logLevel: 'silent',
    });
    expect(existsSync(path.join(lean, 'node_modules/pdf-parse'))).toBe(false);
    expect(existsSync(path.join(lean, 'out/pdf-geometry.js'))).toBe(false);
    const bundled = node([path.join(lean, 'out/bundled-app.mjs')], lean);
    expect(bundled.stderr).toBe('');
    const installed = node(
      [
        '--input-type=module',
        '-e',
        `import { importDocument } from 'gov-report-extract'; console.log(JSON.stringify(await importDocument(${JSON.stringify(pdf)})));`,
      ],
      lean,
    );
    expect(installed.stderr).toBe('');
    expect(JSON.parse(bundled.stdout)).toStrictEqual(JSON.parse(installed.stdout));
    expect((JSON.parse(bundled.stdout) as { format: string }).format).toBe('pdf');
  }, 60_000);

  it('should work as an ES module, with the JSON Schema imported as JSON, and run its worker threads', () => {
    const script = `
      import { readFileSync } from 'node:fs';
      import { parseReportText, extractReports } from 'gov-report-extract';
      import schema from 'gov-report-extract/schema.json' with { type: 'json' };
      const report = parseReportText(readFileSync(${JSON.stringify(sample)}, 'utf8'));
      const records = [];
      for await (const record of extractReports([${JSON.stringify(sample)}, ${JSON.stringify(sample)}], { concurrency: 2 }))
        records.push(record.ok ? record.report.year : record.error.code);
      console.log(JSON.stringify({ template: report.template, schema: schema.title, records, url: import.meta.resolve('gov-report-extract') }));
    `;
    const result = node(['--input-type=module', '-e', script]);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      template: 'legacy-2008',
      schema: 'Report',
      records: [2018, 2018],
      url: expect.stringMatching(/\/app\/node_modules\/gov-report-extract\/dist\/bundle\/index\.js$/),
    });
  });

  it('should work from CommonJS through require()', () => {
    const script = `
      const { parseReportText, isReportError } = require('gov-report-extract');
      const report = parseReportText(require('node:fs').readFileSync(${JSON.stringify(sample)}, 'utf8'));
      let typed = false;
      try { parseReportText(null); } catch (error) { typed = isReportError(error) && error.code === 'INVALID_INPUT'; }
      console.log(JSON.stringify({ agency: report.agency, typed }));
    `;
    const result = node(['-e', script]);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ agency: '衢州市安全生产监督管理局', typed: true });
  });

  it('should type-check a TypeScript user of the package, as an ES module and compiled to CommonJS', () => {
    const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
    const source = [
      "import { parseReportText, type Report, type BatchRecord } from 'gov-report-extract';",
      "const report: Report = parseReportText('');",
      "const record: BatchRecord = { file: 'a', ok: false, error: { code: 'X', message: 'y' } };",
      'console.log(JSON.stringify([report.template, record.ok]));',
    ].join('\n');
    const check = (name: string, compilerOptions: Record<string, unknown>): void => {
      const dir = path.join(project, name);
      mkdirSync(dir);
      writeFileSync(path.join(dir, name === 'esm' ? 'use.mts' : 'use.ts'), source);
      writeFileSync(
        path.join(dir, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { strict: true, types: [], outDir: 'out', ...compilerOptions } }),
      );
      const result = node([tsc, '-p', dir]);
      expect(result.stdout + result.stderr, name).toBe('');
      const ran = node([path.join(dir, 'out', name === 'esm' ? 'use.mjs' : 'use.js')]);
      expect(ran.stdout, name).toBe('["unknown",false]\n');
    };
    check('esm', { module: 'node16', moduleResolution: 'node16' });
    // The README's CommonJS note: "module": "nodenext" compiles the import to a require() of the ES module.
    check('cjs', { module: 'nodenext', moduleResolution: 'nodenext' });
  }, 60_000);

  it('should run the gov-report bin', () => {
    const bin = path.join(project, 'node_modules/.bin/gov-report');
    const result = spawnSync(bin, ['extract', sample, '--format', 'csv'], { cwd: project, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      'file,agency,year,template,key,rowKey,columnKey,label,header,unit,value,table,row,column,line,page,indicator',
    );
    expect(result.stdout).toContain(',active.total,active.total,,主动公开政府信息数,年度累计数,条,502,');
  });

  it('should not install the database drivers (optional peers), and say which to install for --db', () => {
    for (const name of ['better-sqlite3', 'pg'])
      expect(existsSync(path.join(project, 'node_modules', name)), name).toBe(false);
    const bin = path.join(project, 'node_modules/.bin/gov-report');
    const result = spawnSync(bin, ['extract', sample, '--db', 'reports.db'], { cwd: project, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/npm install better-sqlite3.* DB_DRIVER_MISSING/);
    expect(existsSync(path.join(project, 'reports.db'))).toBe(false);
  });
});
