import { describe, expect, it } from 'vitest';
import { applyTemplate } from '../../src/templates/index.js';
import { catalogues, listIndicators } from '../../src/templates/catalogue.js';
import { formReport, report, row, table } from './helpers/build-report.js';

const byId = (id: string) => catalogues.find((c) => c.id === id)!;

describe('applyTemplate', () => {
  for (const catalogue of catalogues) {
    it(`should key every row of a whole ${catalogue.id} form and fill every indicator`, () => {
      const r = formReport(catalogue);
      const diagnostics = applyTemplate(r);
      expect(r.template).toBe(catalogue.id);
      expect(diagnostics).toEqual([]);
      expect(r.tables.flatMap((t) => t.rows.filter((x) => x.key === null).map((x) => x.label))).toEqual([]);
      const expected = listIndicators(catalogue)
        .filter((i) => !i.group.rows.some((e) => e.note !== undefined && e.key === i.key))
        .map((i) => i.key);
      expect(Object.keys(r.indicators).sort()).toEqual([...expected].sort());
    });
  }

  it('should key the rows of each form alike when reports of different forms alternate (labels remember per form)', () => {
    // A label's catalogue candidates are remembered for the last form asked (src/templates/labels.ts refsOf): reports
    // of another form in between must look their labels up again, never reuse the other form's rows.
    const keysOf = (id: string): (string | null)[] => {
      const r = formReport(byId(id));
      applyTemplate(r);
      return r.tables.flatMap((t) => t.rows.map((x) => x.key));
    };
    const ids = catalogues.map((c) => c.id);
    const first = ids.map(keysOf);
    for (const order of [[...ids].reverse(), ids, [...ids].reverse()])
      for (const id of order) expect(keysOf(id)).toEqual(first[ids.indexOf(id)]);
  });

  it('should read the 2019 matrix values row by column', () => {
    const r = formReport(byId('gov-2019'), {
      'apply.new.naturalPerson': 821,
      'apply.new.commercial': 35,
      'apply.new.total': 859,
      'litigation.direct.total': 9,
    });
    applyTemplate(r);
    expect(r.indicators['apply.new.naturalPerson']).toBe(821);
    expect(r.indicators['apply.new.commercial']).toBe(35);
    expect(r.indicators['apply.new.total']).toBe(859);
    expect(r.indicators['litigation.direct.total']).toBe(9);
  });

  it('should match labels with spaces, full-width markers, notes and traditional characters', () => {
    const r = report([
      table(
        ['年度累計數'],
        [
          row({ label: '三、依申請公開情況', unit: '——', values: [3] }),
          row({ label: '收 到 申 請 數', marker: '（一）', unit: '件', values: [3], parent: 0 }),
          row({ label: '當面申請數', marker: '１．', unit: '件', values: [1], parent: 1 }),
          row({ label: '網絡申請數（含電子郵件）', marker: '２．', unit: '件', values: [2], parent: 1 }),
          row({ label: '主動公開政府資訊數', marker: '(一)', unit: '條', values: [40] }),
        ],
        { headers: [['統 計 指 標', '單位', '年度累計數']] },
      ),
    ]);
    applyTemplate(r);
    expect(r.template).toBe('legacy-2008');
    expect(r.tables[0]!.rows.map((x) => x.key)).toEqual([
      'apply',
      'apply.received',
      'apply.received.inPerson',
      'apply.received.online',
      'active.total',
    ]);
    expect(r.indicators).toMatchObject({
      apply: 3,
      'apply.received': 3,
      'apply.received.inPerson': 1,
      'apply.received.online': 2,
      'active.total': 40,
    });
  });

  it('should accept wording drift: older and provincial row names', () => {
    const r = report([
      table(
        ['2016年度', '历年累计'],
        [
          row({ label: '主动公开文件数', unit: '条', values: [1856, 15632] }),
          row({ label: '政府网站公开数', marker: '其中：1、', unit: '条', values: [1802, 14980] }),
          row({ label: '受理依申请公开信息总数', unit: '件', values: [27, 213] }),
          row({ label: '网上申请数', marker: '2、', unit: '件', values: [21, 150] }),
        ],
        { headers: [['指标名称', '计量单位', '2016年度', '历年累计']] },
      ),
    ]);
    applyTemplate(r);
    expect(r.indicators).toEqual({
      'active.total': 1856,
      'active.channels.website': 1802,
      'apply.received': 27,
      'apply.received.online': 21,
    });
  });

  it('should tell 其他情形数 under 四、行政复议 from the one under 五、行政诉讼 by the rows above', () => {
    const r = report([
      table(
        ['年度累计数'],
        [
          row({ label: '行政复议数量', marker: '四、', unit: '件', values: [2] }),
          row({ label: '被依法纠错数', marker: '(一)', unit: '件', values: [1] }),
          row({ label: '其他情形数', marker: '(二)', unit: '件', values: [1] }),
          row({ label: '行政诉讼数量', marker: '五、', unit: '件', values: [5] }),
          row({ label: '被依法纠错数', marker: '(一)', unit: '件', values: [3] }),
          row({ label: '其他情形数', marker: '(二)', unit: '件', values: [2] }),
        ],
        { headers: [['统计指标', '单位', '年度累计数']] },
      ),
    ]);
    applyTemplate(r);
    expect(r.tables[0]!.rows.map((x) => x.key)).toEqual([
      'review.total',
      'review.corrected',
      'review.other',
      'litigation.total',
      'litigation.corrected',
      'litigation.other',
    ]);
  });

  it('should read rowspan group cells (三、本年度办 理结果 | (三)不予公开 | 1.属于国家秘密) and numbered rows under them', () => {
    const columns = [
      '申请人情况/自然人',
      '申请人情况/法人或其他组织/商业企业',
      '申请人情况/法人或其他组织/科研机构',
      '申请人情况/法人或其他组织/社会公益组织',
      '申请人情况/法人或其他组织/法律服务机构',
      '申请人情况/法人或其他组织/其他',
      '申请人情况/总计',
    ];
    const v = (n: number) => [n, 0, 0, 0, 0, 0, n];
    const r = report(
      [
        table(columns, [
          row({
            label: '本年新收政府信息公开申请数量',
            values: v(4),
            cells: ['一、本年新收政府信息公开申请数量', ...v(4).map(String)],
          }),
          row({
            label: '予以公开',
            values: v(1),
            cells: ['三、本年度办 理结果', '（一）予以公开', ...v(1).map(String)],
          }),
          row({
            label: '属于国家秘密',
            values: v(1),
            cells: ['（三）不予公开', '1.属于国家秘密', ...v(1).map(String)],
          }),
          row({
            label: '其他法律行政法规禁止公开',
            values: v(0),
            cells: ['2.其他法律行政法规禁止公开', ...v(0).map(String)],
          }),
          row({
            label: '本机关不掌握相关政府信息',
            values: v(2),
            cells: ['（四）无法提供', '1.本机关不掌握相关政府信息', ...v(2).map(String)],
          }),
          row({ label: '其他', values: v(0), cells: ['（六）其他处理', '3.其他', ...v(0).map(String)] }),
        ]),
      ],
      [],
      { year: 2022 },
    );
    applyTemplate(r);
    expect(r.tables[0]!.rows.map((x) => x.key)).toEqual([
      'apply.new',
      'apply.outcome.open',
      'apply.outcome.refused.stateSecret',
      'apply.outcome.refused.lawForbidden',
      'apply.outcome.unavailable.notHeld',
      'apply.outcome.other.misc',
    ]);
    expect(r.indicators['apply.outcome.refused.stateSecret.naturalPerson']).toBe(1);
    expect(r.indicators['apply.outcome.unavailable.notHeld.total']).toBe(2);
  });

  it('should place section 四 columns named only by their upper header level (复议后起诉 × 5)', () => {
    const columns = [
      '结果维持',
      '结果纠正',
      '其他结果',
      '尚未审结',
      '总计',
      '未经复议直接起诉/结果维持',
      '未经复议直接起诉/结果纠正',
      '未经复议直接起诉/其他结果',
      '未经复议直接起诉/尚未审结',
      '未经复议直接起诉/总计',
      '复议后起诉',
      '复议后起诉',
      '复议后起诉',
      '复议后起诉',
      '复议后起诉',
    ];
    const values = [0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 2, 0, 0, 0, 2];
    const r = report([table(columns, [row({ label: '', values, cells: values.map(String) })])], [], { year: 2023 });
    r.tables[0]!.headers = [['行政复议', '行政诉讼']];
    applyTemplate(r);
    expect(r.tables[0]!.rows[0]!.key).toBe('reviewLitigation');
    expect(r.indicators).toMatchObject({
      'review.pending': 1,
      'review.total': 1,
      'litigation.direct.total': 0,
      'litigation.afterReview.upheld': 2,
      'litigation.afterReview.total': 2,
    });
  });

  it('should take matrix columns by position, aligned right, when the header names are lost', () => {
    const columns = ['列1', '列2', '列3', '列4', '列5', '列6', '列7', '列8'];
    const r = report(
      [table(columns, [row({ label: '本年新收政府信息公开申请数量', values: [null, 5, 1, 0, 0, 0, 0, 6] })])],
      [],
      { year: 2020 },
    );
    applyTemplate(r);
    expect(r.indicators).toMatchObject({
      'apply.new.naturalPerson': 5,
      'apply.new.commercial': 1,
      'apply.new.total': 6,
    });
  });

  it('should map the 2019 本年增/减 column, whose name holds a slash', () => {
    const r = report(
      [
        table(['上一年项目数量', '本年增/减', '处理决定数量'], [row({ label: '行政许可', values: [46, -2, 1873] })], {
          clause: '第二十条第（五）项',
          headers: [['信息内容', '上一年项目数量', '本年增/减', '处理决定数量']],
        }),
      ],
      [],
      { year: 2019 },
    );
    applyTemplate(r);
    expect(r.template).toBe('gov-2019');
    expect(r.indicators).toEqual({
      'active.licensing.previousYear': 46,
      'active.licensing.change': -2,
      'active.licensing.decisions': 1873,
    });
  });

  it('should ignore pinyin injected after characters in mirrored copies (申請(qǐng)數(shù))', () => {
    const r = report([
      table(
        ['年度累計數'],
        [
          row({ label: '收到申請(qǐng)數(shù)', marker: '(一)', unit: '件', values: [5] }),
          row({ label: '當(dāng)面申請(qǐng)數(shù)', marker: '1.', unit: '件', values: [5], parent: 0 }),
        ],
        {
          headers: [['統(tǒng)計(jì)指標(biāo)', '單位', '年度累計數(shù)']],
        },
      ),
    ]);
    applyTemplate(r);
    expect(r.indicators).toEqual({ 'apply.received': 5, 'apply.received.inPerson': 5 });
  });

  it('should match a label whose note was cut by a line wrap', () => {
    const r = report([
      table(
        ['年度累计数'],
        [row({ label: '主动公开政府信息数(不同渠道和方式公开相同信', marker: '(一)', unit: '条', values: [648] })],
        { headers: [['统计指标', '单位', '年度累计数']] },
      ),
    ]);
    applyTemplate(r);
    expect(r.indicators).toEqual({ 'active.total': 648 });
  });

  it('should give the same result when applied twice', () => {
    const r = formReport(byId('gov-2021'), { 'apply.new.total': 7 });
    applyTemplate(r);
    const once = JSON.stringify(r);
    expect(applyTemplate(r)).toEqual([]);
    expect(JSON.stringify(r)).toBe(once);
  });

  it('should keep empty cells null, not 0', () => {
    const r = formReport(byId('legacy-2008'), { 'active.channels.other': null });
    applyTemplate(r);
    expect(r.indicators['active.channels.other']).toBeNull();
  });

  it('should leave provincial extra rows unkeyed with an info diagnostic at the row', () => {
    const r = formReport(byId('legacy-2008'));
    r.tables[0]!.rows.push(row({ label: '征地补偿', marker: '19.', unit: '件', values: [3] }));
    const diagnostics = applyTemplate(r);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'template-row-unmatched',
      severity: 'info',
      position: r.tables[0]!.rows.at(-1)!.position,
    });
    expect(r.tables[0]!.rows.at(-1)!.key).toBeNull();
  });

  it('should report an unknown template once and assign no keys', () => {
    const r = report([table(['数量'], [row({ label: '举办讲座', values: [2] })])]);
    const diagnostics = applyTemplate(r);
    expect(r.template).toBe('unknown');
    expect(r.indicators).toEqual({});
    expect(diagnostics.map((d) => d.code)).toEqual(['template-unknown']);
  });

  it('should keep the first value when a key repeats', () => {
    const r = report([
      table(
        ['年度累计数'],
        [row({ label: '收到申请数', unit: '件', values: [3] }), row({ label: '收到申请数', unit: '件', values: [4] })],
        { headers: [['统计指标', '单位', '年度累计数']] },
      ),
    ]);
    applyTemplate(r);
    expect(r.indicators['apply.received']).toBe(3);
  });
});
