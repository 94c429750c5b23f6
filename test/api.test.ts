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
      'parseReportText',
      'stringifyPosition',
      'validateReport',
    ]);
  });

  it('should throw a typed ReportError for misuse, never a TypeError', async () => {
    const { parseReportText, isReportError } = await import('../src/index.js');
    for (const bad of [undefined, null, 42, {}, Buffer.from('x')]) {
      let caught: unknown;
      try {
        parseReportText(bad as unknown as string);
      } catch (error) {
        caught = error;
      }
      expect(isReportError(caught)).toBe(true);
      expect((caught as { code: string }).code).toBe('INVALID_INPUT');
    }
    expect(() => parseReportText('', { fileName: 3 as unknown as string })).toThrow(/fileName/);
  });

  it('should return a Report for empty text', async () => {
    const { parseReportText } = await import('../src/index.js');
    const report = parseReportText('');
    expect(report).toMatchObject({ schemaVersion: 1, template: 'unknown', title: null, sections: [], tables: [] });
  });
});
