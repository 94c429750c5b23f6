import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/pipeline/index.js';

/**
 * A report without title whose preamble publishes it "to the public" (特向社会公布某街道办事处2022年…年度报告): the
 * name between the verb and the year is the agency, as after 现将 / 现公布. Names read by hand from the texts below.
 */
const body = ['一、总体情况', '1.主动公开政府信息情况', '2022年我街发布各类主动公开政府信息4条。'].join('\n');

describe('the agency named in a preamble that publishes the report to the public', () => {
  it.each([
    ['特向社会公布', '象园街道办事处'],
    ['现向社会公开', '某县统计局'],
    ['向社会公布', '某镇人民政府'],
  ])('reads the name after %s', (verb, name) => {
    const text = [
      '',
      `根据《中华人民共和国政府信息公开条例》,${verb}${name}2022年政府信息公开工作年度报告。如对本报告有任何疑问,请与某区某街道党政办公室联系(电话:83653864)。`,
      body,
    ].join('\n');
    expect(parseReportText(text).agency).toBe(name);
  });

  it('does not take a stand-in (特向社会公布我镇2022年…)', () => {
    const text = ['', '根据《条例》,特向社会公布我镇2022年政府信息公开工作年度报告。', body].join('\n');
    expect(parseReportText(text).agency).toBeNull();
  });
});
