import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/index.js';
import { rebuildTables } from '../../src/normalise/tables/index.js';
import { joinBrokenRow, pipeCells, readRow } from '../../src/normalise/tables/split-rows.js';

/**
 * Word and LibreOffice let a table row break across pages: a long label ends on the next page,
 * under the repeated header. The PDF text of the 2021 matrix (test/fixtures/roundtrip/laiyang-*.pdf,
 * with its header repeated on each page and its value columns run together):
 */
const CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const HEADER = [
  `${CORNER} | |申请人情况 |`,
  '||自然人法人或其他组织总计商业企业 科研机构社会公益组织法律服务机构 其他 |',
];
const HEADER_AGAIN = [
  `${CORNER} | ||申请人情况 |`,
  '|||自然人法人或其他组织总计商业企业 科研机构社会公益组织法律服务机构 其他 |',
];
const matrix = (middle: string[]): string =>
  [
    '莱阳市市场监督管理局2022年政府信息公开工作年度报告',
    '三、收到和处理政府信息公开申请情况',
    ...HEADER,
    '一、本年新收政府信息公开申请数量 | |41 6 0 0 2 1 50 |',
    '二、上年结转政府信息公开申请数量 | |3 0 0 0 0 0 3 |',
    '三、本年度办理结果 | （一）予以公开 | 14 2 0 0 1 0 17 |',
    ...middle,
    '|（三）不予公开 | 1.属于国家秘密 | 0 0 0 0 0 0 0 |',
    '||2.其他法律行政法规禁止公开 | 0 0 0 0 0 0 0 |',
    '|（七）总计 | |20 3 0 0 1 0 24 |',
    '四、结转下年度继续办理 | ||1 0 0 0 0 0 1 |',
    '四、政府信息公开行政复议、行政诉讼情况',
  ].join('\n');

describe('rows broken across a page break', () => {
  it('should join the end of a label, printed under the repeated header, back into its row', () => {
    const text = matrix([
      '|（二）部分公开（区分处理的，只计这一情形，不计其他 | 3 1 0 0 0 0 4 |',
      ...HEADER_AGAIN,
      '|情形） | ||',
    ]);
    const result = rebuildTables(text);
    const lines = result.text.split('\n');
    expect(lines).toContain('|（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 3 1 0 0 0 0 4 |');
    expect(lines.filter((line) => line.includes('情形）'))).toHaveLength(1);
    expect(result.diagnostics.map((d) => d.code)).toEqual([
      'normalise-continuation-header-removed',
      'normalise-continuation-row-rejoined',
    ]);
    const rejoined = result.diagnostics.find((d) => d.code === 'normalise-continuation-row-rejoined')!;
    expect(rejoined.severity).toBe('info');
    // the joined row's position spans the row's first part, the repeated header and its last part
    expect([rejoined.position?.start.line, rejoined.position?.end.line]).toEqual([8, 11]);

    const report = parseReportText(text);
    const partial = report.tables.flatMap((t) => t.rows).find((row) => row.key === 'apply.outcome.partial');
    expect(partial?.values).toEqual([3, 1, 0, 0, 0, 0, 4]);
    expect(
      report.tables.flatMap((t) => t.rows).filter((row) => row.label === '' || row.label.startsWith('情形')),
    ).toEqual([]);
    expect(report.diagnostics.filter((d) => d.severity !== 'info' && d.origin !== 'validate')).toEqual([]);
  });

  it('should join the start of a label, printed before the break without values, to the row after it', () => {
    const text = matrix([
      '|（二）部分公开（区分处理的，只计这一 | ||',
      ...HEADER_AGAIN,
      '|情形，不计其他情形） | 3 1 0 0 0 0 4 |',
    ]);
    const lines = rebuildTables(text).text.split('\n');
    expect(lines).toContain('|（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 3 1 0 0 0 0 4 |');
  });

  it('should join cell by cell, into the label cell of the same column', () => {
    expect(joinBrokenRow('||3.要求提供公开出 | 0 0 0 0 0 0 0 |', '||版物 | |')).toBe(
      '||3.要求提供公开出版物 | 0 0 0 0 0 0 0 |',
    );
    expect(joinBrokenRow('规范性文件 | 3 | 3 |', '（不含规章） | | |')).toBe('规范性文件（不含规章） | 3 | 3 |');
  });

  it('should leave rows of their own apart', () => {
    // the row after the break starts with a row marker, or both rows have values, or neither has
    expect(joinBrokenRow('|（一）予以公开 | 14 2 0 0 1 0 17 |', '|（二）部分公开 | ||')).toBeNull();
    expect(joinBrokenRow('||1.属于国家秘密 | 0 |', '||2.其他法律行政法规禁止公开 | 0 |')).toBeNull();
    expect(joinBrokenRow('一、主动公开情况 | | |', '主动公开文件数 | | |')).toBeNull();
    // a unit makes a row of its own (制发规范性文件总数 | 件 | |), so does a long text
    expect(joinBrokenRow('其中:主动公开规范性文件数 | 条 | 5 |', '制发规范性文件总数 | 件 | |')).toBeNull();
    expect(joinBrokenRow('（七）总计 | 24 |', `|${'很长的说明文字'.repeat(10)} | |`)).toBeNull();
  });
});

describe('pipeCells', () => {
  it('cuts at ASCII and full-width pipes, trims each cell and drops only the empty cell after the last pipe', () => {
    expect(pipeCells('a | |b |')).toEqual(['a', '', 'b']);
    expect(pipeCells('|（一）予以公开｜ 14 | 2　|')).toEqual(['', '（一）予以公开', '14', '2']);
    expect(pipeCells('a | b')).toEqual(['a', 'b']);
    expect(pipeCells('||')).toEqual(['', '']);
    expect(pipeCells('|')).toEqual(['']);
    expect(pipeCells('')).toEqual(['']);
    expect(pipeCells('  no pipe  ')).toEqual(['no pipe']);
  });
});

describe('readRow', () => {
  it('reads digit cells, other numbers, units and runs of values as typed, label text as text', () => {
    expect(readRow(['（一）予以公开', '', '14', '件', '1,234', '3 1 0', '——', '0x1'])).toEqual({
      texts: [0, 7],
      values: true,
    });
    expect(readRow(['情形）', ''])).toEqual({ texts: [0], values: false });
  });
});
