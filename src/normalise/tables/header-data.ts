/**
 * Known statistics-table headers, as data (docs/architecture.md, "Conventions": forms and label variants are data).
 *
 * Each header lists its words (with the spellings seen in published reports) and the layout of
 * its header rows in the pipe convention: one cell per column, merged cells as empty cells.
 * Matching ignores whitespace, so `统 计 指 标`, `计量 单位` and `年度累计` / `数` all match.
 */

/** One header word. */
export interface HeaderWord {
  /** Key used in `layout`; a key used n times in the layout must be matched n times. */
  key: string;
  /** Spellings without whitespace; the first is canonical. */
  variants: readonly string[];
  /** Regular-expression source used instead of `variants` (e.g. a year column). */
  pattern?: string;
  /** Characters the pattern can start with (a cheap test before any regular expression runs). */
  starts?: string;
  /** May be absent from a printed header (a corner note). */
  optional?: boolean;
}

/** One known table header. */
export interface HeaderSpec {
  /** Stable id, e.g. `legacy-3`. */
  id: string;
  /** Where the header comes from, e.g. `国办公开办函〔2019〕60号 §三`. */
  source: string;
  /**
   * Substrings (without whitespace) of which at least one occurs in any printed form of the header.
   * Their first characters are rare in narrative (单 累 内 然 维), so the pre-scan stays cheap.
   */
  anchors: readonly string[];
  words: readonly HeaderWord[];
  /** Header rows in the pipe convention: a word key per cell, '' for a merged or empty cell. */
  layout: readonly (readonly string[])[];
  /** Leading label columns of the layout (1 for plain tables, 3 for the section 三 matrix, 0 for section 四). */
  labelColumns: number;
  /** Whether the column after the labels is a unit column (单位 / 计量单位). */
  unitColumn: boolean;
  /** Number of value columns (the last ones of the layout). */
  valueColumns: number;
  /** Whether data rows may carry several label cells (a rowspan group label, then the row's own label). */
  labelLevels: number;
  /** Row identities: value-column index of a total and the indices of its parts. */
  rowIdentities: readonly { total: number; parts: readonly number[] }[];
}

/** A parenthetical note allowed after a header word: `上一年项目数量(指2019年事项数)`. */
export const NOTE_SOURCE = '(?:[（(][^（()）]*(?:[（(][^（()）]*[）)][^（()）]*)*[）)])?';

const w = (key: string, ...variants: string[]): HeaderWord => ({ key, variants });

/** A year as printed in a column header: 2013, 二〇一三. */
const YEAR = '(?:\\d{4}|[〇○零一二三四五六七八九]{4})';
/** The characters a year starts with. */
const YEAR_STARTS = '0123456789〇○零一二三四五六七八九';
/** Names of the one value column of a 2008–2018 table besides the year, longest first. */
const TOTAL_VARIANTS = [
  '本年度累计数',
  '年度累计数',
  '年末统计数',
  '年末累计数',
  '年度累计',
  '年末统计',
  '年末累计',
  '本年度数',
  '累计数',
  '统计数',
  '本年度',
  '数量',
];

/** Five applicant columns of the section 三 matrix (法人或其他组织). */
const ORGS = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'] as const;
/** Five result columns of section 四. */
const RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] as const;

/** Clause tables of section 二 (2019 trial and 2021 revision): one label column and n value columns. */
function clause(id: string, source: string, columns: HeaderWord[]): HeaderSpec {
  const anchors = ['内容'];
  return {
    id,
    source,
    anchors,
    words: [w('content', '信息内容'), ...columns],
    layout: [['content', ...columns.map((c) => c.key)]],
    labelColumns: 1,
    unitColumn: false,
    valueColumns: columns.length,
    labelLevels: 1,
    rowIdentities: [],
  };
}

/** Every known header. Order does not matter: the longest complete match wins. */
export const headerSpecs: readonly HeaderSpec[] = [
  {
    id: 'legacy-3',
    source: '2008–2018 政府信息公开情况统计表',
    anchors: ['单位', '累计'],
    words: [
      w('indicator', '统计指标', '指标名称'),
      w('unit', '单位', '计量单位'),
      // The one value column goes by many names: 年度累计数 (the national form), 统计数, 年末统计 (Fujian),
      // or the year itself (2013年度, 二〇一三年).
      {
        key: 'total',
        variants: TOTAL_VARIANTS,
        pattern: `(?:${YEAR}年度?(?:(?:累计|统计)数?)?|${TOTAL_VARIANTS.join('|')})${NOTE_SOURCE}`,
        starts: YEAR_STARTS + TOTAL_VARIANTS.map((v) => v[0]).join(''),
      },
    ],
    layout: [['indicator', 'unit', 'total']],
    labelColumns: 1,
    unitColumn: true,
    valueColumns: 1,
    labelLevels: 1,
    rowIdentities: [],
  },
  {
    id: 'provincial-4',
    source: 'provincial pre-2019 form (指标名称 | 计量单位 | 2016年度 | 历年累计)',
    anchors: ['单位', '累计'],
    words: [
      w('indicator', '指标名称', '统计指标'),
      w('unit', '计量单位', '单位'),
      { key: 'year', variants: ['年度'], pattern: `${YEAR}年度?(?:累计数?)?`, starts: YEAR_STARTS },
      w('history', '历年累计', '历年累计数', '累计'),
    ],
    layout: [['indicator', 'unit', 'year', 'history']],
    labelColumns: 1,
    unitColumn: true,
    valueColumns: 2,
    labelLevels: 1,
    rowIdentities: [],
  },
  // 国办公开办函〔2019〕60号 §二 第二十条第(一)项
  clause('clause-2019-1', '国办公开办函〔2019〕60号 §二 第二十条第(一)项', [
    w('made', '本年新制作数量'),
    w('published', '本年新公开数量'),
    w('public-total', '对外公开总数量'),
  ]),
  // §二 第二十条第(五)(六)项
  clause('clause-2019-5', '国办公开办函〔2019〕60号 §二 第二十条第(五)(六)项', [
    w('last-year', '上一年项目数量'),
    w('change', '本年增/减', '本年增减', '本年新增/减少'),
    w('decisions', '处理决定数量'),
  ]),
  // §二 第二十条第(八)项
  clause('clause-2019-8', '国办公开办函〔2019〕60号 §二 第二十条第(八)项', [
    w('last-year', '上一年项目数量'),
    w('change', '本年增/减', '本年增减', '本年新增/减少'),
  ]),
  // §二 第二十条第(九)项
  clause('clause-2019-9', '国办公开办函〔2019〕60号 §二 第二十条第(九)项', [
    w('projects', '采购项目数量'),
    w('amount', '采购总金额'),
  ]),
  // 国办公开办函〔2021〕30号 §二 第二十条第(一)项
  clause('clause-2021-1', '国办公开办函〔2021〕30号 §二 第二十条第(一)项', [
    w('issued', '本年制发件数'),
    w('repealed', '本年废止件数'),
    w('in-force', '现行有效件数'),
  ]),
  // §二 第二十条第(五)(六)项
  clause('clause-2021-5', '国办公开办函〔2021〕30号 §二 第二十条第(五)(六)项', [w('decisions', '本年处理决定数量')]),
  // §二 第二十条第(八)项
  clause('clause-2021-8', '国办公开办函〔2021〕30号 §二 第二十条第(八)项', [w('fees', '本年收费金额')]),
  {
    // 国办公开办函〔2019〕60号 / 〔2021〕30号 §三: the applicant matrix (same header in both)
    id: 'applications-matrix',
    source: '国办公开办函〔2019〕60号 / 〔2021〕30号 §三',
    anchors: ['然人'],
    words: [
      { key: 'corner', variants: [], pattern: '[（(]本列数据[^（()）]*[）)]', starts: '（(', optional: true },
      w('applicant', '申请人情况'),
      w('natural', '自然人'),
      w('legal', '法人或其他组织'),
      ...ORGS.map((o) => w(o, o)),
      w('total', '总计'),
    ],
    layout: [
      ['corner', '', '', 'applicant', '', '', '', '', '', ''],
      ['', '', '', 'natural', 'legal', '', '', '', '', 'total'],
      ['', '', '', '', ...ORGS, ''],
    ],
    labelColumns: 3,
    unitColumn: false,
    valueColumns: 7,
    labelLevels: 3,
    // 总计 = 自然人 + the five 法人或其他组织 columns
    rowIdentities: [{ total: 6, parts: [0, 1, 2, 3, 4, 5] }],
  },
  {
    // 国办公开办函〔2019〕60号 / 〔2021〕30号 §四: one row of 15 numbers
    id: 'review-litigation',
    source: '国办公开办函〔2019〕60号 / 〔2021〕30号 §四',
    anchors: ['维持'],
    words: [
      w('review', '行政复议'),
      w('litigation', '行政诉讼'),
      w('direct', '未经复议直接起诉'),
      w('after-review', '复议后起诉'),
      ...RESULTS.map((r) => w(r, r)),
    ],
    layout: [
      ['review', '', '', '', '', 'litigation', '', '', '', '', '', '', '', '', ''],
      [...RESULTS, 'direct', '', '', '', '', 'after-review', '', '', '', ''],
      ['', '', '', '', '', ...RESULTS, ...RESULTS],
    ],
    labelColumns: 0,
    unitColumn: false,
    valueColumns: 15,
    labelLevels: 0,
    // each 总计 is the sum of the four results before it
    rowIdentities: [
      { total: 4, parts: [0, 1, 2, 3] },
      { total: 9, parts: [5, 6, 7, 8] },
      { total: 14, parts: [10, 11, 12, 13] },
    ],
  },
];

/** Title lines absorbed as the table's first row (统计表 title, 填报单位, the clause of a section 二 table). */
export const TITLE_PATTERN = /统计表|填报单位|^第[一二三四五六七八九十]+条第[（(][一二三四五六七八九十]+[）)]项$/;
