/**
 * Table fixtures for the rendering tests, in the pipe convention (see test/helpers/render-table.ts).
 * Numbers are consistent with the templates' identities unless a test says otherwise.
 */
import { readFileSync } from 'node:fs';
import type { TableFixture } from '../helpers/render-table.js';

const cellsOf = (line: string): string[] =>
  line
    .split('|')
    .map((c) => c.trim())
    .slice(0, -1);

/** The reference sample's table (legacy 3-column, 2018). */
export function sampleTable(): TableFixture {
  const text = readFileSync(new URL('../../samples/quzhou-safety-2018.txt', import.meta.url), 'utf8');
  const rows = text
    .split('\n')
    .filter((line) => line.includes('|'))
    .map(cellsOf);
  return { titles: [rows[0]![0]!], header: [rows[1]!], rows: rows.slice(2), typed: 2 };
}

/** The narrative of the sample before its table (everything up to 附件). */
export function sampleNarrative(): { before: string; after: string } {
  const text = readFileSync(new URL('../../samples/quzhou-safety-2018.txt', import.meta.url), 'utf8');
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.includes('|'));
  return { before: lines.slice(0, first).join('\n'), after: '' };
}

const ORGS = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
const MATRIX_HEADER = (corner: string): string[][] => [
  [corner, '', '', '申请人情况', '', '', '', '', '', ''],
  ['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计'],
  ['', '', '', '', ...ORGS, ''],
];

/** A matrix row: labels, then six applicant values and their total. */
const m = (labels: string[], values: number[]): string[] => [
  ...labels,
  ...values.map(String),
  String(values.reduce((a, b) => a + b, 0)),
];

/** Section 三 matrix of the 2019 template, with the corner note. */
export const matrix2019: TableFixture = {
  titles: [],
  header: MATRIX_HEADER('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'),
  typed: 7,
  rows: [
    m(['一、本年新收政府信息公开申请数量'], [23, 4, 0, 0, 1, 0]),
    m(['二、上年结转政府信息公开申请数量'], [2, 0, 0, 0, 0, 0]),
    m(['三、本年度办理结果', '（一）予以公开'], [9, 2, 0, 0, 0, 0]),
    m(['（二）部分公开（区分处理的，只计这一情形，不计其他情形）'], [2, 0, 0, 0, 1, 0]),
    m(['（三）不予公开', '1.属于国家秘密'], [0, 0, 0, 0, 0, 0]),
    m(['2.其他法律行政法规禁止公开'], [0, 0, 0, 0, 0, 0]),
    m(['3.危及“三安全一稳定”'], [0, 0, 0, 0, 0, 0]),
    m(['4.保护第三方合法权益'], [1, 0, 0, 0, 0, 0]),
    m(['5.属于三类内部事务信息'], [0, 0, 0, 0, 0, 0]),
    m(['6.属于四类过程性信息'], [1, 0, 0, 0, 0, 0]),
    m(['7.属于行政执法案卷'], [0, 0, 0, 0, 0, 0]),
    m(['8.属于行政查询事项'], [0, 0, 0, 0, 0, 0]),
    m(['（四）无法提供', '1.本机关不掌握相关政府信息'], [6, 1, 0, 0, 0, 0]),
    m(['2.没有现成信息需要另行制作'], [1, 0, 0, 0, 0, 0]),
    m(['3.补正后申请内容仍不明确'], [0, 0, 0, 0, 0, 0]),
    m(['（五）不予处理', '1.信访举报投诉类申请'], [1, 0, 0, 0, 0, 0]),
    m(['2.重复申请'], [1, 0, 0, 0, 0, 0]),
    m(['3.要求提供公开出版物'], [0, 0, 0, 0, 0, 0]),
    m(['4.无正当理由大量反复申请'], [0, 0, 0, 0, 0, 0]),
    m(['5.要求行政机关确认或重新出具已获取信息'], [0, 0, 0, 0, 0, 0]),
    m(['（六）其他处理'], [1, 1, 0, 0, 0, 0]),
    m(['（七）总计'], [23, 4, 0, 0, 1, 0]),
    m(['四、结转下年度继续办理'], [2, 0, 0, 0, 0, 0]),
  ],
};

/** Section 三 matrix of the 2021 template: no corner note, (六)其他处理 with numbered reasons. */
export const matrix2021: TableFixture = {
  titles: [],
  header: MATRIX_HEADER(''),
  typed: 7,
  rows: [
    m(['一、本年新收政府信息公开申请数量'], [58, 6, 0, 1, 2, 1]),
    m(['二、上年结转政府信息公开申请数量'], [3, 0, 0, 0, 0, 0]),
    m(['三、本年度办理结果', '（一）予以公开'], [20, 3, 0, 0, 1, 0]),
    m(['（二）部分公开（区分处理的，只计这一情形，不计其他情形）'], [4, 0, 0, 0, 0, 0]),
    m(['（三）不予公开', '1.属于国家秘密'], [0, 0, 0, 0, 0, 0]),
    m(['2.其他法律行政法规禁止公开'], [0, 0, 0, 0, 0, 0]),
    m(['3.危及“三安全一稳定”'], [0, 0, 0, 0, 0, 0]),
    m(['4.保护第三方合法权益'], [1, 0, 0, 0, 0, 0]),
    m(['5.属于三类内部事务信息'], [0, 0, 0, 0, 0, 0]),
    m(['6.属于四类过程性信息'], [2, 0, 0, 0, 0, 0]),
    m(['7.属于行政执法案卷'], [0, 0, 0, 0, 0, 0]),
    m(['8.属于行政查询事项'], [0, 0, 0, 0, 0, 0]),
    m(['（四）无法提供', '1.本机关不掌握相关政府信息'], [18, 2, 0, 1, 1, 1]),
    m(['2.没有现成信息需要另行制作'], [2, 0, 0, 0, 0, 0]),
    m(['3.补正后申请内容仍不明确'], [0, 0, 0, 0, 0, 0]),
    m(['（五）不予处理', '1.信访举报投诉类申请'], [3, 0, 0, 0, 0, 0]),
    m(['2.重复申请'], [2, 0, 0, 0, 0, 0]),
    m(['3.要求提供公开出版物'], [0, 0, 0, 0, 0, 0]),
    m(['4.无正当理由大量反复申请'], [0, 0, 0, 0, 0, 0]),
    m(['5.要求行政机关确认或重新出具已获取信息'], [0, 0, 0, 0, 0, 0]),
    m(['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'], [5, 1, 0, 0, 0, 0]),
    m(['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'], [0, 0, 0, 0, 0, 0]),
    m(['3.其他'], [1, 0, 0, 0, 0, 0]),
    m(['（七）总计'], [58, 6, 0, 1, 2, 1]),
    m(['四、结转下年度继续办理'], [3, 0, 0, 0, 0, 0]),
  ],
};

const RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

/** Section 四: one row of 15 numbers under a three-level header. */
export const reviewLitigation: TableFixture = {
  titles: [],
  header: [
    ['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', ''],
    [...RESULTS, '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''],
    ['', '', '', '', '', ...RESULTS, ...RESULTS],
  ],
  typed: 15,
  rows: [['2', '1', '0', '1', '4', '1', '0', '0', '2', '3', '0', '0', '0', '0', '0']],
};

/** Provincial pre-2019 form: 指标名称 | 计量单位 | 2016年度 | 历年累计. */
export const provincial2016: TableFixture = {
  titles: ['2016年度政府信息公开工作情况统计表'],
  header: [['指标名称', '计量单位', '2016年度', '历年累计']],
  typed: 3,
  rows: [
    ['主动公开文件数', '条', '2069', '12106'],
    ['其中：1、政府网站公开数', '条', '1980', '11520'],
    ['2、政府公报公开数', '条', '89', '586'],
    ['受理依申请公开信息总数', '件', '35', '213'],
    ['其中：1、当面申请数', '件', '5', '40'],
    ['2、网上申请数', '件', '30', '173'],
    ['对申请的答复总数', '件', '35', '213'],
    ['其中：1、同意公开', '件', '28', '175'],
    ['2、不予公开', '件', '7', '38'],
    ['行政复议数', '件', '0', '3'],
    ['行政诉讼数', '件', '0', '1'],
    ['依申请公开收取费用', '元', '0', '0'],
  ],
};

/** A legacy table fragment with empty cells (value, unit, both) and a label too long for one line. */
export const emptyCellsAndWrap: TableFixture = {
  titles: ['政府信息公开情况统计表（2015年度） 填报单位：某某县教育局'],
  header: [['统计指标', '单位', '年度累计数']],
  typed: 2,
  rows: [
    ['一、主动公开情况', '——', '118'],
    ['（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）', '条', '118'],
    ['其中：主动公开规范性文件数', '条', ''],
    ['制发规范性文件总数', '件', '3'],
    ['（二）通过不同渠道和方式公开政府信息的情况', '——', ''],
    ['1.政府公报公开政府信息数', '条', ''],
    ['2.政府网站公开政府信息数', '条', '96'],
    ['3.其他方式公开政府信息数', '', '22'],
    ['4.政务微信公开政府信息数', '', ''],
    ['（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）', '万元', '0.5'],
    ['九、政府信息公开会议和培训情况', '——', '3'],
  ],
};

/** Section 二 clause tables of the 2019 trial template, with empty cells and a '-' mark. */
export const clauses2019: TableFixture[] = [
  {
    titles: ['第二十条第（一）项'],
    header: [['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量']],
    typed: 3,
    rows: [
      ['规章', '0', '0', '0'],
      ['规范性文件', '3', '3', '27'],
    ],
  },
  {
    titles: ['第二十条第（五）项'],
    header: [['信息内容', '上一年项目数量', '本年增/减', '处理决定数量']],
    typed: 3,
    rows: [
      ['行政许可', '46', '2', '1873'],
      ['其他对外管理服务事项', '12', '', '356'],
    ],
  },
  {
    titles: ['第二十条第（六）项'],
    header: [['信息内容', '上一年项目数量', '本年增/减', '处理决定数量']],
    typed: 3,
    rows: [
      ['行政处罚', '8', '0', '214'],
      ['行政强制', '3', '0', '-'],
    ],
  },
  {
    titles: ['第二十条第（八）项'],
    header: [['信息内容', '上一年项目数量', '本年增/减']],
    typed: 2,
    rows: [['行政事业性收费', '4', '-1']],
  },
];

/** Section 二 clause tables of the 2021 template. */
export const clauses2021: TableFixture[] = [
  {
    titles: ['第二十条第（一）项'],
    header: [['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']],
    typed: 3,
    rows: [
      ['规章', '0', '0', '0'],
      ['行政规范性文件', '2', '1', '15'],
    ],
  },
  {
    titles: ['第二十条第（五）项'],
    header: [['信息内容', '本年处理决定数量']],
    typed: 1,
    rows: [['行政许可', '1256']],
  },
  {
    titles: ['第二十条第（六）项'],
    header: [['信息内容', '本年处理决定数量']],
    typed: 1,
    rows: [
      ['行政处罚', '37'],
      ['行政强制', '4'],
    ],
  },
  {
    titles: ['第二十条第（八）项'],
    header: [['信息内容', '本年收费金额（单位：万元）']],
    typed: 1,
    rows: [['行政事业性收费', '12.580000']],
  },
];
