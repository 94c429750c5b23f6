import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/templates/catalogue.js';
import { applyTemplate } from '../../src/templates/index.js';
import { parseCount } from '../../src/validate/narrative.js';
import { validateReport } from '../../src/validate/index.js';
import { formReport, paragraph, section } from '../templates/helpers/build-report.js';

const byId = (id: string) => catalogues.find((c) => c.id === id)!;

function narrative(template: string, values: Record<string, number | null>, ...texts: string[]) {
  const r = formReport(byId(template), values);
  r.sections = [section('总体情况', texts.map(paragraph))];
  applyTemplate(r);
  return { report: r, found: validateReport(r).filter((d) => d.code === 'validate-narrative-mismatch') };
}

describe('narrative against table', () => {
  it('should accept figures that agree with the table (total, website, 微博微信 together)', () => {
    const values = {
      'active.total': 502,
      'active.channels.website': 361,
      'active.channels.weibo': 1,
      'active.channels.wechat': 140,
    };
    const text = '我局主动公开政府信息共 502 条,其中通过政府网站主动公开信息361条,通过政务微博微信公开数141条。';
    expect(narrative('legacy-2008', values, text).found).toEqual([]);
  });

  it('should report a stated figure that differs, pointing at the sentence and the row', () => {
    const { report, found } = narrative(
      'legacy-2008',
      { 'apply.received': 0 },
      '2018年度,我局受理依申请公开1件,依法按期答复办结0件。',
    );
    expect(found).toHaveLength(1);
    const d = found[0]!;
    expect(d).toMatchObject({ severity: 'warning', actual: 1, expected: 0, note: 'narrative rule applications' });
    const sentence = report.sections[0]!.paragraphs[0]!;
    const at = sentence.text.indexOf('受理依申请公开1件');
    expect(d.position!.start.offset).toBe(sentence.position.start.offset + at);
    expect(d.position!.end.offset - d.position!.start.offset).toBe('受理依申请公开1件'.length);
    const receivedRow = report.tables[0]!.rows.find((r) => r.key === 'apply.received')!;
    expect(d.related).toEqual([receivedRow.position]);
  });

  it('should read a stated zero (未收到信息公开申请; 无…行政复议和行政诉讼)', () => {
    const { found } = narrative(
      'legacy-2008',
      { 'apply.received': 2, 'review.total': 1, 'litigation.total': 0 },
      '2018年未收到信息公开申请。',
      '2018年无因政府信息公开引起的行政复议和行政诉讼。',
    );
    expect(found.map((d) => [d.note, d.actual, d.expected])).toEqual([
      ['narrative rule applications-none', 0, 2],
      ['narrative rule reviews-none', 0, 1],
    ]);
  });

  it('should read 按时办结 and 延期办结 as their own rows, not as 办结', () => {
    const { found } = narrative(
      'legacy-2008',
      { 'apply.closed': 60, 'apply.closed.onTime': 58, 'apply.closed.extended': 2 },
      '已办结60件,其中按时办结58件,延期办结2件。',
    );
    expect(found).toEqual([]);
  });

  it('should compare 2019/2021 statements with the matrix totals and section 四', () => {
    const values = {
      'apply.new.total': 859,
      'review.total': 7,
      'litigation.direct.total': 8,
      'litigation.afterReview.total': 1,
    };
    expect(narrative('gov-2019', values, '共受理政府信息公开申请859件。信息公开类行政复议7件,诉讼9件。').found).toEqual(
      [],
    );
    const { found } = narrative(
      'gov-2021',
      { ...values, 'apply.new.total': 12, 'apply.carriedOver.total': 2 },
      '全年共收到政府信息公开申请15件,上年结转1件,办结13件。',
    );
    expect(found.map((d) => [d.note, d.actual, d.expected])).toEqual([
      ['narrative rule applications', 15, 12],
      ['narrative rule closed', 13, 0],
      ['narrative rule carried-over', 1, 2],
    ]);
  });

  it('should read full-width digits and small Chinese numerals', () => {
    expect(narrative('legacy-2008', { 'apply.received': 3 }, '受理依申请公开３件。').found).toEqual([]);
    expect(narrative('legacy-2008', { 'apply.received': 3 }, '受理依申请公开三件。').found).toEqual([]);
    expect(parseCount('二百零五')).toBe(205);
    expect(parseCount('十二')).toBe(12);
    expect(parseCount('一千零五')).toBe(1005);
  });

  it('should read statements in traditional characters', () => {
    const { found } = narrative(
      'legacy-2008',
      { 'review.total': 38, 'litigation.total': 20 },
      '2013年,全區因政府資訊公開引起的行政複議38件,行政訴訟21件。',
    );
    expect(found.map((d) => [d.note, d.actual, d.expected])).toEqual([['narrative rule litigation', 21, 20]]);
  });

  it('should read a traditional paragraph as printed when the report is not a traditional copy', () => {
    // Headings and the first three paragraphs are simplified: the report is no mirror copy, so the fourth paragraph's
    // traditional 訴訟 stays as printed and no rule reads it (the copy is judged only when such a paragraph turns up).
    const simplified = ['本年度工作总体情况良好。', '我们完善了制度。', '我们加强了培训。'];
    const mixed = narrative('legacy-2008', { 'litigation.total': 20 }, ...simplified, '行政訴訟21件。');
    expect(mixed.found).toEqual([]);
    // The same paragraph first: the report reads as a traditional copy and the figure is compared.
    const copy = narrative('legacy-2008', { 'litigation.total': 20 }, '行政訴訟21件。', ...simplified);
    expect(copy.found.map((d) => [d.note, d.actual, d.expected])).toEqual([['narrative rule litigation', 21, 20]]);
  });

  it('should skip statements about rows whose table cell is empty', () => {
    expect(narrative('legacy-2008', { 'apply.received': null }, '受理依申请公开4件。').found).toEqual([]);
  });
});
