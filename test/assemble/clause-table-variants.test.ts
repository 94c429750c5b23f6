import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/index.js';

/**
 * Section 二 clause tables as real pages print them: in traditional script (a mirror's copy, 第二十條第(五)項),
 * and with the 2021 header's last word cut short (现行有效件 for 现行有效件数, one cell per line). Values read
 * from the texts below.
 */
describe('clause tables of section 二: traditional clause rows and cut-short header words', () => {
  it('takes a traditional 第二十條第(x)項 row as the clause of the table under it, not as an empty row', () => {
    const text = [
      '二、主動公開政府資訊情況',
      '第二十條第(一)項 | | | |',
      '資訊內容 | 本年新製作數量 | 本年新公開數量 | 對外公開總數量 |',
      '規章 | 0 | 0 | 0 |',
      '規範性檔案 | 2 | 2 | 15 |',
      '第二十條第(五)項 | | | |',
      '資訊內容 | 上一年項目數量 | 本年增/減 | 處理決定數量 |',
      '行政許可 | 3 | 0 | 41 |',
      '',
    ].join('\n');
    const report = parseReportText(text);
    const withValues = report.tables.flatMap((t) => t.rows.filter((r) => r.values.length > 0));
    expect(withValues.map((r) => r.label)).toEqual(['規章', '規範性檔案', '行政許可']);
    expect(report.tables.map((t) => t.clause)).toEqual(['第二十條第(一)項', '第二十條第(五)項']);
    const licensing = report.tables[1]!.rows.find((r) => r.label === '行政許可')!;
    expect(licensing.values).toEqual([3, 0, 41]);
  });

  it('reads a 2021 clause table whose header prints 现行有效件 (one cell per line)', () => {
    const text = [
      '二、主动公开政府信息情况',
      '',
      '第二十条第(一)项',
      '',
      '信息内容',
      '',
      '本年制发件数',
      '',
      '本年废止件数',
      '',
      '现行有效件',
      '',
      '规章',
      '',
      '0',
      '',
      '1',
      '',
      '4',
      '',
      '行政规范性文件',
      '',
      '2',
      '',
      '0',
      '',
      '9',
      '',
    ].join('\n');
    const report = parseReportText(text);
    const rows = report.tables.flatMap((t) => t.rows.filter((r) => r.values.length > 0));
    expect(rows.map((r) => [r.label, r.values])).toEqual([
      ['规章', [0, 1, 4]],
      ['行政规范性文件', [2, 0, 9]],
    ]);
    expect(report.template).toBe('gov-2021');
    expect(rows.map((r) => r.key)).toEqual(['active.regulations', 'active.normativeDocs']);
  });
  it('reads a 2019 clause table whose header prints 本年增/ for 本年增/减 (one cell per line)', () => {
    const cells = [
      '二、主动公开政府信息情况',
      '第二十条第(五)项',
      '信息内容',
      '上一年项目数量',
      '本年增/',
      '处理决定数量',
      '行政许可',
      '21',
      '+2',
      '23',
      '其他对外管理服务事项',
      '57',
      '-6',
      '51',
      '第二十条第(八)项',
      '信息内容',
      '上一年项目数量',
      '本年增/',
      '行政事业性收费',
      '3',
      '-1',
      '三、收到和处理政府信息公开申请情况',
    ];
    const text = cells.flatMap((c) => [c, '']).join('\n');
    const report = parseReportText(text);
    const rows = report.tables.flatMap((t) => t.rows.filter((r) => r.values.length > 0));
    expect(rows.map((r) => [r.label, r.values])).toEqual([
      ['行政许可', [21, 2, 23]],
      ['其他对外管理服务事项', [57, -6, 51]],
      ['行政事业性收费', [3, -1]],
    ]);
    expect(report.template).toBe('gov-2019');
    expect(rows.map((r) => r.key)).toEqual(['active.licensing', 'active.otherServices', 'active.fees']);
  });
});
