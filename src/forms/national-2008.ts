/**
 * The 2008–2018 statistics table (政府信息公开情况统计表): 统计指标 | 单位 | 年度累计数.
 * Row list checked against published reports: the 衢州市安监局 2018 report (samples/quzhou-safety-2018.txt)
 * and county statistics forms that reuse it (一、主动公开情况 … 其中:主动公开规范性文件数 … 制发规范性文件总数).
 * Rows marked "older forms" appear in 2008–2013 provincial forms (电子邮件申请数, 其他形式申请数, 对申请的答复总数).
 */
import { headingEquals, partOf, sumOf } from '../templates/identity-helpers.js';
import type { RowEntry, Signal, TemplateCatalogue } from '../templates/types.js';
import type { Form } from './form.js';
import { NOTE_SOURCE, w, YEAR, YEAR_STARTS, type HeaderSpec } from './header-spec.js';
import { provincialTotalNames } from './provincial-2008.js';

const row = (
  key: string,
  parent: string | null,
  unit: string | null,
  labels: string[],
  extra: Partial<RowEntry> = {},
): RowEntry => ({
  key,
  labels,
  unit,
  parent,
  ...extra,
});

const HEADING = '——';

const rows: RowEntry[] = [
  // 一、主动公开情况
  row('active', null, HEADING, ['主动公开情况']),
  row('active.total', 'active', '条', [
    '主动公开政府信息数',
    '主动公开政府信息数量',
    '主动公开信息数',
    '主动公开文件数',
  ]),
  row('active.normativeDocs', 'active.total', '条', ['主动公开规范性文件数']),
  row('active.normativeDocsIssued', 'active.total', '件', ['制发规范性文件总数']),
  row('active.electronic', 'active.total', '条', ['全文电子化的主动公开信息数'], { note: 'older forms' }),
  row('active.electronicRate', 'active.total', '%', ['全文电子化率'], { note: 'older forms' }),
  row(
    'active.normativeDocsNew',
    'active',
    '件',
    ['新增行政规范性文件数', '新增的行政规范性文件数', '新增规范性文件数'],
    { note: 'older forms' },
  ),
  row('active.channels', 'active', HEADING, [
    '通过不同渠道和方式公开政府信息的情况',
    '通过不同渠道和方式公开政府信息情况',
  ]),
  row('active.channels.gazette', 'active.channels', '条', ['政府公报公开政府信息数', '政府公报公开数']),
  row('active.channels.website', 'active.channels', '条', ['政府网站公开政府信息数', '政府网站公开数']),
  row('active.channels.weibo', 'active.channels', '条', ['政务微博公开政府信息数']),
  row('active.channels.wechat', 'active.channels', '条', ['政务微信公开政府信息数']),
  row('active.channels.other', 'active.channels', '条', ['其他方式公开政府信息数', '其他方式公开数']),
  // 二、回应解读情况
  row('response', null, HEADING, ['回应解读情况']),
  row('response.hotspots', 'response', '次', ['回应公众关注热点或重大舆情数']),
  row('response.channels', 'response', HEADING, ['通过不同渠道和方式回应解读的情况', '通过不同渠道和方式回应解读情况']),
  row('response.channels.pressConferences', 'response.channels', '次', ['参加或举办新闻发布会总次数']),
  row('response.channels.pressConferences.leaders', 'response.channels.pressConferences', '次', [
    '主要负责同志参加新闻发布会次数',
  ]),
  row('response.channels.interviews', 'response.channels', '次', ['政府网站在线访谈次数']),
  row('response.channels.interviews.leaders', 'response.channels.interviews', '次', [
    '主要负责同志参加政府网站在线访谈次数',
  ]),
  row('response.channels.readings', 'response.channels', '篇', ['政策解读稿件发布数']),
  row('response.channels.weiboWechat', 'response.channels', '次', ['微博微信回应事件数']),
  row('response.channels.other', 'response.channels', '次', ['其他方式回应事件数']),
  // 三、依申请公开情况
  row('apply', null, HEADING, ['依申请公开情况']),
  row('apply.received', 'apply', '件', ['收到申请数', '受理申请数', '申请总数', '受理依申请公开信息总数']),
  row('apply.received.inPerson', 'apply.received', '件', ['当面申请数']),
  row('apply.received.fax', 'apply.received', '件', ['传真申请数']),
  row('apply.received.online', 'apply.received', '件', ['网络申请数', '网上申请数']),
  row('apply.received.mail', 'apply.received', '件', ['信函申请数']),
  row('apply.received.email', 'apply.received', '件', ['电子邮件申请数'], { note: 'older forms' }),
  row('apply.received.other', 'apply.received', '件', ['其他形式申请数'], { note: 'older forms' }),
  row('apply.closed', 'apply', '件', ['申请办结数']),
  row('apply.closed.onTime', 'apply.closed', '件', ['按时办结数']),
  row('apply.closed.extended', 'apply.closed', '件', ['延期办结数']),
  row('apply.answered', 'apply', '件', ['申请答复数', '对申请的答复数', '对申请的答复总数']),
  row('apply.answered.alreadyPublic', 'apply.answered', '件', ['属于已主动公开范围数']),
  row('apply.answered.granted', 'apply.answered', '件', ['同意公开答复数']),
  row('apply.answered.partial', 'apply.answered', '件', ['同意部分公开答复数']),
  row('apply.answered.refused', 'apply.answered', '件', ['不同意公开答复数', '否决公开答复总数']),
  row('apply.answered.refused.stateSecret', 'apply.answered.refused', '件', ['涉及国家秘密']),
  row('apply.answered.refused.commercialSecret', 'apply.answered.refused', '件', ['涉及商业秘密']),
  row('apply.answered.refused.privacy', 'apply.answered.refused', '件', ['涉及个人隐私']),
  row('apply.answered.refused.security', 'apply.answered.refused', '件', [
    '危及国家安全、公共安全、经济安全和社会稳定',
  ]),
  row('apply.answered.refused.notGovInfo', 'apply.answered.refused', '件', [
    '不是《条例》所指政府信息',
    '不是条例所指政府信息',
    '非《条例》所指政府信息数',
    '非《规定》所指政府信息数',
  ]),
  row('apply.answered.refused.otherLaw', 'apply.answered.refused', '件', ['法律法规规定的其他情形']),
  row('apply.answered.notHeld', 'apply.answered', '件', ['不属于本行政机关公开数', '非本机关掌握数', '非本部门掌握数']),
  row('apply.answered.notExist', 'apply.answered', '件', ['申请信息不存在数', '信息不存在数']),
  row('apply.answered.unclear', 'apply.answered', '件', ['申请内容不明确数'], { note: 'older forms' }),
  row('apply.answered.amend', 'apply.answered', '件', ['告知作出更改补充数']),
  row('apply.answered.otherChannel', 'apply.answered', '件', ['告知通过其他途径办理数']),
  row('apply.types', 'apply', '件', ['申请类型数']),
  row('apply.types.budget', 'apply.types', '件', ['财政预决算']),
  row('apply.types.expropriation', 'apply.types', '件', ['征收补偿']),
  row('apply.types.planning', 'apply.types', '件', ['规划计划']),
  row('apply.types.projects', 'apply.types', '件', ['重大建设项目审批及实施']),
  row('apply.types.commerce', 'apply.types', '件', ['工商管理']),
  row('apply.types.foodDrug', 'apply.types', '件', ['食品药品']),
  row('apply.types.environment', 'apply.types', '件', ['环境保护']),
  row('apply.types.publicResources', 'apply.types', '件', ['公共资源监管']),
  row('apply.types.employment', 'apply.types', '件', ['劳动就业及社会保障']),
  row('apply.types.relief', 'apply.types', '件', ['社会救助及扶贫']),
  row('apply.types.health', 'apply.types', '件', ['医疗卫生及计生']),
  row('apply.types.education', 'apply.types', '件', ['教育信息']),
  row('apply.types.statistics', 'apply.types', '件', ['统计信息']),
  row('apply.types.penalties', 'apply.types', '件', ['行政处罚']),
  row('apply.types.personnel', 'apply.types', '件', ['人事信息']),
  row('apply.types.prices', 'apply.types', '件', ['价格收费']),
  row('apply.types.credit', 'apply.types', '件', ['企业信用']),
  row('apply.types.other', 'apply.types', '件', ['其它', '其他']),
  // 四、行政复议数量
  row('review.total', null, '件', ['行政复议数量', '行政复议数']),
  row('review.upheld', 'review.total', '件', ['维持具体行政行为数']),
  row('review.corrected', 'review.total', '件', ['被依法纠错数']),
  row('review.other', 'review.total', '件', ['其他情形数']),
  // 五、行政诉讼数量
  row('litigation.total', null, '件', ['行政诉讼数量', '行政诉讼数']),
  row('litigation.upheld', 'litigation.total', '件', ['维持具体行政行为或者驳回原告诉讼请求数']),
  row('litigation.corrected', 'litigation.total', '件', ['被依法纠错数']),
  row('litigation.other', 'litigation.total', '件', ['其他情形数']),
  // 六、七
  row('complaints', null, '件', ['举报投诉数量', '举报投诉数']),
  row('fees', null, '万元', ['依申请公开信息收取的费用', '依申请公开收费', '依申请公开收费金额']),
  row('feesWaived', null, '人', ['减免费用'], { note: 'older forms' }),
  row('appeals', null, HEADING, ['行政复议和行政诉讼情况'], { note: 'provincial forms' }),
  row('feesSection', null, HEADING, ['依申请公开收费情况'], { note: 'provincial forms' }),
  // 八、机构建设和保障经费情况
  row('capacity', null, HEADING, ['机构建设和保障经费情况']),
  row('capacity.offices', 'capacity', '个', ['政府信息公开工作专门机构数']),
  row('capacity.readingRooms', 'capacity', '个', ['设置政府信息公开查阅点数']),
  row('capacity.staff', 'capacity', '人', ['从事政府信息公开工作人员数']),
  row('capacity.staff.fullTime', 'capacity.staff', '人', ['专职人员数']),
  row('capacity.staff.partTime', 'capacity.staff', '人', ['兼职人员数']),
  row('capacity.funds', 'capacity', '万元', ['政府信息公开专项经费']),
  // 九、政府信息公开会议和培训情况
  row('training', null, HEADING, ['政府信息公开会议和培训情况']),
  row('training.meetings', 'training', '次', ['召开政府信息公开工作会议或专题会议数']),
  row('training.sessions', 'training', '次', ['举办各类培训班数']),
  row('training.trainees', 'training', '人次', ['接受培训人员数']),
];

const childrenOf = (parent: string): string[] =>
  rows.filter((r) => r.parent === parent && r.note === undefined).map((r) => r.key);
const withOlder = (parent: string): string[] => rows.filter((r) => r.parent === parent).map((r) => r.key);

/** The 2008–2018 catalogue. */
const legacy2008: TemplateCatalogue = {
  id: 'legacy-2008',
  source: '政府信息公开情况统计表 (国务院办公厅, reports for 2008–2018)',
  years: [2008, 2018],
  groups: [{ id: 'statistics', kind: 'list', rows }],
  identities: [
    headingEquals('active', 'active.total', '一、主动公开情况 = (一)主动公开政府信息数'),
    headingEquals('response', 'response.hotspots', '二、回应解读情况 = (一)回应公众关注热点或重大舆情数'),
    headingEquals('apply', 'apply.received', '三、依申请公开情况 = (一)收到申请数'),
    partOf('active.normativeDocs', 'active.total', '其中:主动公开规范性文件数 ≤ 主动公开政府信息数'),
    sumOf(
      'active.channels',
      childrenOf('active.channels'),
      '(二)通过不同渠道和方式公开 = 政府公报 + 政府网站 + 政务微博 + 政务微信 + 其他方式',
    ),
    sumOf(
      'response.channels',
      [
        'response.channels.pressConferences',
        'response.channels.interviews',
        'response.channels.readings',
        'response.channels.weiboWechat',
        'response.channels.other',
      ],
      '(二)通过不同渠道和方式回应解读 = 新闻发布会 + 在线访谈 + 政策解读稿件 + 微博微信回应 + 其他方式',
    ),
    partOf(
      'response.channels.pressConferences.leaders',
      'response.channels.pressConferences',
      '其中:主要负责同志参加新闻发布会次数 ≤ 新闻发布会总次数',
    ),
    partOf(
      'response.channels.interviews.leaders',
      'response.channels.interviews',
      '其中:主要负责同志参加在线访谈次数 ≤ 在线访谈次数',
    ),
    sumOf(
      'apply.received',
      withOlder('apply.received'),
      '(一)收到申请数 = 当面 + 传真 + 网络 + 信函 (+ 电子邮件 + 其他形式 in older forms)',
    ),
    sumOf('apply.closed', childrenOf('apply.closed'), '(二)申请办结数 = 按时办结数 + 延期办结数'),
    sumOf(
      'apply.answered',
      withOlder('apply.answered'),
      '(三)申请答复数 = the eight kinds of answer 1.–8. (older forms: 同意 + 部分同意 + 不同意 + 不存在 + 非本机关掌握 + 申请内容不明确)',
    ),
    sumOf('apply.answered.refused', childrenOf('apply.answered.refused'), '不同意公开答复数 = the six reasons 其中 …'),
    sumOf('apply.types', childrenOf('apply.types'), '(四)申请类型数 = the 18 types 1.–18.'),
    sumOf('review.total', childrenOf('review.total'), '四、行政复议数量 = 维持 + 纠错 + 其他情形'),
    sumOf('litigation.total', childrenOf('litigation.total'), '五、行政诉讼数量 = 维持或驳回 + 纠错 + 其他情形'),
    sumOf('capacity.staff', childrenOf('capacity.staff'), '(三)从事政府信息公开工作人员数 = 专职 + 兼职'),
  ],
};

/** Phrases of the national 2008–2018 统计表. */
const signals: Signal[] = [
  { text: '政府信息公开情况统计表', weight: 3 },
  { text: '统计指标', weight: 2 },
  { text: '年度累计数', weight: 2 },
  { text: '主动公开政府信息数', weight: 3 },
  { text: '收到申请数', weight: 3 },
  { text: '申请办结数', weight: 2 },
  { text: '申请答复数', weight: 2 },
  { text: '回应解读情况', weight: 2 },
  { text: '依申请公开情况', weight: 1 },
  { text: '行政复议数量', weight: 1 },
];

/** Names of the one value column as printed in national-form reports (年度累计数 and its spellings). */
const nationalTotalNames = ['本年度累计数', '年度累计数', '年度累计', '本年度数', '累计数', '本年度', '数量'];

/** Names of the one value column of a 2008–2018 table besides the year, longest first. */
const TOTAL_VARIANTS = [...nationalTotalNames, ...provincialTotalNames].sort((a, b) => b.length - a.length);

/** The 2008–2018 header: 统计指标 | 单位 | one value column. */
const header: HeaderSpec = {
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
};

/** The national 2008–2018 form (政府信息公开情况统计表). */
export const national2008: Form = {
  id: 'national-2008',
  source: legacy2008.source,
  template: 'legacy-2008',
  catalogue: legacy2008,
  headers: [header],
  signals,
};
