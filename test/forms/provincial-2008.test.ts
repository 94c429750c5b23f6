/**
 * The test a form data file comes with (docs/forms.md, "Adding a form"), for the provincial 2008–2018
 * variant with two value columns (src/forms/provincial-2008.ts): its header is matched because the file
 * writes it, and a real report printing it is read with the national rows' keys. The text is the table of
 * samples/sanming-meilie-district-2016-provincial.txt (三明市梅列区 2016), its cells tab-separated as a
 * page copied from a web table gives them; expected values read from that file, lines 25–47.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forms, headersOf } from '../../src/forms/index.js';
import { provincial2008 } from '../../src/forms/provincial-2008.js';
import { compileSpec, matchHeaderAt } from '../../src/normalise/tables/header-match.js';
import { parseReportText } from '../../src/index.js';

const printed = readFileSync('samples/sanming-meilie-district-2016-provincial.txt', 'utf8');
/** The same report with its table's cells tab-separated. */
const tabbed = printed
  .split('\n')
  .map((line) =>
    line.includes('|')
      ? line
          .replace(/\s*\|\s*$/, '')
          .split(/\s*\|\s*/)
          .join('\t')
      : line,
  )
  .join('\n');
const headerLine = '指标名称\t计量 单位\t2016年度\t历年累计';

describe('the provincial 2008–2018 form (指标名称 | 计量单位 | 2016年度 | 历年累计)', () => {
  it('matches the printed header from the form file, and not without it', () => {
    expect(tabbed.split('\n')).toContain(headerLine);
    const withForm = headersOf(forms).map(compileSpec);
    const withoutForm = headersOf(forms.filter((f) => f !== provincial2008)).map(compileSpec);
    const found = matchHeaderAt([headerLine], 0, withForm);
    expect(found?.compiled.spec.id).toBe('provincial-4');
    expect(matchHeaderAt([headerLine], 0, withoutForm)?.compiled.spec.id).not.toBe('provincial-4');
  });

  it('reads the tab-separated table as the printed one: two value columns, the national keys', () => {
    const report = parseReportText(tabbed);
    expect(report.diagnostics.map((d) => d.code)).toContain('normalise-table-rebuilt');
    expect(report.template).toBe('legacy-2008');
    expect(report.tables).toHaveLength(1);
    const table = report.tables[0]!;
    expect(table.columns).toEqual(['2016年度', '历年累计']);
    const row = (key: string) => table.rows.find((r) => r.key === key);
    expect(row('active.total')?.values).toEqual([1856, 15632]); // 主动公开文件数 | 条 | 1856 | 15632
    expect(row('active.channels.website')?.values).toEqual([1802, 14980]); // 1、政府网站公开数
    expect(row('apply.received')?.values).toEqual([27, 213]); // 受理依申请公开信息总数 | 件 | 27 | 213
    expect(row('apply.answered.notExist')?.values).toEqual([5, 33]); // 4、信息不存在数 | 件 | 5 | 33
    expect(row('review.total')?.values).toEqual([1, 7]); // 行政复议数 | 件 | 1 | 7
    expect(row('fees')?.unit).toBe('万元');
    expect(row('fees')?.values).toEqual([0, 0.0085]); // 依申请公开收费金额 | 万元 | 0 | 0.0085
    // The indicator is the year's column.
    expect(report.indicators['active.total']).toBe(1856);
    expect(report.indicators['apply.answered.granted']).toBe(15);
    const asPrinted = parseReportText(printed);
    expect(asPrinted.tables[0]!.rows.map((r) => [r.key, r.values])).toEqual(table.rows.map((r) => [r.key, r.values]));
  });
});
