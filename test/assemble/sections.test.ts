/** The section tree: markers, levels, run-in headings, inline enumerations, paragraph joining. */
import { describe, expect, it } from 'vitest';
import { parseReportText, type Section } from '../../src/index.js';

const outline = (sections: Section[]): unknown[] =>
  sections.map((s) => (s.children.length > 0 ? [s.marker, s.heading, outline(s.children)] : [s.marker, s.heading]));

describe('sections', () => {
  it('should nest four heading levels and ① lists by marker family', () => {
    const report = parseReportText(
      [
        '一、概述',
        '（一）健全机制',
        '1.成立领导小组',
        '（1）局长任组长',
        '（2）副局长任副组长',
        '①制度一；',
        '②制度二。',
        '2、完善制度',
        '(二)突出重点',
        '二、主动公开情况',
      ].join('\n'),
    );
    expect(outline(report.sections)).toEqual([
      [
        '一、',
        '概述',
        [
          [
            '（一）',
            '健全机制',
            [
              [
                '1.',
                '成立领导小组',
                [
                  ['（1）', '局长任组长'],
                  [
                    '（2）',
                    '副局长任副组长',
                    [
                      ['①', '制度一；'],
                      ['②', '制度二'],
                    ],
                  ],
                ],
              ],
              ['2、', '完善制度'],
            ],
          ],
          ['(二)', '突出重点'],
        ],
      ],
      ['二、', '主动公开情况'],
    ]);
    expect(report.sections[0]!.children[0]!.children[0]!.children[1]!.level).toBe(4);
  });

  it('should read full-width markers and give ordinals', () => {
    const report = parseReportText('一、概述\n１．公开数量\n２．公开内容\n三、问题');
    const one = report.sections[0]!;
    expect(one.children.map((s) => [s.marker, s.ordinal, s.heading])).toEqual([
      ['１．', 1, '公开数量'],
      ['２．', 2, '公开内容'],
    ]);
    expect(report.sections[1]!.ordinal).toBe(3);
    expect(
      report.diagnostics.some((d) => d.code === 'assemble-section-gap' && d.expected === 2 && d.actual === 3),
    ).toBe(true);
  });

  it('should split a run-in heading at its first 。 or ： and keep the rest as its first paragraph', () => {
    const report = parseReportText(
      '一、总体情况\n（一）继续强化信息公开责任。贯彻落实条例要求，\n全年公开信息100条。\n（二）主动公开：全年主动公开信息50条。',
    );
    const [first, second] = report.sections[0]!.children;
    expect(first!.heading).toBe('继续强化信息公开责任');
    expect(first!.paragraphs.map((p) => p.text)).toEqual(['贯彻落实条例要求，全年公开信息100条。']);
    expect(first!.paragraphs[0]!.position.start).toEqual({ line: 2, column: 15, offset: 21 });
    expect(second!.heading).toBe('主动公开');
    expect(second!.paragraphs[0]!.text).toBe('全年主动公开信息50条。');
  });

  it('should make inline enumerations inside a paragraph child sections, gaps and repeats included', () => {
    const report = parseReportText(
      '五、存在的主要问题及改进情况\n我局将从以下方面改进：一是加强培训，提高能力。二是完善制度。二是强化考核；四是加强监督。',
    );
    const five = report.sections[0]!;
    expect(five.paragraphs.map((p) => p.text)).toEqual(['我局将从以下方面改进：']);
    expect(five.children.map((s) => [s.marker, s.ordinal, s.heading, s.paragraphs.map((p) => p.text)])).toEqual([
      ['一是', 1, '加强培训，提高能力', []],
      ['二是', 2, '完善制度', []],
      ['二是', 2, '强化考核；', []],
      ['四是', 4, '加强监督', []],
    ]);
  });

  it('should nest a 一、 list that starts again inside a deeper section, and continue the outer list after it', () => {
    const report = parseReportText(
      [
        '一、概述',
        '二、主动公开情况',
        '（一）公开的主要内容',
        '一、统计数据。发布公报3期。',
        '二、统计分析。',
        '三、统计制度。',
        '（二）公开形式',
        '三、依申请公开情况',
        '四、问题',
      ].join('\n'),
    );
    expect(outline(report.sections)).toEqual([
      ['一、', '概述'],
      [
        '二、',
        '主动公开情况',
        [
          [
            '（一）',
            '公开的主要内容',
            [
              ['一、', '统计数据'],
              ['二、', '统计分析'],
              ['三、', '统计制度'],
            ],
          ],
          ['（二）', '公开形式'],
        ],
      ],
      ['三、', '依申请公开情况'],
      ['四、', '问题'],
    ]);
    expect(report.diagnostics.map((d) => d.code)).not.toContain('assemble-section-gap');
  });

  it('should close a nested list when the outer list goes on with its next number', () => {
    const report = parseReportText(['一、概述', '（一）内容', '一、数据', '二、分析', '二、主动公开情况'].join('\n'));
    expect(outline(report.sections)).toEqual([
      [
        '一、',
        '概述',
        [
          [
            '（一）',
            '内容',
            [
              ['一、', '数据'],
              ['二、', '分析'],
            ],
          ],
        ],
      ],
      ['二、', '主动公开情况'],
    ]);
  });

  it('should nest a restarted list once at most, so repeated restarts cannot deepen the tree without end', () => {
    const report = parseReportText(['一、甲', '（一）乙', '一、丙', '（一）丁', '一、戊', '（一）己'].join('\n'));
    const depth = (sections: Section[]): number => Math.max(0, ...sections.map((s) => 1 + depth(s.children)));
    expect(depth(report.sections)).toBeLessThanOrEqual(4);
    expect(outline(report.sections)).toEqual([
      ['一、', '甲', [['（一）', '乙', [['一、', '丙', [['（一）', '丁']]]]]]],
      ['一、', '戊', [['（一）', '己']]],
    ]);
  });

  it('should still report a top-level number that repeats', () => {
    const report = parseReportText(['一、概述', '二、主动公开', '二、依申请公开'].join('\n'));
    expect(outline(report.sections)).toEqual([
      ['一、', '概述'],
      ['二、', '主动公开'],
      ['二、', '依申请公开'],
    ]);
    expect(report.diagnostics.find((d) => d.code === 'assemble-section-gap')).toMatchObject({ expected: 3, actual: 2 });
  });

  it('should give each item of a 一是…；二是… line its own section', () => {
    const report = parseReportText(
      ['四、存在的问题', '一是公开内容不够丰富；二是更新不够及时。三是解读形式单一。'].join('\n'),
    );
    const items = report.sections[0]!.children;
    expect(items.map((s) => [s.marker, s.ordinal, s.heading])).toEqual([
      ['一是', 1, '公开内容不够丰富；'],
      ['二是', 2, '更新不够及时'],
      ['三是', 3, '解读形式单一'],
    ]);
    expect(items[1]!.position).toMatchObject({ start: { line: 2, column: 12 }, end: { line: 2, column: 21 } });
  });

  it('should not report the restarted numbers of items inside one line', () => {
    // A PDF line break put 二是 at the start of a line; the line then restarts at 一是 (改进措施).
    const report = parseReportText(
      [
        '五、存在的主要问题',
        '主要问题：一是兼职人员多；',
        '二是公开不够及时。改进措施：一是加强培训；二是建立台账。',
      ].join('\n'),
    );
    expect(report.sections[0]!.children.map((s) => s.marker)).toEqual(['二是', '一是', '二是']);
    expect(report.diagnostics.filter((d) => d.code === 'assemble-section-gap')).toEqual([]);
  });

  it('should join lines broken mid-sentence and start a paragraph after a sentence end or a blank line', () => {
    const report = parseReportText('一、概述\n第一行没有结束\n接着写完。\n新的段落。\n\n空行之后');
    expect(report.sections[0]!.paragraphs.map((p) => p.text)).toEqual([
      '第一行没有结束接着写完。',
      '新的段落。',
      '空行之后',
    ]);
  });

  it('should treat a table-of-contents line of a mirror copy as text, not as a section', () => {
    const report = parseReportText(
      '2013年某区政府资讯公开工作年度报告\n一、概述,(一)健全工作机制,(二)深化公开,二、主动公开\n一、概述\n正文。',
    );
    expect(report.sections.map((s) => s.heading)).toEqual(['概述']);
    expect(report.preamble.map((p) => p.text)).toEqual(['一、概述,(一)健全工作机制,(二)深化公开,二、主动公开']);
  });

  it('should attach tables inside a section to it', () => {
    const report = parseReportText(
      '二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n规章 | 0 | 0 | 1\n三、其他',
    );
    expect(report.sections[0]!.tables).toEqual([0]);
    expect(report.tables[0]!.clause).toBe('第二十条第（一）项');
    expect(report.tables[0]!.rows[0]!.values).toEqual([0, 0, 1]);
    expect(report.sections[1]!.tables).toEqual([]);
  });
});

describe('parts and appendices', () => {
  it('should nest 一、 sections under 第一部分 parts', () => {
    const report = parseReportText('第一部分 概述\n一、工作机制\n正文。\n第二部分 主动公开情况\n一、公开数量\n正文。');
    expect(outline(report.sections)).toEqual([
      ['第一部分', '概述', [['一、', '工作机制']]],
      ['第二部分', '主动公开情况', [['一、', '公开数量']]],
    ]);
  });

  it('should end the narrative at 附件 and keep appendix lines and tables out of the last section', () => {
    const report = parseReportText(
      '一、概述\n正文。\n附件：\n2018年政府信息公开情况统计表\n统计指标 | 单位 | 数量\n一、主动公开情况 | 条 | 5\n注：本表数据截至12月31日。',
    );
    expect(report.sections).toHaveLength(1);
    expect(report.sections[0]!.paragraphs.map((p) => p.text)).toEqual(['正文。']);
    expect(report.appendix.map((p) => p.text)).toEqual(['附件：', '注：本表数据截至12月31日。']);
    expect(report.tables[0]!.title).toBe('2018年政府信息公开情况统计表');
    expect(report.tables[0]!.rows[0]).toMatchObject({ marker: '一、', label: '主动公开情况', unit: '条', values: [5] });
  });
});

describe('headings as pages print them', () => {
  it('should keep the spaces of a letter-spaced heading', () => {
    const report = parseReportText(
      '引 言\n本年报由某区人民政府办公室编制。\n一、概 述\n正文。\n（一）主动 公开\n正文。',
    );
    expect(report.sections[0]!.heading).toBe('概 述');
    expect(report.sections[0]!.children[0]!.heading).toBe('主动 公开');
  });

  it('should number run-in headings with 第一，第二, (full- or half-width comma, or 、) under a 一、 section', () => {
    const report = parseReportText(
      [
        '一、总体情况',
        '在过去的一年，我镇扎实推进政务公开。',
        '第一,主动公开',
        '本年度积极拓宽信息公开渠道。',
        '第二，筑牢信息“质量关”',
        '严格执行“三审三校”制度。',
        '第三、强化监督。定期开展自查。',
        '二、主动公开政府信息情况',
      ].join('\n'),
    );
    expect(outline(report.sections)).toEqual([
      [
        '一、',
        '总体情况',
        [
          ['第一,', '主动公开'],
          ['第二，', '筑牢信息“质量关”'],
          ['第三、', '强化监督'],
        ],
      ],
      ['二、', '主动公开政府信息情况'],
    ]);
    expect(report.sections[0]!.children.map((s) => s.ordinal)).toEqual([1, 2, 3]);
    expect(report.sections[0]!.children[2]!.paragraphs.map((p) => p.text)).toEqual(['定期开展自查。']);
  });

  it('should keep 第一部分 a part, and prose that starts with 第一次 or 第一季度 a paragraph', () => {
    const report = parseReportText(
      '第一部分 概述\n第一次全体会议于3月召开。\n第一季度共公开信息20条。\n第二部分 主动公开情况\n正文。',
    );
    expect(outline(report.sections)).toEqual([
      ['第一部分', '概述'],
      ['第二部分', '主动公开情况'],
    ]);
    expect(report.sections[0]!.paragraphs.map((p) => p.text)).toEqual([
      '第一次全体会议于3月召开。',
      '第一季度共公开信息20条。',
    ]);
  });

  it('should read a sentence that quotes a title holding a pipe as text, not as a table row', () => {
    const report = parseReportText(
      [
        '一、总体情况',
        '（一）聚焦民生领域。发布《我为群众办实事|食品快检结果天天报》系列文章。',
        '（二）依申请公开。全年办理申请5件。',
      ].join('\n'),
    );
    expect(report.tables).toEqual([]);
    expect(report.sections[0]!.children.map((s) => [s.marker, s.heading, s.paragraphs.map((p) => p.text)])).toEqual([
      ['（一）', '聚焦民生领域', ['发布《我为群众办实事|食品快检结果天天报》系列文章。']],
      ['（二）', '依申请公开', ['全年办理申请5件。']],
    ]);
  });

  it('should keep a numbered heading that names the table below it (六、…统计表) a section holding the table', () => {
    const report = parseReportText(
      [
        '五、存在的主要问题和改进措施',
        '正文。',
        '六、政府信息公开情况统计表',
        '指标名称\t计量单位\t2017年度\t历年累计',
        '主动公开文件数\t条\t120\t3400',
        '受理依申请公开信息总数\t条\t3\t45',
      ].join('\n'),
    );
    expect(report.sections.map((s) => s.marker + s.heading)).toEqual([
      '五、存在的主要问题和改进措施',
      '六、政府信息公开情况统计表',
    ]);
    expect(report.sections[1]!.tables).toEqual([0]);
    expect(report.tables[0]!.columns).toEqual(['2017年度', '历年累计']);
    expect(report.tables[0]!.rows.map((r) => [r.label, r.unit, r.values])).toEqual([
      ['主动公开文件数', '条', [120, 3400]],
      ['受理依申请公开信息总数', '条', [3, 45]],
    ]);
  });
});

describe('a report whose page lost its line breaks (corpus case 40)', () => {
  const flat =
    '某镇人民政府2016年政府信息公开年度报告 本年报按《条例》编制。 一、概述 2016年以来,我镇推进公开工作。 ' +
    '二、政府信息主动公开情况 (一)公开的主要内容: 全年主动公开信息25条。 (二)公开形式 1、政务公开栏 2、公开信。 ' +
    '三、回应解读情况 回应热点2次。 某县某镇人民政府 |';

  it('should cut the line before 一、 二、 三、 and their (一) (二), each heading ending at its first blank', () => {
    const report = parseReportText(`2016年某镇政府信息公开年度报告\n${flat}`);
    expect(report.sections.map((s) => `${s.marker}${s.heading}`)).toEqual([
      '一、概述',
      '二、政府信息主动公开情况',
      '三、回应解读情况',
    ]);
    expect(report.sections[1]!.children.map((s) => `${s.marker}${s.heading}`)).toEqual([
      '(一)公开的主要内容',
      '(二)公开形式',
    ]);
    expect(report.sections[0]!.paragraphs.map((p) => p.text)).toEqual(['2016年以来,我镇推进公开工作。']);
    expect(report.sections[1]!.children[1]!.paragraphs[0]!.text).toBe('1、政务公开栏 2、公开信。');
    expect(report.preamble.map((p) => p.text)).toEqual([
      '某镇人民政府2016年政府信息公开年度报告 本年报按《条例》编制。',
    ]);
    // Positions still point into the text as printed.
    const line2 = report.sections[2]!.position!.start;
    expect(line2.line).toBe(2);
    expect(report.tables).toHaveLength(0);
  });

  it('should leave inline markers alone when lines start with section markers, or when they are out of order', () => {
    const normal = parseReportText(
      '一、概述\n我镇的做法: 一、加强领导 二、完善制度 三、强化监督。\n二、主动公开情况\n正文。',
    );
    expect(normal.sections.map((s) => `${s.marker}${s.heading}`)).toEqual(['一、概述', '二、主动公开情况']);
    const shuffled = parseReportText('某镇2016年政府信息公开年度报告\n正文 二、甲 一、乙 三、丙 四、丁。');
    expect(shuffled.sections).toHaveLength(0);
  });
});
