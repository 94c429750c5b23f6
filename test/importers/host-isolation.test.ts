/**
 * The importers leave their host alone: no global or built-in is changed, and no other package's
 * module state (mammoth's, which the host may use itself) — they use public APIs only.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/index.js';
import { fixture } from './helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

/** Own properties (keys and values, by identity) of every loaded module of a package. */
function moduleState(packageName: string): Map<string, Map<PropertyKey, unknown>> {
  const folder = `${path.sep}node_modules${path.sep}${packageName}${path.sep}`;
  const state = new Map<string, Map<PropertyKey, unknown>>();
  for (const [file, module] of Object.entries(require.cache)) {
    const exports: unknown = module?.exports;
    if (!file.includes(folder) || exports === null || (typeof exports !== 'object' && typeof exports !== 'function'))
      continue;
    state.set(
      file,
      new Map(Reflect.ownKeys(exports).map((key) => [key, Object.getOwnPropertyDescriptor(exports, key)?.value])),
    );
  }
  return state;
}

describe('mammoth, used by the host in the same process', () => {
  it.each(['seed/report.docx', 'made/matrix-2019.docx'])(
    'should convert %s the same before and after our DOCX import, its modules untouched',
    async (name) => {
      const buffer = readFileSync(fixture(name));
      const first = await mammoth.convertToHtml({ buffer });
      const modules = moduleState('mammoth');
      expect(modules.size).toBeGreaterThan(10);
      const imported = await importDocument(fixture(name));
      expect(imported.format).toBe('docx');
      const second = await mammoth.convertToHtml({ buffer });
      expect(second).toStrictEqual(first);
      expect(second.value.length).toBeGreaterThan(1000);
      // No export of any mammoth module loaded so far was replaced (the XML reader once was).
      const after = moduleState('mammoth');
      for (const [file, exports] of modules) expect(after.get(file), file).toStrictEqual(exports);
    },
  );
});

/**
 * Runs in a fresh process (nothing loaded yet): records globalThis's keys and, for every global
 * object and function, its own properties and its prototype's (values by identity); imports every
 * kind of document; reports what changed. The process must also end by itself (pdf.js's thread
 * does not keep it alive).
 */
const GLOBALS_SCRIPT = `
const valueOf = (object, key) => {
  const descriptor = Object.getOwnPropertyDescriptor(object, key);
  return descriptor && ('value' in descriptor ? descriptor.value : descriptor.get);
};
// The test's own loader (tsx) keeps a counter on globalThis: not ours.
const ignored = (key) => String(key).includes('tsx:');
const walk = () => {
  const seen = new Map();
  const record = (name, object) => {
    if (object === null || (typeof object !== 'object' && typeof object !== 'function') || seen.has(object)) return;
    const own = new Map();
    for (const key of Reflect.ownKeys(object)) if (!ignored(key)) own.set(key, valueOf(object, key));
    seen.set(object, { name, own });
  };
  record('globalThis', globalThis);
  for (const key of Reflect.ownKeys(globalThis)) {
    const value = valueOf(globalThis, key);
    record(String(key), value);
    if (typeof value === 'function') record(String(key) + '.prototype', value.prototype);
  }
  return seen;
};
const changes = (before) => {
  const found = [];
  for (const [object, { name, own }] of before) {
    const keys = Reflect.ownKeys(object).filter((key) => !ignored(key));
    for (const key of keys) if (!own.has(key)) found.push('added ' + name + '.' + String(key));
    for (const [key, value] of own) {
      if (!keys.includes(key)) found.push('removed ' + name + '.' + String(key));
      else if (!Object.is(valueOf(object, key), value)) found.push('changed ' + name + '.' + String(key));
    }
  }
  return found;
};
// Node defines some globals lazily, on first read: read them all first.
for (const key of Reflect.ownKeys(globalThis)) {
  try {
    void globalThis[key];
  } catch {}
}
const push = Array.prototype.push;
const objectKeys = Reflect.ownKeys(Object.prototype).map(String).join();
const before = walk();
const { importDocument } = await import(process.env.ENTRY);
const formats = [];
for (const file of JSON.parse(process.env.FILES)) formats.push((await importDocument(file)).format);
process.stdout.write(JSON.stringify({
  formats,
  pushNative: Array.prototype.push === push,
  objectKeys: Reflect.ownKeys(Object.prototype).map(String).join() === objectKeys,
  changes: changes(before),
}));
`;

describe('globals', () => {
  it('should be left as they were by importing a PDF (pdf.js runs in its own thread), a DOCX, a .doc and HTML', () => {
    const files = [
      'seed/report.pdf',
      'made/paged-ruled.pdf',
      'seed/report.docx',
      'seed/report.doc',
      'seed/report.html',
    ];
    // A script file, not -e (which adds Node's built-in modules to globalThis, as lazy getters).
    const script = path.join(mkdtempSync(path.join(tmpdir(), 'gov-report-globals-')), 'globals.mjs');
    writeFileSync(script, GLOBALS_SCRIPT);
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], {
      encoding: 'utf8',
      cwd: root,
      timeout: 60_000,
      env: {
        ...process.env,
        ENTRY: path.join(root, 'src/index.ts'),
        FILES: JSON.stringify(files.map((file) => fixture(file))),
      },
    });
    expect(child.error).toBeUndefined();
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({
      formats: ['pdf', 'pdf', 'docx', 'doc', 'html'],
      pushNative: true,
      objectKeys: true,
      changes: [],
    });
  });
});

describe('sources', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? sources(path.join(dir, entry.name))
        : /\.(?:ts|mts|js|mjs)$/.test(entry.name)
          ? [path.join(dir, entry.name)]
          : [],
    );
  const files = sources(path.join(root, 'src')).map((file) => ({
    file: path.relative(root, file),
    text: readFileSync(file, 'utf8'),
  }));

  it('should exist', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('should not load mammoth’s internal modules', () => {
    expect(files.filter(({ text }) => text.includes('mammoth/lib/')).map(({ file }) => file)).toEqual([]);
  });

  /**
   * The only global assignments in src/: the PDF thread's script (run in a worker thread of its own, whose
   * realm is not the host's: see the globals test above) gives its realm the DOMMatrix, ImageData and
   * Path2D pdf.js's legacy build wants when it loads and the FontFace its font loader creates, drops one
   * warning of pdf.js's while it loads, and gives its realm V8's Array.prototype.push back once pdf.js's
   * core-js has replaced it.
   */
  const threadOnly = [
    'src/importers/pdf-thread.ts: for (const [name, standIn] of Object.entries({ DOMMatrix, ImageData, Path2D, FontFace })) globalThis[name] = standIn;',
    'src/importers/pdf-thread.ts: console.warn = (...args) => {',
    'src/importers/pdf-thread.ts: console.warn = warn;',
    'src/importers/pdf-thread.ts: Array.prototype.push = push;',
  ];

  it('should not assign to a prototype or a global, nor redefine a property of one', () => {
    const patterns = [
      /\bprototype\s*\.\s*[\w$]+\s*(?:=(?!=)|\+=|\|\|=|\?\?=)/,
      /\bprototype\s*\[[^\]]+\]\s*(?:=(?!=)|\|\|=|\?\?=)/,
      /\bglobalThis\s*\.\s*[\w$]+\s*(?:=(?!=)|\|\|=|\?\?=)/,
      /\bglobalThis\s*\[[^\]]+\]\s*(?:=(?!=)|\|\|=|\?\?=)/,
      /\bconsole\s*\.\s*[\w$]+\s*(?:=(?!=)|\|\|=|\?\?=)/,
      /Object\.(?:defineProperty|defineProperties|assign|setPrototypeOf)\(\s*(?:globalThis|console|[A-Z]\w*\.prototype)\b/,
    ];
    const thread = files.find(({ file }) => file === path.join('src', 'importers', 'pdf-thread.ts'))!.text;
    const scriptStart = thread.indexOf('const THREAD_SCRIPT = String.raw`');
    const script = thread.slice(scriptStart, thread.indexOf('\n`;\n', scriptStart));
    expect(script).toContain('function loadPdfjs()');
    const found = files.flatMap(({ file, text }) =>
      text
        .split('\n')
        .flatMap((line, i) =>
          patterns.some((pattern) => pattern.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    const allowed = (entry: string): boolean =>
      threadOnly.some((line) => entry.replace(/:\d+: /, ': ') === line) && script.includes(entry.split(/:\d+: /)[1]!);
    expect(found.filter((entry) => !allowed(entry))).toEqual([]);
    // Each allowance is used, inside the thread's script.
    expect(found.filter(allowed).map((entry) => entry.replace(/:\d+: /, ': '))).toEqual(threadOnly);
  });

  it('should not reach into pdf-parse’s or pdf.js’s private members', () => {
    const privateUse =
      /\._transport\b|\.(?:load|getPageTables|fillPageTables|getPathGeometry)\(|as unknown as \{ *(?:load|_)/;
    const found = files.flatMap(({ file, text }) =>
      text.split('\n').flatMap((line, i) => (privateUse.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
