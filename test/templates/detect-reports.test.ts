/** Template detection on real report text, end to end. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/index.js';

describe('detectTemplate on real reports', () => {
  it('should give a 2012 report without tables, whose headings use the later forms’ words, the 2008 form', () => {
    // A bureau's 2012 report as a traditional-character mirror copied it (the first part of the page:
    // http://www.qqqwwww.cn/zssrmzf/zfxxgkndbg7a/201303/b5fe0eae165846e4b00051d7e6c54a83.shtml). Its section 三 is
    // headed 收到和處理政府信息公開申請情況, the 2019/2021 forms' heading; it has no table; the year is 2012.
    const text = readFileSync(new URL('../fixtures/pages/2012-bureau-traditional-mirror.txt', import.meta.url), 'utf8');
    const report = parseReportText(text);
    expect(report.year).toBe(2012);
    expect(report.tables).toEqual([]);
    expect(report.sections.map((s) => s.heading)[2]).toBe('收到和處理政府信息公開申請情況');
    expect(report.template).toBe('legacy-2008');
  });
});
