import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/pipeline/index.js';

// Word processors print (一) as the one character ㈠ (U+3220 PARENTHESIZED IDEOGRAPH ONE). Headings read by hand.
const text = [
  '2008年度某市政府信息公开工作年度报告',
  '  一、概述 ',
  '  推进政府信息公开是市政府的一项重要工作。',
  '  ㈠建立健全工作机制 ',
  '  1.成立了政府信息公开工作领导小组。',
  '  ㈡完善公开制度',
  '  制定了主动公开、依申请公开等制度。',
  '  二、主动公开政府信息的情况',
  '  全年主动公开政府信息120条。',
].join('\n');

describe('level-2 headings numbered ㈠ ㈡', () => {
  const report = parseReportText(text);

  it('reads them as subsections of 一、 with their ordinals', () => {
    const top = report.sections[0]!;
    expect(top.heading).toBe('概述');
    expect(top.children.map((s) => [s.marker, s.heading, s.level, s.ordinal])).toEqual([
      ['㈠', '建立健全工作机制', 2, 1],
      ['㈡', '完善公开制度', 2, 2],
    ]);
    expect(top.children[0]!.children.map((s) => s.marker)).toEqual(['1.']);
    expect(report.sections[1]!.heading).toBe('主动公开政府信息的情况');
  });
});
