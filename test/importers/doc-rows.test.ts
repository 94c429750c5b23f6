import { describe, expect, it } from 'vitest';
import { splitDocBody } from '../../src/importers/doc-rows.js';

describe('splitDocBody', () => {
  it('should read one row per line in narrow tables, keeping empty cells', () => {
    const { items, rebuilt } = splitDocBody(
      '附件\n统计指标\t单位\t年度累计数\t\n其中:规范性文件数\t条\t\t\n六、举报投诉数量\t件\t0\t\n',
    );
    expect(items).toEqual([
      { kind: 'line', text: '附件' },
      { kind: 'row', cells: ['统计指标', '单位', '年度累计数'] },
      { kind: 'row', cells: ['其中:规范性文件数', '条', ''] },
      { kind: 'row', cells: ['六、举报投诉数量', '件', '0'] },
    ]);
    expect(rebuilt).toBe(false);
  });

  it('should cut run-together rows of a wide table after its value columns and free the heading that ran in', () => {
    const body =
      '自然人\t商业企业\t总计\t\n' +
      '\t\t其他\t\t\t一、本年新收申请数量\t12\t3\t15\t\t三、本年度办理结果\t（一）予以公开\t6\t1\t7\t\t\t（二）部分公开\t\t0\t2\t\t四、结转下年度继续办理\t5\t2\t7\t\t四、行政复议情况\n' +
      '正文。\n';
    const { items, rebuilt } = splitDocBody(body);
    expect(rebuilt).toBe(true);
    expect(items).toEqual([
      { kind: 'row', cells: ['自然人', '商业企业', '总计'] },
      { kind: 'row', cells: ['', '', '其他', ''] },
      { kind: 'row', cells: ['一、本年新收申请数量', '', '12', '3', '15'] },
      { kind: 'row', cells: ['三、本年度办理结果', '（一）予以公开', '6', '1', '7'] },
      { kind: 'row', cells: ['', '（二）部分公开', '', '0', '2'] },
      { kind: 'row', cells: ['四、结转下年度继续办理', '', '5', '2', '7'] },
      { kind: 'line', text: '四、行政复议情况' },
      { kind: 'line', text: '正文。' },
    ]);
  });

  it('should join a row whose cell holds a line break', () => {
    const { items } = splitDocBody('本年新\t制作\n数量\t合计\t\n');
    expect(items).toEqual([{ kind: 'row', cells: ['本年新', '制作数量', '合计'] }]);
  });
});
