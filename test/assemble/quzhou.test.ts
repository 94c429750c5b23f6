/** The reference sample, field by field (issue 2 "Done means"). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReportText, type Report } from '../../src/index.js';

const text = readFileSync(new URL('../../samples/quzhou-safety-2018.txt', import.meta.url), 'utf8');
const report: Report = parseReportText(text, { fileName: 'quzhou-safety-2018.txt' });
const table = report.tables[0]!;
const row = (label: string) => table.rows.find((r) => r.label === label)!;

describe('quzhou-safety-2018.txt', () => {
  it('should read the metadata', () => {
    expect(report.schemaVersion).toBe(1);
    expect(report.source).toEqual({ format: 'text', encoding: null, fileName: 'quzhou-safety-2018.txt', pages: null });
    expect(report.title).toBeNull();
    expect(report.agency).toBe('衢州市安全生产监督管理局');
    expect(report.year).toBe(2018);
    expect(report.publishedOn).toBe('2019-01-07');
    expect(report.contact).toEqual({
      address: '衢州市江郎中路2号',
      postcode: '324000',
      phone: '0570-3080981',
      fax: '0570-3080058',
      email: 'qzajjgzwx@163.com',
    });
  });

  it('should join the preamble broken inside 电子邮箱:', () => {
    expect(report.preamble).toHaveLength(1);
    expect(report.preamble[0]!.text).toMatch(/^根据《中华人民共和国政府信息公开条例》/);
    expect(report.preamble[0]!.text).toMatch(/电子邮箱:qzajjgzwx@163\.com。$/);
    expect(report.preamble[0]!.position.start).toEqual({ line: 1, column: 1, offset: 0 });
    expect(report.preamble[0]!.position.end.line).toBe(2);
  });

  it('should build seven top sections with 二 having four children and 七 four inline items', () => {
    expect(report.sections.map((s) => s.marker)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、']);
    expect(report.sections.map((s) => s.level)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(report.sections[0]!.heading).toBe('政府信息公开基本情况');
    const two = report.sections[1]!;
    expect(two.children.map((s) => [s.marker, s.ordinal, s.level])).toEqual([
      ['(一)', 1, 2],
      ['(二)', 2, 2],
      ['(三)', 3, 2],
      ['(四)', 4, 2],
    ]);
    expect(two.children[0]!.heading).toBe('强化责任,确保政务公开组织到位');
    const seven = report.sections[6]!;
    expect(seven.paragraphs).toHaveLength(1);
    expect(seven.children.map((s) => s.marker)).toEqual(['一是', '二是', '三是', '四是']);
    expect(seven.children[0]!.heading).toBe('进一步规范和丰富公开内容');
    expect(seven.children[0]!.paragraphs[0]!.text).toMatch(/^通过梳理信息内容/);
    expect(seven.children[3]!.paragraphs[0]!.text).toMatch(/工作水平和效率。$/);
  });

  it('should keep the signature and the table out of section 七', () => {
    expect(report.signature.map((p) => p.text)).toEqual(['衢州市安全生产监督管理局', '2019年1月7日']);
    expect(report.appendix.map((p) => p.text)).toEqual(['附件']);
    expect(report.sections[6]!.tables).toEqual([]);
    expect(report.sections[6]!.position.start.line).toBe(22);
    expect(report.sections[6]!.position.end.line).toBe(27);
  });

  it('should read one table with 84 rows, its title, unit and columns', () => {
    expect(report.tables).toHaveLength(1);
    expect(table.title).toBe('政府信息公开情况统计表 (2018年度)');
    expect(table.reportingUnit).toBe('衢州市安监局');
    expect(table.columns).toEqual(['年度累计数']);
    expect(table.headers).toEqual([['统 计 指 标', '单位', '年度累计数']]);
    expect(table.rows).toHaveLength(84);
  });

  it('should read every value and unit as printed', () => {
    const all = text.split('\n');
    const lines = all.filter((line) => line.includes('|')).slice(2);
    const lineNumbers = all.flatMap((line, n) => (line.includes('|') ? [n + 1] : [])).slice(2);
    expect(lines).toHaveLength(84);
    lines.forEach((line, i) => {
      const cells = line.split('|').map((cell) => cell.trim());
      const r = table.rows[i]!;
      expect(r.unit).toBe(cells[1]);
      expect(r.values).toEqual([cells[2] === '' ? null : Number(cells[2])]);
      expect(r.position.start.line).toBe(lineNumbers[i]);
    });
  });

  it('should split markers, labels and notes', () => {
    expect(table.rows[1]).toMatchObject({
      marker: '(一)',
      label: '主动公开政府信息数',
      note: '不同渠道和方式公开相同信息计1条',
      unit: '条',
      values: [502],
    });
    expect(table.rows[2]).toMatchObject({ marker: '其中', label: '主动公开规范性文件数', values: [null] });
    expect(row('其它')).toMatchObject({ marker: '18.', values: [1] });
  });

  it('should nest rows by marker, with 其中 rows and the unmarked rows after them under the row above', () => {
    const parentLabel = (label: string) => {
      const r = row(label);
      return r.parent === null ? null : table.rows[r.parent]!.label;
    };
    expect(parentLabel('主动公开情况')).toBeNull();
    expect(parentLabel('主动公开政府信息数')).toBe('主动公开情况');
    expect(parentLabel('主动公开规范性文件数')).toBe('主动公开政府信息数');
    expect(parentLabel('制发规范性文件总数')).toBe('主动公开政府信息数');
    expect(parentLabel('政府网站公开政府信息数')).toBe('通过不同渠道和方式公开政府信息的情况');
    expect(parentLabel('主要负责同志参加新闻发布会次数')).toBe('参加或举办新闻发布会总次数');
    expect(parentLabel('涉及商业秘密')).toBe('不同意公开答复数');
    expect(parentLabel('不属于本行政机关公开数')).toBe('申请答复数');
    expect(parentLabel('举报投诉数量')).toBeNull();
    expect(row('涉及商业秘密').depth).toBe(3);
  });
});
