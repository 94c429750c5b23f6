import { describe, expect, it } from 'vitest';
import { furnitureKind } from '../../src/vocabulary/page-furniture.js';

describe('page furniture: one list for the PDF importer, table rebuilding and the builder', () => {
  it("knows the spellings each stage's list had (the importer's 、 and 3 of 5, the others' ／ and －3－)", () => {
    expect(
      [
        '第 2 页、共 5 页',
        '第2页／共5页',
        '共 5 页，第 2 页',
        '－3－',
        '-- 3 of 5 --',
        '3 of 5',
        'PAGE 3 OF 5',
        '3／5',
      ].map(furnitureKind),
    ).toEqual([
      'page-of',
      'page-of',
      'page-of',
      'page-number',
      'page-break',
      'page-break',
      'page-number',
      'page-number',
    ]);
  });

  it('leaves a lone number, a numbered label and text that names pages', () => {
    expect(['3', '12 3', '2.重复申请 2', '共 5 页的报告如下：', '第二十条第（一）项'].map(furnitureKind)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
