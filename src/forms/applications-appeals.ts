/**
 * Sections 三 and 四 of the 2019 (国办公开办函〔2019〕60号) and 2021 (国办公开办函〔2021〕30号) forms, which
 * both print them: the applicant matrix (申请人情况) and the review and litigation row (行政复议 | 行政诉讼).
 * Their column lists are written here once; the printed headers (table rebuilding), the flattened header
 * layout (src/assemble/table-header.ts), the template's columns and rows and the identities all derive
 * from them. Row lists checked against published reports: 上海市人民政府办公厅 2019 (section 三 with
 * (六)其他处理 as one row), 长春市二道区房屋征收办 2022, 九原区政务服务局 2022, 国家新闻出版署 2022 (2021 form:
 * (六)其他处理 split 1.–3.).
 */
import { balance, perColumn, sumOf } from '../templates/identity-helpers.js';
import type { ColumnEntry, Identity, RowEntry, Signal, TableGroup } from '../templates/types.js';
import { type HeaderSpec, w } from './header-spec.js';

/** 申请人情况 / 自然人. */
const naturalPerson: ColumnEntry = { key: 'naturalPerson', labels: ['自然人'] };
/** 申请人情况 / 法人或其他组织 / …, in printed order. */
const organisations: ColumnEntry[] = [
  { key: 'commercial', labels: ['商业企业'] },
  { key: 'research', labels: ['科研机构'] },
  { key: 'nonprofit', labels: ['社会公益组织'] },
  { key: 'legalService', labels: ['法律服务机构'] },
  { key: 'other', labels: ['其他'] },
];
/** 申请人情况 / 总计. */
const applicantTotal: ColumnEntry = { key: 'total', labels: ['总计', '合计'] };

/** The three header levels of the applicant matrix. */
const APPLICANT = '申请人情况';
const ORGANISATION = '法人或其他组织';
/** The printed names (first labels) of the five organisation columns. */
const ORGS = organisations.map((c) => c.labels[0]!);

/** 申请人情况 columns of the section 三 matrix, in printed order. */
export const applicantColumns: ColumnEntry[] = [naturalPerson, ...organisations, applicantTotal];

/** Applicant column keys without the total. */
export const applicantParts = applicantColumns.map((c) => c.key).filter((k) => k !== 'total');
const allColumns = applicantColumns.map((c) => c.key);

const r = (key: string, parent: string | null, labels: string[], extra: Partial<RowEntry> = {}): RowEntry => ({
  key,
  labels,
  unit: '件',
  parent,
  ...extra,
});

/**
 * The section 三 rows; `otherSplit` = the 2021 form's (六)其他处理 with numbered sub-rows.
 * @param otherSplit Whether (六)其他处理 has sub-rows 1.–3.
 * @returns The rows.
 */
function applicationRows(otherSplit: boolean): RowEntry[] {
  const other: RowEntry[] = otherSplit
    ? [
        r('apply.outcome.other', 'apply.outcome', ['其他处理'], { heading: true }),
        r('apply.outcome.other.noCorrection', 'apply.outcome.other', [
          '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
          '申请人无正当理由逾期不补正',
        ]),
        r('apply.outcome.other.unpaid', 'apply.outcome.other', [
          '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
          '申请人逾期未按收费通知要求缴纳费用',
        ]),
        r('apply.outcome.other.misc', 'apply.outcome.other', ['其他']),
      ]
    : [r('apply.outcome.other', 'apply.outcome', ['其他处理'])];
  return [
    r('apply.new', null, ['本年新收政府信息公开申请数量', '本年新收政府信息公开申请']),
    r('apply.carriedOver', null, ['上年结转政府信息公开申请数量', '上年结转政府信息公开申请']),
    r('apply.outcome', null, ['本年度办理结果'], { heading: true }),
    r('apply.outcome.open', 'apply.outcome', ['予以公开']),
    r('apply.outcome.partial', 'apply.outcome', ['部分公开']),
    r('apply.outcome.refused', 'apply.outcome', ['不予公开'], { heading: true }),
    r('apply.outcome.refused.stateSecret', 'apply.outcome.refused', ['属于国家秘密']),
    r('apply.outcome.refused.lawForbidden', 'apply.outcome.refused', ['其他法律行政法规禁止公开']),
    r('apply.outcome.refused.security', 'apply.outcome.refused', ['危及“三安全一稳定”', '危及三安全一稳定']),
    r('apply.outcome.refused.thirdParty', 'apply.outcome.refused', ['保护第三方合法权益']),
    r('apply.outcome.refused.internal', 'apply.outcome.refused', ['属于三类内部事务信息', '属于三类内容事务信息']),
    r('apply.outcome.refused.process', 'apply.outcome.refused', ['属于四类过程性信息']),
    r('apply.outcome.refused.enforcementFile', 'apply.outcome.refused', ['属于行政执法案卷']),
    r('apply.outcome.refused.inquiry', 'apply.outcome.refused', ['属于行政查询事项']),
    r('apply.outcome.unavailable', 'apply.outcome', ['无法提供'], { heading: true }),
    r('apply.outcome.unavailable.notHeld', 'apply.outcome.unavailable', ['本机关不掌握相关政府信息']),
    r('apply.outcome.unavailable.needsCreation', 'apply.outcome.unavailable', ['没有现成信息需要另行制作']),
    r('apply.outcome.unavailable.unclear', 'apply.outcome.unavailable', ['补正后申请内容仍不明确']),
    r('apply.outcome.notProcessed', 'apply.outcome', ['不予处理'], { heading: true }),
    r('apply.outcome.notProcessed.petition', 'apply.outcome.notProcessed', ['信访举报投诉类申请']),
    r('apply.outcome.notProcessed.repeated', 'apply.outcome.notProcessed', ['重复申请']),
    r('apply.outcome.notProcessed.publication', 'apply.outcome.notProcessed', ['要求提供公开出版物']),
    r('apply.outcome.notProcessed.excessive', 'apply.outcome.notProcessed', ['无正当理由大量反复申请']),
    r('apply.outcome.notProcessed.confirmation', 'apply.outcome.notProcessed', [
      '要求行政机关确认或重新出具已获取信息',
    ]),
    ...other,
    r('apply.outcome.total', 'apply.outcome', ['总计', '合计']),
    r('apply.carriedForward', null, ['结转下年度继续办理']),
  ];
}

/**
 * The section 三 matrix group.
 * @param otherSplit Whether (六)其他处理 has sub-rows (2021).
 * @returns The group.
 */
export function applicationGroup(otherSplit: boolean): TableGroup {
  return {
    id: 'applications',
    kind: 'grid',
    columns: applicantColumns,
    compact: { placeholder: 'applicant' },
    rows: applicationRows(otherSplit),
  };
}

const results = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
const resultLabels: Record<(typeof results)[number], string[]> = {
  upheld: ['结果维持'],
  corrected: ['结果纠正'],
  other: ['其他结果'],
  pending: ['尚未审结'],
  total: ['总计', '合计'],
};
/** The printed names of the five result columns, in printed order. */
const RESULTS = results.map((res) => resultLabels[res][0]!);
/** The printed names of the four results a 总计 sums. */
const RESULT_PARTS = RESULTS.slice(0, 4);
const REVIEW = '行政复议';
const LITIGATION = '行政诉讼';
const branches = [
  { prefix: 'review', under: [REVIEW], path: [REVIEW] },
  { prefix: 'litigation.direct', under: ['未经复议直接起诉'], path: [LITIGATION, '未经复议直接起诉'] },
  { prefix: 'litigation.afterReview', under: ['复议后起诉'], path: [LITIGATION, '复议后起诉'] },
];

/** Section 四: one row of 15 numbers under 行政复议 | 行政诉讼 (未经复议直接起诉 | 复议后起诉). */
export const appealsGroup: TableGroup = {
  id: 'appeals',
  kind: 'grid',
  columns: branches.flatMap((b) =>
    results.map((res): ColumnEntry => ({ key: `${b.prefix}.${res}`, labels: resultLabels[res], under: b.under })),
  ),
  rows: [
    {
      key: 'reviewLitigation',
      labels: ['行政复议、行政诉讼情况'],
      unit: '件',
      parent: null,
      indicatorPrefix: '',
      matchesEmptyLabel: true,
    },
  ],
};

/**
 * The identities of sections 三 and 四.
 * @param group The section 三 group (its leaf rows partition (七)总计).
 * @returns The identities.
 */
export function applicationIdentities(group: TableGroup): Identity[] {
  const valued = group.rows.filter((row) => !row.heading);
  const outcomes = valued.filter((row) => row.key.startsWith('apply.outcome.') && row.key !== 'apply.outcome.total');
  return [
    ...perColumn(allColumns, () =>
      balance(
        'apply.balance.{c}',
        ['apply.new.{c}', 'apply.carriedOver.{c}'],
        ['apply.outcome.total.{c}', 'apply.carriedForward.{c}'],
        '{c}: 一、本年新收 + 二、上年结转 = 三(七)总计 + 四、结转下年度',
      ),
    ),
    ...valued.map((row) =>
      sumOf(
        `${row.key}.total`,
        applicantParts.map((c) => `${row.key}.${c}`),
        `${row.labels[0]}: 总计 = ${[naturalPerson, ...organisations].map((c) => c.labels[0]).join(' + ')}`,
        `${row.key}.total=applicants`,
      ),
    ),
    ...perColumn(allColumns, () =>
      sumOf(
        'apply.outcome.total.{c}',
        outcomes.map((row) => `${row.key}.{c}`),
        '{c}: (七)总计 = (一) + (二) + (三)1.–8. + (四)1.–3. + (五)1.–5. + (六)',
        'apply.outcome.total.{c}=outcomes',
      ),
    ),
    ...branches.map((b) =>
      sumOf(
        `${b.prefix}.total`,
        ['upheld', 'corrected', 'other', 'pending'].map((x) => `${b.prefix}.${x}`),
        `${b.under[0]}: 总计 = ${RESULT_PARTS.join(' + ')}`,
      ),
    ),
  ];
}

/** Detection phrases the 2019 and 2021 forms share (src/templates/detect.ts). */
export const applicationsAppealsSignals: readonly Signal[] = [
  { text: '本年新收政府信息公开申请', weight: 3 },
  { text: '上年结转政府信息公开申请', weight: 2 },
  { text: '结转下年度继续办理', weight: 2 },
  { text: '收到和处理政府信息公开申请情况', weight: 2 },
  { text: '第二十条第', weight: 2 },
  { text: '未经复议直接起诉', weight: 2 },
  { text: '申请人情况', weight: 1 },
];

/** The printed headers of sections 三 and 四, for table rebuilding (src/normalise/tables/header-match.ts). */
export const applicationsAppealsHeaders: readonly HeaderSpec[] = [
  {
    // 国办公开办函〔2019〕60号 / 〔2021〕30号 §三: the applicant matrix (same header in both)
    id: 'applications-matrix',
    source: '国办公开办函〔2019〕60号 / 〔2021〕30号 §三',
    anchors: ['然人'],
    words: [
      { key: 'corner', variants: [], pattern: '[（(]本列数据[^（()）]*[）)]', starts: '（(', optional: true },
      w('applicant', APPLICANT),
      w('natural', naturalPerson.labels[0]!),
      w('legal', ORGANISATION),
      ...ORGS.map((o) => w(o, o)),
      w('total', applicantTotal.labels[0]!),
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
      w('review', REVIEW),
      w('litigation', LITIGATION),
      w('direct', branches[1]!.under[0]!),
      w('after-review', branches[2]!.under[0]!),
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

/**
 * Sections 三 and 四 with their header levels joined by '/', for page text that flattened the header's
 * rowspans and colspans away (src/assemble/table-header.ts): words every printed header has, and the
 * column names in order.
 */
export const flattenedHeaders: readonly { words: readonly string[]; columns: readonly string[] }[] = [
  {
    words: [naturalPerson.labels[0]!, ORGS[0]!, applicantTotal.labels[0]!],
    columns: [naturalPerson.labels[0]!, ...ORGS.map((c) => `${ORGANISATION}/${c}`), applicantTotal.labels[0]!].map(
      (c) => `${APPLICANT}/${c}`,
    ),
  },
  {
    words: [REVIEW, LITIGATION, branches[2]!.under[0]!],
    columns: branches.flatMap((b) => RESULTS.map((r) => `${b.path.join('/')}/${r}`)),
  },
];
