import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/pipeline/index.js';

/**
 * An untitled department report (a mirror's copy starting at 一、总体情况) names itself only as the subject of its
 * first sentence, by its level and office: 2021年,县乡村振兴局严格按照…. That is the department's own name, unlike
 * 区政府 or 县政府办, which stand for another body. Names read by hand from the texts below.
 */
const rest = [
  '(一)主动公开情况。2021年以来公开政府信息98条。',
  '二、主动公开政府信息情况',
  '本年度未制发规范性文件。',
].join('\n');

describe('a department named by its level and office in an untitled report', () => {
  it.each(['县乡村振兴局', '区统计局', '市生态环境局'])('takes %s, the subject of the year sentence', (name) => {
    const text = ['一、总体情况', `2021年,${name}严格按照县委县政府要求,认真贯彻落实《条例》及相关规定。`, rest].join(
      '\n',
    );
    expect(parseReportText(text).agency).toBe(name);
  });

  it.each(['县政府', '区政府办', '县人民政府'])('keeps %s a short form of another body (no agency)', (name) => {
    const text = ['一、总体情况', `2021年,${name}严格按照上级要求,认真贯彻落实《条例》及相关规定。`, rest].join('\n');
    expect(parseReportText(text).agency).toBeNull();
  });
});
