/**
 * The classes the PDF thread gives its realm in place of @napi-rs/canvas's (src/importers/pdf-thread.ts):
 * their DOMMatrix does the same 2D arithmetic as the renderer's, whose classes pdf.js used before.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { THREAD_STAND_INS } from '../../src/importers/pdf-thread.js';

interface Matrix {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
  multiplySelf(other: unknown): Matrix;
  preMultiplySelf(other: unknown): Matrix;
  translateSelf(tx?: number, ty?: number): Matrix;
  scaleSelf(sx?: number, sy?: number): Matrix;
  invertSelf(): Matrix;
  transformPoint(point: { x: number; y: number }): { x: number; y: number };
}
type MatrixClass = new (init?: unknown) => Matrix;

/** The thread's classes, evaluated here in a function's scope (no global is set). */
const standIns = new Function(`${THREAD_STAND_INS}\nreturn { DOMMatrix, ImageData, Path2D, FontFace };`)() as {
  DOMMatrix: MatrixClass;
  ImageData: new (...args: unknown[]) => { data: Uint8ClampedArray; width: number; height: number };
  Path2D: new (path?: unknown) => { commands: unknown[][]; moveTo(x: number, y: number): void };
  FontFace: new (family: string, source: Uint8Array) => { family: string; loaded: Promise<unknown> };
};
// The renderer pdf.js took them from, installed here as a devDependency's (pdf-parse's) dependency.
const canvas = createRequire(import.meta.url)('@napi-rs/canvas') as { DOMMatrix: MatrixClass };

const values = (m: Matrix): number[] => [m.a, m.b, m.c, m.d, m.e, m.f];
const finite = fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true });
const matrix = fc.tuple(finite, finite, finite, finite, finite, finite);

function expectClose(actual: number[], expected: number[]): void {
  expect(actual).toHaveLength(6);
  actual.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 6));
}

describe('the PDF thread’s DOMMatrix', () => {
  it('should multiply, translate, scale and invert as the renderer’s DOMMatrix does', () => {
    fc.assert(
      fc.property(matrix, matrix, finite, finite, (m, n, x, y) => {
        const ours = () => new standIns.DOMMatrix(m);
        const theirs = () => new canvas.DOMMatrix(m);
        expectClose(
          values(ours().multiplySelf(new standIns.DOMMatrix(n))),
          values(theirs().multiplySelf(new canvas.DOMMatrix(n))),
        );
        expectClose(
          values(ours().preMultiplySelf(new standIns.DOMMatrix(n))),
          values(theirs().preMultiplySelf(new canvas.DOMMatrix(n))),
        );
        expectClose(values(ours().translateSelf(x, y)), values(theirs().translateSelf(x, y)));
        expectClose(values(ours().scaleSelf(x, y)), values(theirs().scaleSelf(x, y)));
        const point = ours().transformPoint({ x, y });
        const expected = theirs().transformPoint({ x, y });
        expect(point.x).toBeCloseTo(expected.x, 6);
        expect(point.y).toBeCloseTo(expected.y, 6);
        const det = m[0] * m[3] - m[1] * m[2];
        if (Math.abs(det) > 1e-3) expectClose(values(ours().invertSelf()), values(theirs().invertSelf()));
      }),
      { numRuns: 200 },
    );
  });

  it('should give pdf.js’s Type3 glyph-mask transform exactly (src: pdf.worker.mjs compileType3Glyph)', () => {
    for (const [width, height] of [
      [17, 23],
      [1000, 3],
      [1, 1],
    ] as const) {
      const ours = new standIns.DOMMatrix().scaleSelf(1 / width, -1 / height).translateSelf(0, -height);
      const theirs = new canvas.DOMMatrix().scaleSelf(1 / width, -1 / height).translateSelf(0, -height);
      expect(values(ours)).toEqual(values(theirs));
    }
  });

  it('should refuse what is not a 2D matrix', () => {
    expect(() => new standIns.DOMMatrix([1, 2, 3])).toThrow(TypeError);
    expect(values(new standIns.DOMMatrix())).toEqual([1, 0, 0, 1, 0, 0]);
    expect(values(new standIns.DOMMatrix([1, 2, 3, 4, 5, 6]).invertSelf().invertSelf())).toEqual([1, 2, 3, 4, 5, 6]);
    expect(values(new standIns.DOMMatrix([1, 2, 2, 4, 0, 0]).invertSelf()).every(Number.isNaN)).toBe(true);
  });
});

describe('the PDF thread’s other stand-ins', () => {
  it('should size ImageData as the DOM does, record paths and load font faces at once', async () => {
    const blank = new standIns.ImageData(3, 2);
    expect([blank.width, blank.height, blank.data.length]).toEqual([3, 2, 24]);
    const given = new standIns.ImageData(new Uint8ClampedArray(48), 4);
    expect([given.width, given.height]).toEqual([4, 3]);
    const path = new standIns.Path2D();
    path.moveTo(1, 2);
    expect(new standIns.Path2D(path).commands).toEqual([['moveTo', 1, 2]]);
    const face = new standIns.FontFace('g_d0_f1', new Uint8Array([0, 1]));
    await expect(face.loaded).resolves.toBe(face);
  });
});
