/**
 * The 2019 form (国办公开办函〔2019〕60号, reports for 2019 and 2020).
 * Section 二 clause tables checked against the 上海市人民政府办公厅 2019 report: 第二十条第(一)项
 * 本年新制作数量 | 本年新公开数量 | 对外公开总数量; 第(五)项 and 第(六)项 上一年项目数量 | 本年增/减 | 处理决定数量;
 * 第(八)项 上一年项目数量 | 本年增/减; 第(九)项 采购项目数量 | 采购总金额.
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

const itemColumns: ColumnEntry[] = [
  { key: 'previousYear', labels: ['上一年项目数量'] },
  // `本年增/`: the 减 left off (a misprint real reports carry, as `现行有效件` in the 2021 form).
  { key: 'change', labels: ['本年增/减', '本年增减', '本年增/'] },
  { key: 'decisions', labels: ['处理决定数量'] },
];

const clauseGroups: TableGroup[] = [
  {
    id: 'clause-1',
    kind: 'grid',
    clauseItem: 1,
    columns: [
      { key: 'made', labels: ['本年新制作数量', '本年新制作'] },
      { key: 'published', labels: ['本年新公开数量', '本年新公开'] },
      { key: 'total', labels: ['对外公开总数量', '对外公开总数'] },
    ],
    rows: [r('active.regulations', ['规章']), r('active.normativeDocs', ['规范性文件', '行政规范性文件'])],
  },
  {
    id: 'clause-5',
    kind: 'grid',
    clauseItem: 5,
    columns: itemColumns,
    rows: [r('active.licensing', ['行政许可']), r('active.otherServices', ['其他对外管理服务事项'])],
  },
  {
    id: 'clause-6',
    kind: 'grid',
    clauseItem: 6,
    columns: itemColumns,
    rows: [r('active.penalties', ['行政处罚']), r('active.enforcement', ['行政强制'])],
  },
  {
    id: 'clause-8',
    kind: 'grid',
    clauseItem: 8,
    columns: itemColumns.slice(0, 2),
    rows: [r('active.fees', ['行政事业性收费'])],
  },
  {
    id: 'clause-9',
    kind: 'grid',
    clauseItem: 9,
    columns: [
      { key: 'projects', labels: ['采购项目数量'] },
      { key: 'amount', labels: ['采购总金额'], unit: null },
    ],
    rows: [r('active.procurement', ['政府集中采购'])],
  },
];

const applications = applicationGroup(false);

/** The 2019 catalogue. */
const gov2019: TemplateCatalogue = {
  id: 'gov-2019',
  source: '国办公开办函〔2019〕60号 (reports for 2019 and 2020)',
  years: [2019, 2020],
  groups: [...clauseGroups, applications, appealsGroup],
  identities: applicationIdentities(applications),
};

/** Phrases only the 2019 form has. */
const signals: Signal[] = [
  { text: '本年新制作数量', weight: 3 },
  { text: '本年新公开数量', weight: 3 },
  { text: '对外公开总数量', weight: 3 },
  { text: '上一年项目数量', weight: 3 },
  { text: '本年增/减', weight: 2 },
  { text: '采购项目数量', weight: 2 },
  { text: '其他对外管理服务事项', weight: 2 },
];

/** Column words of the 第(五)(六)(八)项 headers as printed. */
const lastYear = w('last-year', '上一年项目数量');
// As printed, and with the final 减 left off (`本年增/`, 西安市阎良区文化旅游局 2020).
const change = w('change', '本年增/减', '本年增减', '本年新增/减少', '本年增/');

/** The section 二 clause headers as printed (国办公开办函〔2019〕60号 §二 第二十条). */
const headers = [
  clauseHeader('clause-2019-1', '国办公开办函〔2019〕60号 §二 第二十条第(一)项', [
    w('made', '本年新制作数量'),
    w('published', '本年新公开数量'),
    w('public-total', '对外公开总数量'),
  ]),
  clauseHeader('clause-2019-5', '国办公开办函〔2019〕60号 §二 第二十条第(五)(六)项', [
    lastYear,
    change,
    w('decisions', '处理决定数量'),
  ]),
  clauseHeader('clause-2019-8', '国办公开办函〔2019〕60号 §二 第二十条第(八)项', [lastYear, change]),
  clauseHeader('clause-2019-9', '国办公开办函〔2019〕60号 §二 第二十条第(九)项', [
    w('projects', '采购项目数量'),
    w('amount', '采购总金额'),
  ]),
];

/** The 2019 trial form. */
export const trial2019: Form = {
  id: 'trial-2019',
  source: gov2019.source,
  template: 'gov-2019',
  catalogue: gov2019,
  headers: [...headers, ...applicationsAppealsHeaders],
  signals,
};
