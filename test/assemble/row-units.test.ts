/**
 * Row.unit when the table has no unit column (or the row's unit cell is empty): the unit printed in the
 * label (`…的费用（万元）`), after the value (`147230元`), or in the header of the value column
 * (`本年收费金额（单位：万元）`). A row whose cells print different units, or some none, has no one unit.
 */
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/index.js';

const HEAD = ['某区某局2019年政府信息公开工作年度报告', '一、总体情况', '2019年，我局依法做好政府信息公开工作。'];

describe('the unit of a row without a unit cell', () => {
  it('should read 元 printed in the value cell, and none when the cells of a row disagree', () => {
    const purchase = (values: string): string =>
      [
        ...HEAD,
        '二、主动公开政府信息情况',
        '第二十条第（九）项',
        '信息内容\t采购项目数量\t采购总金额',
        `政府集中采购\t${values}`,
      ].join('\n');
    const rowsOf = (text: string) => parseReportText(text).tables[0]!.rows.map((r) => [r.label, r.unit, r.values]);
    expect(rowsOf(purchase('3\t147230元'))).toEqual([['政府集中采购', null, [3, 147230]]]);
    expect(rowsOf(purchase('3项\t147230元'))).toEqual([['政府集中采购', null, [3, 147230]]]);
    expect(rowsOf(purchase('3元\t147230元'))).toEqual([['政府集中采购', '元', [3, 147230]]]);
    const one = parseReportText(
      [...HEAD, '第二十条第（九）项', '信息内容 | 采购总金额 |', '政府集中采购 | 147230元 |'].join('\n'),
    );
    expect(one.tables[0]!.rows.map((r) => [r.unit, r.values])).toEqual([['元', [147230]]]);
  });

  it('should read 万元 from the header of the one value column', () => {
    const report = parseReportText(
      [
        ...HEAD,
        '二、主动公开政府信息情况',
        '第二十条第（八）项',
        '信息内容\t本年收费金额（单位：万元）',
        '行政事业性收费\t18651.06',
      ].join('\n'),
    );
    const table = report.tables[0]!;
    expect(table.columns).toEqual(['本年收费金额（单位：万元）']);
    expect(table.rows.map((r) => [r.label, r.unit, r.values])).toEqual([['行政事业性收费', '万元', [18651.06]]]);
  });

  it('should read the unit in the label note, keep a unit cell first, and give a group row with —— and empty cells no values', () => {
    const report = parseReportText(
      [
        ...HEAD,
        '二、统计情况',
        '统计指标 | 单位 | 年度累计数 |',
        '一、主动公开情况 | —— | —— |',
        '（一）主动公开政府信息数 | 条 | 212 |',
        '四、政府信息公开的收费及减免情况 | —— | —— |',
        '（一）依申请提供政府公开信息收取的费用（万元） | | 0 |',
        '（二）减免收费金额（单位：元） | 元 | 0 |',
      ].join('\n'),
    );
    expect(report.tables[0]!.rows.map((r) => [r.label, r.note, r.unit, r.values])).toEqual([
      ['主动公开情况', null, '——', []],
      ['主动公开政府信息数', null, '条', [212]],
      ['政府信息公开的收费及减免情况', null, '——', []],
      ['依申请提供政府公开信息收取的费用', '万元', '万元', [0]],
      ['减免收费金额', '单位：元', '元', [0]],
    ]);
  });

  it('should give no unit when the header names none', () => {
    const report = parseReportText(
      [
        ...HEAD,
        '第二十条第（一）项',
        '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
        '规章 | 0 | 0 | 0 |',
      ].join('\n'),
    );
    expect(report.tables[0]!.rows[0]!.unit).toBeNull();
  });
});

describe('the unit of a table', () => {
  const table = (title: string, header: string): string =>
    [...HEAD, '二、统计情况', title, `${header} | 本年新增 |`, '规章 | 3 |'].join('\n');
  const unitOf = (text: string) => parseReportText(text).tables[0]!.unit;

  it('should read 单位 followed by a colon in the title or a header cell, after a first 单位 without one', () => {
    expect(unitOf(table('统计表（单位：件）', '统计指标'))).toBe('件');
    expect(unitOf(table('统计表 单位:件', '统计指标'))).toBe('件');
    expect(unitOf(table('填报单位 某局 单位：万元', '统计指标'))).toBe('万元');
    expect(unitOf(table('统计表', '统计指标（单位：件）'))).toBe('件');
  });

  it('should find none for 单位 without a colon (a 计量单位 column, a 填报单位 line)', () => {
    expect(unitOf(table('统计表', '计量单位'))).toBeNull();
    expect(unitOf(table('填报单位 某局', '统计指标'))).toBeNull();
    expect(unitOf(table('统计表 单位', '统计指标'))).toBeNull();
  });
});
