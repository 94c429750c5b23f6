import { describe, expect, it } from 'vitest';
import {
  compiledSpecs,
  headerRows,
  matchHeaderAt,
  mostlyHeaderWords,
} from '../../src/normalise/tables/header-match.js';
import { furnitureKind } from '../../src/vocabulary/page-furniture.js';
import { rebuildTables } from '../../src/normalise/tables/index.js';

const match = (text: string) => matchHeaderAt(text.split('\n'), 0, compiledSpecs);

describe('header recognition from template header data', () => {
  it('should read a legacy header with spaces inside words and a word split over two lines', () => {
    const m = match('统 计 指 标    单位    年度累计\n数\n一、主动公开情况 —— 502');
    expect(m?.compiled.spec.id).toBe('legacy-3');
    expect([m?.start, m?.end]).toEqual([0, 1]);
    expect(headerRows(m!)).toEqual([['统计指标', '单位', '年度累计数']]);
  });

  it('should tell the provincial form from the legacy table by its year column', () => {
    const m = match('指标名称 计量 单位 2016 年度 历年累计');
    expect(m?.compiled.spec.id).toBe('provincial-4');
    expect(headerRows(m!)).toEqual([['指标名称', '计量单位', '2016年度', '历年累计']]);
  });

  it('should tell the 2019 clause columns from the 2021 ones, notes included', () => {
    expect(match('信息内容\t本年新\n制作数量\t本年新\n公开数量\t对外公开\n总数量')?.compiled.spec.id).toBe(
      'clause-2019-1',
    );
    expect(match('信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |')?.compiled.spec.id).toBe('clause-2021-1');
    const m = match(
      '信息内容 上一年项目数量(指2019年事项数) 本年增/减(指2020年增加或减少的事项数) 处理决定数量(指2020年办件量)',
    );
    expect(m?.compiled.spec.id).toBe('clause-2019-5');
    expect(headerRows(m!)[0]![1]).toBe('上一年项目数量(指2019年事项数)');
  });

  it('should expand the section 三 matrix header to one cell per column whatever the order of its words', () => {
    const m = match('申请人情况\n商业企业 科研机构 社会公益组织 法律服务机构 其他\n自然人 法人或其他组织 总计');
    expect(m?.compiled.spec.id).toBe('applications-matrix');
    expect(headerRows(m!)).toEqual([
      ['', '', '', '申请人情况', '', '', '', '', '', ''],
      ['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计'],
      ['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
    ]);
  });

  it('should read the three-level section 四 header with its repeated words', () => {
    const m = match(
      '行政复议\n行政诉讼\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n未经复议直接起诉\n复议后起诉\n' +
        '结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n'.repeat(2),
    );
    expect(m?.compiled.spec.id).toBe('review-litigation');
    expect(m?.end).toBe(18);
    expect(headerRows(m!)[2]).toEqual([
      '',
      '',
      '',
      '',
      '',
      '结果维持',
      '结果纠正',
      '其他结果',
      '尚未审结',
      '总计',
      '结果维持',
      '结果纠正',
      '其他结果',
      '尚未审结',
      '总计',
    ]);
  });

  it('should not take narrative that mentions header words for a header', () => {
    expect(match('五、行政复议和诉讼情况')).toBeNull();
    expect(match('本单位年度累计公开信息502条')).toBeNull();
    expect(mostlyHeaderWords('五、行政复议和诉讼情况')).toBe(false);
    expect(mostlyHeaderWords('信息 内容 本年制发件数 本年废止件数 现行有效件')).toBe(true);
  });
});

describe('page furniture', () => {
  it('should know the page numbers and page-break markers of PDF text', () => {
    expect(
      ['第 2 页 共 5 页', '第2页/共5页', '- 3 -', '— 12 —', '-- 3 of 5 --', '3/5', '\f'].map(furnitureKind),
    ).toEqual(['page-of', 'page-of', 'page-number', 'page-number', 'page-break', 'page-number', 'page-break']);
  });

  it('should leave table rows and narrative alone', () => {
    expect(['-1', '2.重复申请 2', '第二十条第（一）项', '共 5 页的报告如下：', ''].map(furnitureKind)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('a table that cannot be rebuilt', () => {
  it('should stay as it is with a warning', () => {
    const text = '附表\n统 计 指 标 单位 年度累计数\n本年度无相关统计数据，特此说明。\n某某局';
    const result = rebuildTables(text);
    expect(result.text).toBe(text);
    expect(result.origins).toBeNull();
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.position?.start.line])).toEqual([
      ['normalise-rows-unreadable', 'warning', 2],
    ]);
  });
});
