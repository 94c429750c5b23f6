/** The public API: exactly these names, nothing else (mdast-util-from-markdown test/index.js). */
import { describe, expect, it } from 'vitest';

describe('public API', () => {
  it('should expose exactly the documented names', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
      'ReportError',
      'applyTemplate',
      'detectTemplate',
      'diagnosticCodes',
      'errorCodes',
      'extractReport',
      'extractReports',
      'importDocument',
      'isReportError',
      'loadReports',
      'openReportDatabase',
      'parseReportText',
      'stringifyPosition',
      'validateReport',
    ]);
  });

  it('should throw a typed INVALID_OPTION error for bad options (non-string input: test/robustness)', async () => {
    const { parseReportText } = await import('../src/index.js');
    for (const bad of [null, 3, { fileName: 3 }]) {
      expect(() => parseReportText('', bad as never)).toThrow(
        expect.objectContaining({ name: 'ReportError', code: 'INVALID_OPTION' }),
      );
    }
  });

  it('should return a Report for empty text', async () => {
    const { parseReportText } = await import('../src/index.js');
    const report = parseReportText('');
    expect(report).toMatchObject({ schemaVersion: 1, template: 'unknown', title: null, sections: [], tables: [] });
  });
});
