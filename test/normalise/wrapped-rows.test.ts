import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/index.js';
import { rebuildTables } from '../../src/normalise/tables/index.js';
import { joinWrappedGroupLabel, joinWrappedRow } from '../../src/normalise/tables/wrapped-rows.js';

/**
 * A PDF table row broken across a page break, its table merged by the importer (repeated header
 * dropped, or none): the end of the label is a row of its own, with nothing in the text to show the
 * break. From the LibreOffice PDFs of the round-trip bench (test/fixtures/roundtrip/, taizhou and
 * ningxiang, and the 2021 matrix at other type sizes):
 */
const CORNER = '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)';
const matrix = (rows: string[]): string =>
  [
    '某县人民政府办公室2019年政府信息公开工作年度报告',
    '三、收到和处理政府信息公开申请情况',
    `${CORNER} | ||申请人情况 |`,
    '|||自然人法人或其他组织总计商业企业 科研机构社会公益组织法律服务机构 其他 |',
    '一、本年新收政府信息公开申请数量 | ||23 4 0 0 1 0 28 |',
    '三、本年度办理结果 | (一)予以公开 | |9 2 0 0 0 0 11 |',
    '|(三)不予公开 | 1.属于国家秘密 | 0 0 0 0 0 0 0 |',
    ...rows,
    '|(四)无法提供 | 1.本机关不掌握相关政府信息 | 6 1 0 0 0 0 7 |',
    '四、结转下年度继续办理 | ||2 0 0 0 0 0 2 |',
    '四、政府信息公开行政复议、行政诉讼情况',
  ].join('\n');

describe('rows whose label ran over into a row of their own', () => {
  it('should join the end of a label back when the two parts make a label of the form', () => {
    const text = matrix([
      '||2.其他法律行政法规禁 | 0 0 0 0 0 0 0 |',
      '||止公开 | |',
      '||3.危及“三安全一稳定” | 0 0 0 0 0 0 0 |',
    ]);
    const result = rebuildTables(text);
    expect(result.text.split('\n')).toContain('||2.其他法律行政法规禁止公开 | 0 0 0 0 0 0 0 |');
    expect(result.text.split('\n')).not.toContain('||止公开 | |');
    expect(result.diagnostics).toMatchObject([
      {
        code: 'normalise-continuation-row-rejoined',
        severity: 'info',
        position: { start: { line: 8 }, end: { line: 9 } },
      },
    ]);
    // the joined row maps to both original lines; the lines after it keep theirs
    expect(result.origins![7]).toEqual({ start: 7, end: 8 });
    expect(result.origins![8]).toEqual({ start: 9, end: 9 });

    const report = parseReportText(text);
    const rows = report.tables.flatMap((t) => t.rows);
    expect(rows.find((row) => row.key === 'apply.outcome.refused.lawForbidden')?.values).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(rows.filter((row) => row.label === '' || row.label === '止公开')).toEqual([]);
    expect(report.diagnostics.filter((d) => d.severity !== 'info' && d.origin !== 'validate')).toEqual([]);
    // positions still point at the original lines
    const security = rows.find((row) => row.key === 'apply.outcome.refused.security')!;
    expect(security.position.start.line).toBe(10);
  });

  it('should join the end of a label that leaves a bracket open', () => {
    expect(joinWrappedRow('|(二)部分公开(区分处理的,只计这一情形,不计其他 | |2 0 0 0 1 0 3 |', '|情形) | |')).toBe(
      '|(二)部分公开(区分处理的,只计这一情形,不计其他情形) | |2 0 0 0 1 0 3 |',
    );
    expect(joinWrappedRow('(一)主动公开政府信息数(不同渠道和方式公 | 条 | 502 |', '开相同信息计1条) | |')).toBe(
      '(一)主动公开政府信息数(不同渠道和方式公开相同信息计1条) | 条 | 502 |',
    );
  });

  it('should join labels of the 2008 form and of the 2021 （六） rows', () => {
    expect(joinWrappedRow('||1.本机关不掌握相关政 | 3 1 0 0 0 0 4 |', '||府信息 | |||||||')).toBe(
      '||1.本机关不掌握相关政府信息 | 3 1 0 0 0 0 4 |',
    );
    expect(joinWrappedRow('||3.补正后申请内容仍不 | 0 0 0 0 0 0 0 |', '||明确 | |||||||')).toBe(
      '||3.补正后申请内容仍不明确 | 0 0 0 0 0 0 0 |',
    );
    expect(
      joinWrappedRow(
        '||2.申请人逾期未按收费通知要求缴纳费用、行政机关不 | 0 0 0 0 0 0 0 |',
        '||再处理其政府信息公开申请 | |||||||',
      ),
    ).toBe('||2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 0 0 0 0 0 0 |');
    expect(joinWrappedRow('6.申请信息不存 | 件 | 0 |', '在数 | | |')).toBe('6.申请信息不存在数 | 件 | 0 |');
  });

  it('should join a group label and a sub-label broken together, cell by cell', () => {
    // (六)其他处理 spans its three rows; the page broke inside its first row
    expect(
      joinWrappedRow(
        '|(六)其他 | 1.申请人无正当理由逾期不补 | 1 0 0 0 0 0 1 |',
        '|处理 | 正、行政机关不再处理其政府信息公开申请 | |',
      ),
    ).toBe('|(六)其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 1 0 0 0 0 0 1 |');
  });

  it('should move the lines of a wrapped rowspan label back into its first row', () => {
    // （三）不予公开 in a narrow column: its two lines were read into the first two rows it spans
    expect(
      joinWrappedGroupLabel(
        '|（三） | 1.属于国家秘密 | 0 0 0 0 0 0 0 |',
        '|不予公开 | 2.其他法律行政法规禁止公开 | 0 0 0 0 0 0 0 |',
      ),
    ).toEqual(['|（三）不予公开 | 1.属于国家秘密 | 0 0 0 0 0 0 0 |', '||2.其他法律行政法规禁止公开 | 0 0 0 0 0 0 0 |']);
    const text = matrix([]).replace(
      '|(三)不予公开 | 1.属于国家秘密 | 0 0 0 0 0 0 0 |',
      '|(三) | 1.属于国家秘密 | 0 0 0 0 0 0 0 |\n|不予公开 | 2.其他法律行政法规禁止公开 | 0 0 0 0 0 0 0 |',
    );
    const report = parseReportText(text);
    const rows = report.tables.flatMap((t) => t.rows);
    expect(rows.filter((row) => row.key === 'apply.outcome.refused')).toHaveLength(1);
    expect(rows.find((row) => row.key === 'apply.outcome.refused.lawForbidden')?.values).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(report.diagnostics.filter((d) => d.code === 'normalise-continuation-row-rejoined')).toHaveLength(1);
    // a complete group label, or a lower cell that is a row's only label, stays
    expect(
      joinWrappedGroupLabel('|（三）不予公开 | 1.属于国家秘密 | 0 |', '|不予公开 | 2.其他法律行政法规禁止公开 | 0 |'),
    ).toBeNull();
    expect(joinWrappedGroupLabel('|（三） | 0 |', '|不予公开 | 0 |')).toBeNull();
  });

  it('should leave rows of their own apart, without evidence', () => {
    // a row whose values are all empty, after a full label
    expect(joinWrappedRow('规章 | 0 | 0 | 0 |', '规范性文件 | | | |')).toBeNull();
    expect(joinWrappedRow('||1.属于国家秘密 | 0 0 0 0 0 0 0 |', '||其他 | |||||||')).toBeNull();
    // a marked row, a row with values, a unit
    expect(joinWrappedRow('||1.属于国家秘密 | 0 |', '||2.其他法律行政法规禁止公开 | |')).toBeNull();
    expect(
      joinWrappedRow('（一）政府信息公开工作专门机构数 | 个 | 0 |', '设置政府信息公开查阅点数 | 个 | |'),
    ).toBeNull();
    // an agency's own row label that is not a form label
    expect(joinWrappedRow('行政许可 | 46 | ||', '备案事项 | ||')).toBeNull();
    const text = matrix(['||2.其他法律行政法规禁止公开 | 0 0 0 0 0 0 0 |', '||备注 | |']);
    expect(rebuildTables(text).diagnostics).toEqual([]);
  });
});
