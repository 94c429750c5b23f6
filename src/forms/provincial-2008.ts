/**
 * Provincial variants of the 2008–2018 statistics table: the national rows (src/forms/national-2008.ts)
 * under another header. Two value columns named by the year and 历年累计 (`指标名称 | 计量单位 | 2012年度 |
 * 历年累计`); one column named 年末统计, 年末累计 or 统计数 (Fujian: the corpus's 平潭 reports, test/corpus/);
 * and the older rows of 2008–2013 provincial forms (电子邮件申请数, 对申请的答复总数), which the national
 * catalogue lists with `note: 'older forms'`. Reports of these variants get the `legacy-2008` template.
 */
import type { Signal } from '../templates/types.js';
import type { Form } from './form.js';
import { w, YEAR, YEAR_STARTS, type HeaderSpec } from './header-spec.js';

/** Names of the one value column in provincial forms (the national form's header names it 年度累计数). */
export const provincialTotalNames: readonly string[] = ['年末统计数', '年末累计数', '年末统计', '年末累计', '统计数'];

/** Phrases of provincial and older forms. */
const signals: Signal[] = [
  { text: '指标名称', weight: 2 },
  { text: '历年累计', weight: 2 },
  { text: '主动公开文件数', weight: 2 },
  { text: '受理依申请公开信息总数', weight: 2 },
  { text: '对申请的答复', weight: 2 },
  { text: '全文电子化', weight: 2 },
];

/** 指标名称 | 计量单位 | 2016年度 | 历年累计. */
const yearAndHistory: HeaderSpec = {
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
};

/**
 * The provincial variants. The one-column variant shares the national header (its names are
 * `provincialTotalNames`); the two-column variant has a header of its own.
 */
export const provincial2008: Form = {
  id: 'provincial-2008',
  source: 'provincial 2008–2018 statistics tables (年度 | 历年累计; 年末统计; 统计数)',
  template: 'legacy-2008',
  headers: [yearAndHistory],
  signals,
};
