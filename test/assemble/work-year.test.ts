import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/pipeline/index.js';

// No title, no preamble, no date: the year is printed once, before the work it reports on. Read by hand.
const text = [
  '一、总体情况',
  '本报告是根据《中华人民共和国政府信息公开条例》要求,现结合我镇实际,从总体情况,主动公开政府信息情况等六个方面汇报我镇2023年政府信息公开工作。',
  '二、主动公开政府信息情况',
  '我镇全年主动公开政府信息56条。',
].join('\n');

describe('the year before 政府信息公开工作 in the opening text', () => {
  it('is the year reported on', () => {
    expect(parseReportText(text).year).toBe(2023);
  });
});
