/**
 * fast-check arbitraries for report-like and hostile text, shared by the property tests and
 * `scripts/fuzz.ts`.
 */
import fc from 'fast-check';

const cn = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '二十'];
const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const fullWidthDigits = '０１２３４５６７８９';

/** Section and row markers in their half- and full-width forms. */
export const marker: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...cn).map((n) => `${n}、`),
  fc.constantFrom(...cn).map((n) => `(${n})`),
  fc.constantFrom(...cn).map((n) => `（${n}）`),
  fc
    .integer({ min: 0, max: 120 })
    .chain((n) => fc.constantFrom(`${n}.`, `${n}、`, `${n}．`, `(${n})`, `（${n}）`, `${n})`)),
  fc.integer({ min: 0, max: 9 }).map((n) => `${fullWidthDigits[n]}．`),
  fc.constantFrom(...circled),
  fc.constantFrom(...cn).map((n) => `${n}是`),
  fc.constantFrom(...cn).map((n) => `第${n}部分`),
  fc.constantFrom(...cn).map((n) => `第${n}章`),
  fc.constantFrom('其中:', '其中：', '附件', '附表', '附件1', '附件：', '首先,', '其次,', '最后,'),
);

const word = fc.constantFrom(
  '总体情况',
  '主动公开政府信息情况',
  '收到和处理政府信息公开申请情况',
  '政府信息公开行政复议、行政诉讼情况',
  '存在的主要问题及改进情况',
  '其他需要报告的事项',
  '规章',
  '规范性文件',
  '行政许可',
  '行政处罚',
  '予以公开',
  '部分公开(区分处理的,只计这一情形,不计其他情形)',
  '不予公开',
  '属于国家秘密',
  '本年新收政府信息公开申请数量',
  '申请人情况',
  '自然人',
  '法人或其他组织',
  '商业企业',
  '总计',
  '信息内容',
  '本年制发件数',
  '本年新制作数量',
  '统计指标',
  '单位',
  '年度累计数',
  '历年累计',
  '第二十条第(一)项',
  '第二十条第（五）项',
  '主动公开政府信息数',
  '(不同渠道和方式公开相同信息计1条)',
  '强化责任,确保政务公开组织到位',
  '政府資訊公開工作年度報告',
  '報(bào)告',
  '我局',
  '全年',
  '共',
  '条',
  '件',
  '万元',
  '——',
  '无',
  '/',
  '-',
  '。',
  ',',
  '：',
  ':',
  '；',
  '“',
  '”',
  '《条例》',
);

const number = fc.oneof(
  fc.nat({ max: 100_000 }).map(String),
  fc
    .tuple(fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }), fc.nat({ max: 6 }))
    .map(([d, digits]) => d.toFixed(digits)),
  fc.nat({ max: 9999 }).map((n) => [...String(n)].map((d) => fullWidthDigits[Number(d)]).join('')),
  fc.constantFrom(
    '0',
    '0.00',
    '1.5',
    '-1',
    '12.368500',
    '251000元',
    '1,234',
    '１２３',
    '—',
    '——',
    '-',
    '/',
    '无',
    '',
    ' ',
    '\u00a03\u00a0',
    '3\u3000',
    'NaN',
    '1e309',
    '9'.repeat(40),
  ),
);

const cjkText = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(''));

/** Any Unicode code points, including lone surrogates, controls and format characters. */
export const anyUnicode: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength: 200 });

const cell = fc.oneof(
  { weight: 3, arbitrary: number },
  { weight: 2, arbitrary: cjkText },
  { weight: 1, arbitrary: fc.tuple(marker, cjkText).map(([m, t]) => m + t) },
  { weight: 1, arbitrary: fc.constant('') },
);

/** A pipe row: cells joined by `|` (sometimes `｜`), with or without a trailing pipe, with filler pipes. */
export const pipeRow: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(cell, { minLength: 1, maxLength: 16 }),
    fc.constantFrom(' | ', '|', '｜', ' ｜ '),
    fc.boolean(),
    fc.nat({ max: 6 }),
  )
  .map(([cells, sep, trailing, fillers]) => cells.join(sep) + (trailing ? sep.trimEnd() : '') + '|'.repeat(fillers));

/** One line of something that looks like a report, or a hostile line. */
export const reportLine: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        marker,
        fc.constantFrom('', ' ', '\u00a0', '\u3000'),
        cjkText,
        fc.constantFrom('', '。', '：', ':', '。' + '通过门户网站公开信息12条。'),
      )
      .map((p) => p.join('')),
  },
  { weight: 6, arbitrary: pipeRow },
  { weight: 4, arbitrary: cjkText },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '台州市自然资源和规划局',
      '衢州市安全生产监督管理局',
      '2019年1月7日',
      '二〇二〇年一月十五日',
      '二○一二年三月',
      '2024年1月',
      '〔2011〕47号 签发人:王建国',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '地址:衢州市江郎中路2号;邮编:324000;电话:0570-3080981;',
      '邮 编：318000；电话/传真：0576-88205163；电子邮箱：tz＠126.com）',
      '电子邮箱:',
      'qzajjgzwx@163.com。',
      '网址：http://www.laiyang.gov.cn',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.nat({ max: 99 }).chain((n) => fc.constantFrom(`第 ${n} 页 共 ${n + 1} 页`, `- ${n} -`, `— ${n} —`)),
  },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u00a0', '\u3000', '\t', '\ufeff', '\r', '\u200b') },
  { weight: 2, arbitrary: anyUnicode },
);

/** A report-like text: report lines joined by LF, CRLF, or a mixture. */
export const reportText: fc.Arbitrary<string> = fc
  .tuple(fc.array(reportLine, { maxLength: 80 }), fc.constantFrom('\n', '\r\n', 'mixed'))
  .map(([lines, eol]) =>
    eol === 'mixed' ? lines.map((l, i) => l + (i % 3 === 0 ? '\r\n' : '\n')).join('') : lines.join(eol),
  );

/** Deep numbering: markers nested many levels, headings only. */
export const deepNumbering: fc.Arbitrary<string> = fc
  .array(fc.tuple(marker, cjkText), { minLength: 1, maxLength: 300 })
  .map((items) => items.map(([m, t]) => m + t).join('\n'));

/** Everything: the mix used by the fuzz script and the property tests. */
export const anyInput: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: reportText },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 2000 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.constantFrom('|', '｜', ' ', '\n', '一', '、', '(', ')', '（', '）', '1', '.', '—', '其中', ':'),
      maxLength: 500,
    }),
  },
  { weight: 1, arbitrary: deepNumbering },
);
