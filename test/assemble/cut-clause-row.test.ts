import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/index.js';

/**
 * Stored web pages keep only the first part of a report and can end inside the clause line of the next section 二
 * table (`| 第二十条第(六)`, before its 项). That cut clause is a clause row, not a value row of the table above.
 * Values read from the text below.
 */
describe('a clause line cut short at the end of the text', () => {
  const table = [
    '二、主动公开政府信息情况',
    '| 第二十条第(一)项 | |||',
    '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | ',
    '| 规章 | 0 | 0 | 0 | ',
    '| 行政规范性文件 | 2 | 0 | 7 | ',
    '| 第二十条第(五)项 | |||',
    '| 信息内容 | 本年处理决定数量 | ||',
    '| 行政许可 | 5 | ||',
  ];

  it.each(['| 第二十条第(六)', '| 第二十条第', '| 第二十条'])('is not a row of the table above (%s)', (cut) => {
    const report = parseReportText([...table, cut].join('\n'));
    const withValues = report.tables.flatMap((t) => t.rows.filter((r) => r.values.length > 0));
    expect(withValues.map((r) => r.label)).toEqual(['规章', '行政规范性文件', '行政许可']);
    const licensing = report.tables.find((t) => t.clause === '第二十条第(五)项')!;
    expect(licensing.rows.map((r) => [r.label, r.values])).toEqual([['行政许可', [5]]]);
  });

  it('keeps a complete clause line at the end a clause', () => {
    const report = parseReportText([...table, '| 第二十条第(六)项 | |||'].join('\n'));
    expect(report.tables.flatMap((t) => t.rows.filter((r) => r.values.length > 0)).length).toBe(3);
  });
});
