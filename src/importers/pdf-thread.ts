/**
 * pdf.js in a thread of its own. Loading pdf.js changes globals of the realm it runs in: its legacy
 * build (the one for Node) bundles core-js, which on Node 20 replaces `Array.prototype.push`,
 * `Function.prototype.toString` and `JSON.parse` and adds `Iterator`, `Promise.withResolvers`, Set
 * methods and more; pdf.js itself sets `globalThis.pdfjsLib`, `pdfjsWorker`, `DOMMatrix`, `Path2D`,
 * `ImageData` and `navigator`. (Its modern build does not run on Node 20: it needs a `DOMMatrix`.)
 * A library must leave its host's globals alone, so pdf.js is loaded only in a worker thread, whose
 * realm is its own, and this thread receives plain data: per page, its positioned text items, then,
 * when asked, its ruled tables.
 *
 * The thread is started on first use, kept for the next PDFs, and does not keep the process alive
 * while idle. It runs the script below (a string, so that it is the same from the sources, from
 * `dist/src` and from the bundle), which uses only public APIs: pdfjs-dist's `getDocument`,
 * `getTextContent`, `getOperatorList`, `OPS` and `Util`, and pdf-parse's exported geometry
 * (`LineStore`, `Line`, `Point`, `Rectangle`, `Table`, `Shape.tolerance`), with which it finds ruled
 * tables as pdf-parse's `getTable()` does (whose result lacks the positions needed here), except that
 * a table is every ruling connected to it (pdf-parse's one pass leaves some out), and that a table
 * whose cells pdf-parse's `Table.toData` cannot read is read from its rulings here instead.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, resourceLimits } from 'node:worker_threads';
import { ReportError } from '../errors.js';

/** A text item as the thread sends it: in viewport coordinates (y down, at the baseline). */
export interface ThreadItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (the item's height). */
  size: number;
  /** pdf.js's `hasEOL`. */
  eol: boolean;
}

/** A ruled table as the thread sends it: its box and its rows of cells, as pdf-parse's `TableData` has them. */
export interface ThreadTable {
  top: number;
  bottom: number;
  left: number;
  right: number;
  rows: { text: string; colspan?: number; rowspan?: number }[][];
}

/**
 * A ruled table pdf-parse's table reader failed on: why, and what its cells were then read from (its
 * rulings and the text positions, or, without a grid, the text positions alone, outside any table).
 */
export interface ThreadFallback {
  reason: string;
  rebuilt: 'rulings' | 'positions';
}

/** An error thrown in the thread, as sent back: pdf.js's exception name and message. */
export class PdfThreadError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/**
 * The classes the thread's realm gets before pdf.js loads (part of the thread's script; exported for its
 * test): DOMMatrix, ImageData and Path2D, which pdf.js takes from @napi-rs/canvas otherwise, and FontFace.
 */
export const THREAD_STAND_INS = String.raw`
// The classes pdf.js's legacy build takes from @napi-rs/canvas when it loads (an optional dependency of
// pdfjs-dist, not installed with --omit=optional): it creates a DOMMatrix then, and warns when any of the
// three is missing. This thread never renders: pdf.js's display layer uses them only to draw on a canvas,
// and its font and image code (which builds operator lists) only DOMMatrix's 2D arithmetic, for Type3 glyph
// masks. So the thread has its own, always (installed or not, the text and tables are the same), in its own
// realm (the host's globals are another realm's, untouched).
class DOMMatrix {
  constructor(init = [1, 0, 0, 1, 0, 0]) {
    const values = Array.isArray(init) || ArrayBuffer.isView(init) ? init : [init.a, init.b, init.c, init.d, init.e, init.f];
    if (values.length !== 6) throw new TypeError('This DOMMatrix takes 6 values (a 2D matrix), not ' + values.length);
    const [a, b, c, d, e, f] = values;
    Object.assign(this, { a, b, c, d, e, f });
  }
  get is2D() {
    return true;
  }
  get isIdentity() {
    return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
  }
  multiplySelf(other) {
    const m = other instanceof DOMMatrix ? other : new DOMMatrix(other);
    const { a, b, c, d, e, f } = this;
    this.a = a * m.a + c * m.b;
    this.b = b * m.a + d * m.b;
    this.c = a * m.c + c * m.d;
    this.d = b * m.c + d * m.d;
    this.e = a * m.e + c * m.f + e;
    this.f = b * m.e + d * m.f + f;
    return this;
  }
  preMultiplySelf(other) {
    const product = new DOMMatrix(other).multiplySelf(this);
    Object.assign(this, { a: product.a, b: product.b, c: product.c, d: product.d, e: product.e, f: product.f });
    return this;
  }
  translateSelf(tx = 0, ty = 0) {
    return this.multiplySelf([1, 0, 0, 1, tx, ty]);
  }
  scaleSelf(sx = 1, sy = sx) {
    return this.multiplySelf([sx, 0, 0, sy, 0, 0]);
  }
  invertSelf() {
    const { a, b, c, d, e, f } = this;
    const det = a * d - b * c;
    if (det === 0) {
      Object.assign(this, { a: NaN, b: NaN, c: NaN, d: NaN, e: NaN, f: NaN });
      return this;
    }
    Object.assign(this, {
      a: d / det,
      b: -b / det,
      c: -c / det,
      d: a / det,
      e: (c * f - d * e) / det,
      f: (b * e - a * f) / det,
    });
    return this;
  }
  multiply(other) {
    return new DOMMatrix(this).multiplySelf(other);
  }
  translate(tx, ty) {
    return new DOMMatrix(this).translateSelf(tx, ty);
  }
  scale(sx, sy) {
    return new DOMMatrix(this).scaleSelf(sx, sy);
  }
  inverse() {
    return new DOMMatrix(this).invertSelf();
  }
  transformPoint({ x = 0, y = 0 } = {}) {
    return { x: this.a * x + this.c * y + this.e, y: this.b * x + this.d * y + this.f, z: 0, w: 1 };
  }
}
class ImageData {
  constructor(dataOrWidth, widthOrHeight, height) {
    const data = typeof dataOrWidth === 'number' ? new Uint8ClampedArray(dataOrWidth * widthOrHeight * 4) : dataOrWidth;
    const width = typeof dataOrWidth === 'number' ? dataOrWidth : widthOrHeight;
    Object.assign(this, { data, width, height: height ?? data.length / 4 / width, colorSpace: 'srgb' });
  }
}
// Records the path it is given (pdf.js hands Path2D objects only to a canvas, which this thread has not).
class Path2D {
  constructor(path) {
    this.commands = path instanceof Path2D ? [...path.commands] : typeof path === 'string' && path ? [['svg', path]] : [];
  }
  addPath(path, transform) {
    this.commands.push(['addPath', path.commands, transform]);
  }
  moveTo(...args) {
    this.commands.push(['moveTo', ...args]);
  }
  lineTo(...args) {
    this.commands.push(['lineTo', ...args]);
  }
  bezierCurveTo(...args) {
    this.commands.push(['bezierCurveTo', ...args]);
  }
  quadraticCurveTo(...args) {
    this.commands.push(['quadraticCurveTo', ...args]);
  }
  rect(...args) {
    this.commands.push(['rect', ...args]);
  }
  closePath() {
    this.commands.push(['closePath']);
  }
}

// The FontFace pdf.js's font loader creates for each embedded font it is given (see fontSink, in the
// thread's script): it keeps the family and the font's bytes, and is loaded at once (nothing is drawn
// with it).
class FontFace {
  constructor(family, source, descriptors = {}) {
    Object.assign(this, { family, source, descriptors, status: 'loaded' });
    this.loaded = Promise.resolve(this);
  }
  load() {
    return this.loaded;
  }
}
`;

/**
 * The thread's script (run with `eval`). Requests: `open` (the PDF's bytes and pdf.js's
 * options) → document id and page count; `text` (document, page) → page height and text items;
 * `tables` (document, page, find) → ruled tables, the indexes of the items inside their cells and
 * the tables pdf-parse's reader failed on, after which the page's resources are released; `close`
 * (document).
 */
const THREAD_SCRIPT = String.raw`
'use strict';
// Runs as CommonJS, or as an ES module when the host runs with --input-type=module (threads inherit
// it): dynamic imports only, no top-level await.
let workerData;
let loading;
function load() {
  loading ??= loadPdfjs().then(
    ([pdfjs, geometry]) => ({ pdfjs, geometry }),
    (error) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

${THREAD_STAND_INS}
// pdf.js, its stand-ins set first, and pdf-parse's geometry. Without @napi-rs/canvas, pdf.js warns (on
// stderr, the host's) when it loads that it cannot load it: rendering's loss, not reading's, so that one
// warning is dropped while it loads.
//
// pdf.js's legacy build bundles core-js, whose Array.prototype.push replaces V8's on Node 20 (V8 ≤ 121: a
// push onto an array whose length is read-only must throw, and does not) with a push written in JavaScript,
// in each of its two modules: pdf.mjs, and pdf.worker.mjs, which pdf.mjs imports when a document is first
// opened (its "fake worker", in this thread). pdf.js never pushes onto such an array, and its push is a
// quarter of this thread's time (docs/performance.md, "PDF"): so the worker module is loaded here too, and
// this realm gets V8's push back. Nothing else core-js installed is touched.
function loadPdfjs() {
  for (const [name, standIn] of Object.entries({ DOMMatrix, ImageData, Path2D, FontFace })) globalThis[name] = standIn;
  const push = Array.prototype.push;
  const warn = console.warn;
  console.warn = (...args) => {
    if (!String(args[0]).startsWith('Warning: Cannot load "@napi-rs/canvas" package')) warn.apply(console, args);
  };
  return import(workerData.pdfjs)
    .finally(() => {
      console.warn = warn;
    })
    .then((pdfjs) => Promise.all([pdfjs, import(workerData.pdfjsWorker), import(workerData.geometry)]))
    .then(([pdfjs, , geometry]) => {
      Array.prototype.push = push;
      return [pdfjs, geometry];
    });
}

const documents = new Map();
let nextDocument = 1;

function documentOf(id) {
  const entry = documents.get(id);
  if (!entry) throw new Error('No open document ' + id);
  return entry;
}

// pdf-parse's getPathGeometry: a stroked path's bounding box [minX, minY, maxX, maxY] → its shape.
function pathGeometry(box) {
  const width = box[2] - box[0];
  const height = box[3] - box[1];
  if (box[0] === Infinity) return 'none';
  if (width > 5 && height > 5) return 'rectangle';
  if (width > 5 && height === 0) return 'line';
  if (width === 0 && height > 5) return 'line';
  return 'none';
}

// pdf-parse's getPageTables, from the page's operator list: stroked rectangles and lines, in
// viewport coordinates, into a LineStore.
async function lineStoreOf(page, viewport) {
  const { pdfjs, geometry } = await load();
  const { OPS, Util } = pdfjs;
  const { Line, LineStore, Point, Rectangle } = geometry;
  const store = new LineStore();
  let matrix = [1, 0, 0, 1, 0, 0];
  const stack = [];
  // Without annotations, whose appearances getTextContent does not read either.
  const operators = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
  for (let i = 0; i < operators.fnArray.length; i++) {
    const fn = operators.fnArray[i];
    const args = operators.argsArray[i];
    if (fn === OPS.constructPath) {
      if ((args?.[0] ?? 0) !== OPS.stroke) continue;
      const box = args?.[2] ?? [Infinity, Infinity, -Infinity, -Infinity];
      const geometry = pathGeometry(box);
      if (geometry === 'rectangle') {
        const rectangle = new Rectangle(new Point(box[0], box[1]), box[2] - box[0], box[3] - box[1]);
        rectangle.transform(matrix);
        rectangle.transform(viewport.transform);
        store.addRectangle(rectangle);
      } else if (geometry === 'line') {
        const line = new Line(new Point(box[0], box[1]), new Point(box[2], box[3]));
        line.transform(matrix);
        line.transform(viewport.transform);
        store.add(line);
      }
    } else if (fn === OPS.save) {
      stack.push(matrix);
    } else if (fn === OPS.restore) {
      matrix = stack.pop() ?? matrix;
    } else if (fn === OPS.transform) {
      matrix = Util.transform(matrix, args);
    }
  }
  return store;
}

// The tables of a page's rulings. pdf-parse's LineStore.getTables grows each table in one pass over
// the rulings, so a ruling that meets the table only through a ruling added after it is left out (and
// then dropped as meeting only one line): the inner column rulings of a table's lower header band,
// which meet only that band's top ruling, are lost, and the columns below it run together into one
// cell. Here a table is every ruling connected to it: Table.add is repeated until none joins.
function tablesOf(store, Table) {
  const rest = [...store.hLines, ...store.vLines];
  const tables = [];
  while (rest.length > 0) {
    const table = new Table(rest.shift());
    let grown = true;
    while (grown) {
      grown = false;
      for (let i = 0; i < rest.length; ) {
        if (table.add(rest[i])) {
          rest.splice(i, 1);
          grown = true;
        } else i++;
      }
    }
    tables.push(table);
  }
  const valid = tables.filter((table) => table.isValid);
  for (const table of valid) table.normalize();
  return valid;
}

// A table's cells read from its rulings, for when pdf-parse's Table.toData throws (its getRow takes a
// ruling under every cell for granted, and reads an undefined one when a cell has none): the grid of
// the row and column pivots, neighbouring slots joined where no ruling (with its gaps) separates
// them, each joined region one cell, whose text goes to its top-left slot and whose other slots stay
// empty, as spans are. The same shape as pdf-parse's TableData; undefined without a grid.
function latticeOf(table, tolerance) {
  const ys = table.rowPivots;
  const xs = table.colPivots;
  if (ys.length < 2 || xs.length < 2) return undefined;
  const rowCount = ys.length - 1;
  const colCount = xs.length - 1;
  const root = Array.from({ length: rowCount * colCount }, (_, i) => i);
  const find = (i) => {
    while (root[i] !== i) i = root[i] = root[root[i]];
    return i;
  };
  const join = (a, b) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) root[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // A ruling runs along [from, to] when it covers that span, less the tolerance at both ends (a
  // stroke ends at the middle of the ruling it meets, off by up to half its width).
  const inner = (from, to) => {
    const margin = Math.min(tolerance, (to - from) / 4);
    return [from + margin, to - margin];
  };
  const vertical = (x, y1, y2) =>
    table.vLines.some((line) => line.from.x === x && table.verticalExists(line, ...inner(y1, y2)));
  const horizontal = (y, x1, x2) =>
    table.hLines.some((line) => line.from.y === y && table.horizontalExists(line, ...inner(x1, x2)));
  for (let r = 0; r < rowCount; r++) {
    for (let c = 0; c < colCount; c++) {
      if (c + 1 < colCount && !vertical(xs[c + 1], ys[r], ys[r + 1])) join(r * colCount + c, r * colCount + c + 1);
      if (r + 1 < rowCount && !horizontal(ys[r + 1], xs[c], xs[c + 1])) join(r * colCount + c, (r + 1) * colCount + c);
    }
  }
  const cells = new Map();
  const rows = [];
  for (let r = 0; r < rowCount; r++) {
    const row = [];
    for (let c = 0; c < colCount; c++) {
      const slot = r * colCount + c;
      const cell = { text: [] };
      if (find(slot) === slot) cells.set(slot, cell);
      row.push(cell);
    }
    rows.push(row);
  }
  const indexOf = (pivots, value) => {
    if (value < pivots[0] || value > pivots[pivots.length - 1]) return -1;
    let i = 0;
    while (i < pivots.length - 2 && value > pivots[i + 1]) i++;
    return i;
  };
  return {
    minXY: { x: xs[0], y: ys[0] },
    maxXY: { x: xs[colCount], y: ys[rowCount] },
    rows,
    findCell(x, y) {
      const r = indexOf(ys, y);
      const c = indexOf(xs, x);
      return r < 0 || c < 0 ? undefined : cells.get(find(r * colCount + c));
    },
  };
}

// A stand-in for getDocument's ownerDocument option (the document fonts are loaded into): with
// font faces enabled, pdf.js hands each embedded font to its font loader, which adds it to this
// document's font set as a FontFace (the stand-in above). Without one (Node has no document), the loader
// fails and pdf.js falls back to drawing glyphs as paths, built for every glyph of every page whose
// operator list is read (as with font faces disabled, its default in Node): 15-35 % of a PDF's reading
// time, for rendering nobody does. (A document without a font set gets an @font-face rule instead, the
// whole font in base64.) Text content and operator lists are the same either way.
const fontSink = { fonts: { add() {}, delete() {} } };

const handlers = {
  async open({ data, options }) {
    const { pdfjs } = await load();
    const task = pdfjs.getDocument({ ...options, disableFontFace: false, ownerDocument: fontSink, data });
    let document;
    try {
      document = await task.promise;
    } catch (error) {
      task.destroy().catch(() => {});
      throw error;
    }
    const id = nextDocument++;
    documents.set(id, { document, pages: new Map() });
    return { id, pages: document.numPages };
  },

  async text({ id, page: number }) {
    const entry = documentOf(id);
    const page = await entry.document.getPage(number);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items = [];
    for (const item of content.items) {
      if (typeof item.str !== 'string') continue;
      const [x = 0, y = 0] = viewport.convertToViewportPoint(item.transform[4] ?? 0, item.transform[5] ?? 0);
      items.push({ str: item.str, x, y, width: item.width, size: item.height, eol: item.hasEOL === true });
    }
    entry.pages.set(number, { page, viewport, items });
    return { height: viewport.height, items };
  },

  async tables({ id, page: number, find }) {
    const entry = documentOf(id);
    const read = entry.pages.get(number);
    if (!read) throw new Error('Page ' + number + ' was not read');
    entry.pages.delete(number);
    try {
      const tables = [];
      const inCells = [];
      const fallbacks = [];
      if (find) {
        const { geometry } = await load();
        const store = await lineStoreOf(read.page, read.viewport);
        store.normalize();
        const found = [];
        for (const table of tablesOf(store, geometry.Table)) {
          let data;
          let failure;
          try {
            data = table.toData();
          } catch (error) {
            // pdf-parse cannot follow these rulings: the cells are rebuilt from them here, else the
            // table's text stays out of every cell and is laid out from its positions.
            failure = error instanceof Error ? error.name + ': ' + error.message : String(error);
            data = latticeOf(table, geometry.Shape.tolerance);
          }
          // A page border or a boxed paragraph is a one-column "table": its text stays in the text flow.
          const kept = data !== undefined && data.rows.some((row) => row.length >= 2);
          if (kept) found.push(data);
          if (failure !== undefined) fallbacks.push({ reason: failure, rebuilt: kept ? 'rulings' : 'positions' });
        }
        // pdf-parse's fillPageTables: each item goes to the first table with a cell under it.
        read.items.forEach((item, index) => {
          const cell = found.map((table) => table.findCell(item.x, item.y)).find((match) => match !== undefined);
          if (!cell) return;
          cell.text.push(item.str);
          if (item.eol) cell.text.push('\n');
          inCells.push(index);
        });
        for (const table of found) {
          tables.push({
            top: table.minXY.y,
            bottom: table.maxXY.y,
            left: table.minXY.x,
            right: table.maxXY.x,
            rows: table.rows.map((row) =>
              row.map((cell) => ({ text: cell.text.join(''), colspan: cell.colspan, rowspan: cell.rowspan })),
            ),
          });
        }
      }
      return { tables, inCells, fallbacks };
    } finally {
      read.page.cleanup();
    }
  },

  async close({ id }) {
    const entry = documents.get(id);
    documents.delete(id);
    if (entry) await entry.document.destroy();
  },
};

import('node:worker_threads').then((threads) => {
  workerData = threads.workerData;
  const { parentPort } = threads;
  parentPort.on('message', (message) => {
    handlers[message.type](message).then(
      (value) => parentPort.postMessage({ request: message.request, value }),
      (error) =>
        parentPort.postMessage({
          request: message.request,
          error: {
            name: error instanceof Error ? error.name : 'Error',
            message: error instanceof Error ? error.message : String(error),
          },
        }),
    );
  });
});
`;

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Why the thread stopped, once it has. */
  stopped?: Error;
}

/** Where pdf.js and pdf-parse's geometry are. */
export interface PdfResources {
  /** pdf-parse's table geometry: the bundle's `pdf-geometry.js` (scripts/bundle-cli.mjs), or pdf-parse. */
  geometry: string;
  /** pdfjs-dist's legacy (Node) build. */
  pdfjs: string;
  /** Its worker module (which pdf.js loads into the same thread in Node). */
  pdfjsWorker: string;
  /** pdf.js's packed CMaps (official PDFs use GBK-EUC-H fonts, whose text is lost without them). */
  cMapUrl: string;
  /** pdf.js's standard fonts. */
  standardFontDataUrl: string;
}

let resources: PdfResources | undefined;

/**
 * Finds pdfjs-dist (a dependency) and pdf-parse's geometry (resolved once per process; nothing is loaded
 * here): from the TypeScript sources (which a thread cannot import), pdf-parse itself, a devDependency;
 * from the bundle and `dist/src`, `pdf-geometry.js` beside this code; from an application that compiled
 * this package into its own bundle, the package's `gov-report-extract/pdf-geometry` export.
 * @returns Their URLs and pdf.js's resource folders.
 */
export function pdfResources(): PdfResources {
  if (resources) return resources;
  const beside = new URL('./pdf-geometry.js', import.meta.url);
  const geometry = import.meta.url.endsWith('.ts')
    ? import.meta.resolve('pdf-parse')
    : existsSync(beside)
      ? beside.href
      : import.meta.resolve('gov-report-extract/pdf-geometry');
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  resources = {
    geometry,
    pdfjs: pathToFileURL(path.join(root, 'legacy/build/pdf.mjs')).href,
    pdfjsWorker: pathToFileURL(path.join(root, 'legacy/build/pdf.worker.mjs')).href,
    cMapUrl: `${root}/cmaps/`,
    standardFontDataUrl: `${root}/standard_fonts/`,
  };
  return resources;
}

/** The running thread; replaced by a new one on the next use after it stops. */
let current: Thread | undefined;
let nextRequest = 1;

function startThread(): Thread {
  const worker = new Worker(THREAD_SCRIPT, {
    eval: true,
    workerData: pdfResources(),
    // In a worker thread (a batch worker), that thread's memory limits; in the main thread, none of its own.
    resourceLimits: { ...resourceLimits },
  });
  const thread: Thread = { worker, pending: new Map() };
  const stop = (error: Error): void => {
    if (current === thread) current = undefined;
    thread.stopped ??= error;
    for (const pending of thread.pending.values()) pending.reject(thread.stopped);
    thread.pending.clear();
  };
  worker.on('message', (message: { request: number; value?: unknown; error?: { name: string; message: string } }) => {
    const pending = thread.pending.get(message.request);
    if (!pending) return;
    thread.pending.delete(message.request);
    if (thread.pending.size === 0) worker.unref();
    if (message.error) pending.reject(new PdfThreadError(message.error.name, message.error.message));
    else pending.resolve(message.value);
  });
  worker.on('error', (error) => stop(threadStopped(error)));
  worker.on('exit', (code) => stop(new Error(`The PDF reader thread stopped (exit code ${code}).`)));
  // Idle, the thread does not keep the process alive; it is referenced while a request waits (see `request`).
  worker.unref();
  return thread;
}

/** A thread that died: out of memory is the input's size; anything else is unexpected. */
function threadStopped(error: Error): Error {
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new ReportError(
      'IMPORT_TOO_LARGE',
      `Reading the PDF ran out of memory (${error.message}); it is too large for this memory limit.`,
      { cause: error },
    );
  }
  return error;
}

/**
 * Sends a request to a thread.
 * @param thread The thread.
 * @param message The request.
 * @param transfer Buffers moved to the thread.
 * @returns What the thread answers.
 * @throws PdfThreadError what the thread threw; why the thread stopped, if it did.
 */
function request<T>(
  thread: Thread,
  message: { type: string } & Record<string, unknown>,
  transfer: ArrayBuffer[] = [],
): Promise<T> {
  const { worker, pending, stopped } = thread;
  if (stopped) return Promise.reject(stopped);
  const id = nextRequest++;
  return new Promise<T>((resolve, reject) => {
    if (pending.size === 0) worker.ref();
    pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    worker.postMessage({ ...message, request: id }, transfer);
  });
}

/** A PDF opened in the thread. */
export interface ThreadDocument {
  pages: number;
  /**
   * Reads a page's text items (the page stays open until `tables`).
   * @param page Its number, from 1.
   * @returns The page's height and its text items.
   */
  text(page: number): Promise<{ height: number; items: ThreadItem[] }>;
  /**
   * Finds a page's ruled tables (or only releases the page).
   * @param page A page whose `text` was read.
   * @param find False: no table search.
   * @returns The tables, which items (indexes into `text`'s) lie in their cells, and the tables
   *   pdf-parse's reader failed on.
   */
  tables(
    page: number,
    find: boolean,
  ): Promise<{ tables: ThreadTable[]; inCells: number[]; fallbacks: ThreadFallback[] }>;
  /** Releases the document. */
  close(): Promise<void>;
}

/**
 * Opens a PDF in the thread (started if needed). Errors from pdf.js (for the document or a page)
 * reject as `PdfThreadError`; if the thread stops, every request for the document rejects with
 * why it stopped.
 * @param bytes The PDF (copied: the copy is moved to the thread).
 * @param options pdf.js's `getDocument` options (besides `data` and the resource URLs).
 * @returns The document.
 * @throws PdfThreadError pdf.js's exception (e.g. `PasswordException`, `InvalidPDFException`).
 */
export async function openPdf(bytes: Uint8Array, options: Record<string, unknown>): Promise<ThreadDocument> {
  const { cMapUrl, standardFontDataUrl } = pdfResources();
  const thread = (current ??= startThread());
  // A copy of its own (not `slice()`, a view for a Buffer): its memory is moved to the thread.
  const data = new Uint8Array(bytes);
  const opened = await request<{ id: number; pages: number }>(
    thread,
    { type: 'open', data, options: { ...options, cMapUrl, standardFontDataUrl } },
    [data.buffer],
  );
  const { id } = opened;
  return {
    pages: opened.pages,
    text: (page) => request(thread, { type: 'text', id, page }),
    tables: (page, find) => request(thread, { type: 'tables', id, page, find }),
    close: () => request(thread, { type: 'close', id }),
  };
}
