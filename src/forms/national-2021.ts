/**
 * The 2021 revision (国办公开办函〔2021〕30号, reports for 2021 onward).
 * Section 二 clause tables checked against published 2022 reports (长春市二道区, 九原区, 国家新闻出版署):
 * 第二十条第(一)项 本年制发件数 | 本年废止件数 | 现行有效件数 for 规章 and 行政规范性文件; 第(五)项 行政许可 and
 * 第(六)项 行政处罚, 行政强制: 本年处理决定数量; 第(八)项 行政事业性收费: 本年收费金额(单位:万元).
 */
import type { ColumnEntry, Signal, TableGroup, TemplateCatalogue } from '../templates/types.js';
import {
  appealsGroup,
  applicationGroup,
  applicationIdentities,
  applicationsAppealsHeaders,
} from './applications-appeals.js';
import { clauseRow } from './clause-row.js';
import type { Form } from './form.js';
import { clauseHeader, w } from './header-spec.js';

const r = clauseRow;

const decisions: ColumnEntry[] = [{ key: 'decisions', labels: ['本年处理决定数量', '处理决定数量'] }];

const clauseGroups: TableGroup[] = [
  {
    id: 'clause-1',
    kind: 'grid',
    clauseItem: 1,
    columns: [
      { key: 'issued', labels: ['本年制发件数', '本年制发'] },
      { key: 'repealed', labels: ['本年废止件数', '本年废止'] },
      { key: 'inForce', labels: ['现行有效件数', '现行有效'] },
    ],
    rows: [r('active.regulations', ['规章']), r('active.normativeDocs', ['行政规范性文件', '规范性文件'])],
  },
  { id: 'clause-5', kind: 'grid', clauseItem: 5, columns: decisions, rows: [r('active.licensing', ['行政许可'])] },
  {
    id: 'clause-6',
    kind: 'grid',
    clauseItem: 6,
    columns: decisions,
    rows: [r('active.penalties', ['行政处罚']), r('active.enforcement', ['行政强制'])],
  },
  {
    id: 'clause-8',
    kind: 'grid',
    clauseItem: 8,
    columns: [{ key: 'amount', labels: ['本年收费金额', '收费金额'], unit: '万元' }],
    rows: [r('active.fees', ['行政事业性收费'], '万元')],
  },
];

const applications = applicationGroup(true);

/** The 2021 catalogue. */
const gov2021: TemplateCatalogue = {
  id: 'gov-2021',
  source: '国办公开办函〔2021〕30号 (reports for 2021 onward)',
  years: [2021, null],
  groups: [...clauseGroups, applications, appealsGroup],
  identities: applicationIdentities(applications),
};

/** Phrases only the 2021 form has. */
const signals: Signal[] = [
  { text: '本年制发件数', weight: 3 },
  { text: '本年废止件数', weight: 3 },
  { text: '现行有效件数', weight: 3 },
  { text: '本年处理决定数量', weight: 2 },
  { text: '本年收费金额', weight: 3 },
  { text: '申请人无正当理由逾期不补正', weight: 3 },
  { text: '申请人逾期未按收费通知要求缴纳费用', weight: 3 },
];

/** The section 二 clause headers as printed (国办公开办函〔2021〕30号 §二 第二十条). */
const headers = [
  clauseHeader('clause-2021-1', '国办公开办函〔2021〕30号 §二 第二十条第(一)项', [
    // As printed, and with the final 数 or 件数 left off (`现行有效件`: a misprint real reports carry).
    w('issued', '本年制发件数', '本年制发件', '本年制发'),
    w('repealed', '本年废止件数', '本年废止件', '本年废止'),
    w('in-force', '现行有效件数', '现行有效件', '现行有效'),
  ]),
  clauseHeader('clause-2021-5', '国办公开办函〔2021〕30号 §二 第二十条第(五)(六)项', [
    w('decisions', '本年处理决定数量'),
  ]),
  clauseHeader('clause-2021-8', '国办公开办函〔2021〕30号 §二 第二十条第(八)项', [w('fees', '本年收费金额')]),
];

/** The 2021 form. */
export const national2021: Form = {
  id: 'national-2021',
  source: gov2021.source,
  template: 'gov-2021',
  catalogue: gov2021,
  headers: [...headers, ...applicationsAppealsHeaders],
  signals,
};
