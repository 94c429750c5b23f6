/**
 * The 2021 revision (国办公开办函〔2021〕30号, reports for 2021 onward).
 * Section 二 clause tables checked against published 2022 reports (长春市二道区, 九原区, 国家新闻出版署):
 * 第二十条第(一)项 本年制发件数 | 本年废止件数 | 现行有效件数 for 规章 and 行政规范性文件; 第(五)项 行政许可 and
 * 第(六)项 行政处罚, 行政强制: 本年处理决定数量; 第(八)项 行政事业性收费: 本年收费金额(单位:万元).
 */
import { appealsGroup, applicationGroup, applicationIdentities } from './gov-common.js';
import type { ColumnEntry, RowEntry, TableGroup, TemplateCatalogue } from './types.js';

const r = (key: string, labels: string[], unit: string | null = '件'): RowEntry => ({
  key,
  labels,
  unit,
  parent: null,
});

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
export const gov2021: TemplateCatalogue = {
  id: 'gov-2021',
  source: '国办公开办函〔2021〕30号 (reports for 2021 onward)',
  years: [2021, null],
  groups: [...clauseGroups, applications, appealsGroup],
  identities: applicationIdentities(applications),
};
