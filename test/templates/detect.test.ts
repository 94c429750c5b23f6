import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/templates/catalogue.js';
import { detectTemplate } from '../../src/templates/detect.js';
import { formReport, report, row, section, table } from './helpers/build-report.js';

const byId = (id: string) => catalogues.find((c) => c.id === id)!;

describe('detectTemplate', () => {
  for (const catalogue of catalogues) {
    it(`should recognise a whole ${catalogue.id} form`, () => {
      expect(detectTemplate(formReport(catalogue))).toBe(catalogue.id);
    });
  }

  it('should follow the tables, not the year: a 2020 report on the old statistics table is legacy-2008', () => {
    const r = formReport(byId('legacy-2008'));
    r.year = 2020;
    expect(detectTemplate(r)).toBe('legacy-2008');
  });

  it('should follow the tables, not the year: a 2020 report on the 2021 columns is gov-2021', () => {
    const r = formReport(byId('gov-2021'));
    r.year = 2020;
    expect(detectTemplate(r)).toBe('gov-2021');
  });

  it('should find a phrase only whole: cut at the end of a text, or after an earlier text already had it', () => {
    const labelled = (...labels: string[]) =>
      report([
        table(
          ['本年'],
          labels.map((label) => row({ label, values: [1] })),
        ),
      ]);
    // 收到申请数 (the 2008 table) cut short at the end of the label is no phrase.
    expect(detectTemplate(labelled('收到申请'))).toBe('unknown');
    expect(detectTemplate(labelled('收到申请数'))).toBe('legacy-2008');
    // Found once, the phrase counts once: later texts with it (and texts where it sits after a near miss) change nothing.
    expect(detectTemplate(labelled('收到申请', '其中收到申请数', '收到申请数', '收到申请数'))).toBe('legacy-2008');
    // A text that is not plain (full-width parentheses) is looked at in its canonical form, after plain ones.
    expect(detectTemplate(labelled('收到申请', '收到申请数（件）'))).toBe('legacy-2008');
  });

  it('should use the year only when the 2019 and 2021 phrases tie (a section 三 table alone)', () => {
    const matrix = () =>
      report([
        table(
          ['申请人情况/自然人', '申请人情况/总计'],
          [row({ label: '本年新收政府信息公开申请数量', marker: '一、', values: [1, 1] })],
        ),
      ]);
    expect(detectTemplate({ ...matrix(), year: 2019 })).toBe('gov-2019');
    expect(detectTemplate({ ...matrix(), year: 2022 })).toBe('gov-2021');
  });

  it('should read spaced, full-width and traditional headers (統 計 指 標 | 單位 | 年度累計數)', () => {
    const r = report([
      table(
        ['年度累計數'],
        [
          row({ label: '主動公開政府資訊數', marker: '（一）', unit: '條', values: [3] }),
          row({ label: '收 到 申 請 數', unit: '件', values: [0] }),
        ],
        {
          headers: [['統 計 指 標', '單位', '年度累計數']],
        },
      ),
    ]);
    expect(detectTemplate(r)).toBe('legacy-2008');
  });

  it('should detect the 2019/2021 forms from section headings when tables are missing', () => {
    const r = report([], [section('收到和处理政府信息公开申请情况'), section('政府信息公开行政复议、行政诉讼情况')], {
      year: 2019,
    });
    expect(detectTemplate(r)).toBe('gov-2019');
  });

  it('should not give a report for a year before 2019 a form that did not exist, from its headings alone', () => {
    const headings = () => [section('收到和处理政府信息公开申请情况'), section('政府信息公开行政复议、行政诉讼情况')];
    expect(detectTemplate(report([], headings(), { year: 2012 }))).toBe('legacy-2008');
    expect(detectTemplate(report([], headings(), { year: 2018 }))).toBe('legacy-2008');
    expect(detectTemplate(report([], headings(), { year: 2020 }))).toBe('gov-2019');
    // A table of the modern forms outweighs the year.
    const matrix = table(
      ['申请人情况/自然人', '申请人情况/总计'],
      [row({ label: '本年新收政府信息公开申请数量', marker: '一、', values: [1, 1] })],
    );
    expect(detectTemplate(report([matrix], headings(), { year: 2012 }))).toBe('gov-2019');
  });

  it('should say unknown when no form phrase appears', () => {
    expect(detectTemplate(report([table(['数量'], [row({ label: '举办讲座', values: [2] })])]))).toBe('unknown');
  });
});
