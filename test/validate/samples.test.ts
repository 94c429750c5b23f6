import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/pipeline/index.js';
import { getCatalogue, listIndicators } from '../../src/templates/catalogue.js';
import { applyTemplate } from '../../src/templates/index.js';
import type { Diagnostic, Report } from '../../src/types.js';
import { validateReport } from '../../src/validate/index.js';

const dir = new URL('../../samples/', import.meta.url);

function load(name: string): { report: Report; applied: Diagnostic[]; validated: Diagnostic[]; lines: string[] } {
  const text = readFileSync(new URL(name, dir), 'utf8');
  const report = parseReportText(text, { fileName: name });
  const applied = applyTemplate(report);
  const validated = validateReport(report);
  return { report, applied, validated, lines: text.split('\n') };
}

const lineOf = (lines: string[], start: string): number => lines.findIndex((l) => l.startsWith(start)) + 1;

describe('the 衢州 2018 seed report', () => {
  const { report, validated, lines } = load('quzhou-safety-2018.txt');

  it('should follow the 2008–2018 form and key all 84 rows', () => {
    expect(report.template).toBe('legacy-2008');
    expect(report.tables[0]!.rows.filter((r) => r.key !== null)).toHaveLength(84);
    expect(report.indicators).toMatchObject({
      'active.total': 502,
      'active.channels.website': 361,
      'apply.received': 0,
      'apply.received.fax': 1,
      'active.channels.other': null,
    });
  });

  it('should find 收到申请数 0 while its channels add up to 1, at the 收到申请数 row', () => {
    const found = validated.filter((d) => d.code === 'validate-sum-mismatch');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ actual: 0, expected: 1 });
    expect(found[0]!.position!.start).toMatchObject({ line: lineOf(lines, '(一)收到申请数'), column: 1 });
    expect(found[0]!.related!.map((p) => p.start.line)).toEqual(
      [1, 2, 3, 4].map((i) => lineOf(lines, '(一)收到申请数') + i),
    );
  });

  it('should find 三、依申请公开情况 1 while 收到申请数 is 0, at the heading row', () => {
    const found = validated.filter((d) => d.code === 'validate-heading-value-mismatch');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ actual: 1, expected: 0 });
    expect(found[0]!.position!.start.line).toBe(lineOf(lines, '三、依申请公开情况 |'));
    expect(found[0]!.related!.map((p) => p.start.line)).toEqual([lineOf(lines, '(一)收到申请数')]);
  });

  it('should accept the 主动公开 channels 0 + 361 + 1 + 140 + empty = 502', () => {
    const channelRow = lineOf(lines, '(二)通过不同渠道和方式公开政府信息的情况');
    expect(validated.filter((d) => d.position?.start.line === channelRow)).toEqual([]);
  });

  it('should point the narrative 受理依申请公开1件 at the sentence and the table row', () => {
    const found = validated.filter((d) => d.code === 'validate-narrative-mismatch');
    expect(found.map((d) => [d.actual, d.expected])).toEqual([[1, 0]]);
    expect(found[0]!.position!.start.line).toBe(lineOf(lines, '提高依申请公开服务能力'));
    expect(found[0]!.related!.map((p) => p.start.line)).toEqual([lineOf(lines, '(一)收到申请数')]);
  });

  it('should emit nothing else', () => {
    expect(validated.map((d) => d.code).sort()).toEqual([
      'validate-heading-value-mismatch',
      'validate-narrative-mismatch',
      'validate-sum-mismatch',
    ]);
  });
});

/** Samples whose form is known, with the fewest indicators they must fill. */
const expectations: Record<string, [Report['template'], number]> = {
  'quzhou-safety-2018.txt': ['legacy-2008', 84],
  'dongguan-housing-2017-headings.txt': ['legacy-2008', 60],
  'ningbo-jiangbei-education-2015-fullwidth.txt': ['legacy-2008', 40],
  'minhang-district-2013-traditional.txt': ['legacy-2008', 24],
  'wujiang-city-2011-docnumber.txt': ['legacy-2008', 20],
  'sanming-meilie-district-2016-provincial.txt': ['legacy-2008', 20],
  'taizhou-natural-resources-2019-gov2019.txt': ['gov-2019', 190],
  'hangzhou-gongshu-health-2020-crlf-nbsp.txt': ['gov-2019', 190],
  'laiyang-market-regulation-2022-gov2021.txt': ['gov-2021', 190],
  'ningxiang-huaminglou-town-2023-notitle.txt': ['gov-2021', 190],
};

describe('every sample', () => {
  const names = readdirSync(dir).filter((n) => n.endsWith('.txt'));
  for (const name of names) {
    it(`${name}: should fill indicators only with keys of its template, and validate without failing`, () => {
      const { report, validated } = load(name);
      const catalogue = getCatalogue(report.template);
      const keys = new Set(catalogue ? listIndicators(catalogue).map((i) => i.key) : []);
      expect(Object.keys(report.indicators).filter((k) => !keys.has(k))).toEqual([]);
      expect(validated.filter((d) => d.code === 'validate-internal-error')).toEqual([]);
      const expected = expectations[name];
      if (expected) {
        expect(report.template).toBe(expected[0]);
        expect(Object.keys(report.indicators).length).toBeGreaterThanOrEqual(expected[1]);
      }
    });
  }
});
