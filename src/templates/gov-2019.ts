/**
 * The 2019 form (国办公开办函〔2019〕60号, reports for 2019 and 2020).
 * Section 二 clause tables checked against the 上海市人民政府办公厅 2019 report: 第二十条第(一)项
 * 本年新制作数量 | 本年新公开数量 | 对外公开总数量; 第(五)项 and 第(六)项 上一年项目数量 | 本年增/减 | 处理决定数量;
 * 第(八)项 上一年项目数量 | 本年增/减; 第(九)项 采购项目数量 | 采购总金额.
 */
import { appealsGroup, applicationGroup, applicationIdentities } from './gov-common.js';
import type { ColumnEntry, RowEntry, TableGroup, TemplateCatalogue } from './types.js';

const r = (key: string, labels: string[], unit: string | null = '件'): RowEntry => ({
  key,
  labels,
  unit,
  parent: null,
});

const itemColumns: ColumnEntry[] = [
  { key: 'previousYear', labels: ['上一年项目数量'] },
  { key: 'change', labels: ['本年增/减', '本年增减'] },
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
export const gov2019: TemplateCatalogue = {
  id: 'gov-2019',
  source: '国办公开办函〔2019〕60号 (reports for 2019 and 2020)',
  years: [2019, 2020],
  groups: [...clauseGroups, applications, appealsGroup],
  identities: applicationIdentities(applications),
};
