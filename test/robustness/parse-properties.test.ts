import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isReportError } from '../../src/errors.js';
import { parseReportText } from '../../src/pipeline/index.js';
import type { Report } from '../../src/types.js';
import { reportShapeProblem, unaccountedLines } from './helpers/accounted.js';
import { anyInput, anyUnicode, deepNumbering, reportText } from './helpers/arbitraries.js';

/** Fixed seed and a modest count keep `npm test` fast and repeatable; `npm run fuzz` runs 100,000. */
const settings = { seed: 20261128, numRuns: 120 } as const;

function parsesAndAccounts(text: string): Report {
  const report = parseReportText(text);
  expect(reportShapeProblem(report)).toBeNull();
  expect(unaccountedLines(text, report)).toEqual([]);
  return report;
}

describe('parseReportText on any input', () => {
  it('returns a Report for report-like text with markers, pipes, full-width forms and mixed line ends, accounting for every non-blank line', () => {
    fc.assert(
      fc.property(reportText, (text) => void parsesAndAccounts(text)),
      settings,
    );
  });

  it('returns a Report for arbitrary Unicode, lone surrogates and control characters included', () => {
    fc.assert(
      fc.property(anyUnicode, (text) => void parsesAndAccounts(text)),
      settings,
    );
  });

  it('returns a Report for the fuzz mix and for deep numbering', () => {
    fc.assert(
      fc.property(anyInput, (text) => void parsesAndAccounts(text)),
      settings,
    );
    fc.assert(
      fc.property(deepNumbering, (text) => void parsesAndAccounts(text)),
      { ...settings, numRuns: 30 },
    );
  });

  it('keeps a 1 MB single line as a section, and a 256 KB line of pipes as a row', () => {
    const prose = '一、' + '政府信息公开'.repeat(170_000);
    const report = parsesAndAccounts(prose);
    expect(report.sections[0]?.marker).toBe('一、');
    // The 1 MB pipe line is in `npm run fuzz`; a quarter of it keeps this file fast.
    const row = parsesAndAccounts('1 | '.repeat(64_000));
    expect(row.tables.flatMap((t) => t.rows).length + row.tables.flatMap((t) => t.headers).length).toBeGreaterThan(0);
  });

  it('returns an empty Report for 100,000 empty lines and for the empty string', () => {
    for (const text of ['\n'.repeat(100_000), '\r\n'.repeat(1000), '', '\u3000 \u00a0\t']) {
      const report = parsesAndAccounts(text);
      expect(report.sections).toEqual([]);
      expect(report.tables).toEqual([]);
    }
  });

  it('gives a Report when a pipe row is followed by emoji, control or lone-surrogate characters (fuzz find, 16:30)', () => {
    for (const tail of ['\ud9cc', '\udc00', '😀', '\u0001', '\ufffe', 'x', '一']) {
      for (const row of ['|', 'a | b |', '统计指标 | 单位 | 数 |']) {
        const report = parsesAndAccounts(`${row}\n${tail}`);
        expect(report.tables.length + report.appendix.length + report.preamble.length).toBeGreaterThan(0);
      }
    }
  });

  it('keeps all 5,000 headings of a deeply numbered text', () => {
    const markers = ['一、', '（一）', '1.', '（1）', '①'];
    const text = Array.from({ length: 5000 }, (_, i) => `${markers[i % 5]}标题${i}`).join('\n');
    parsesAndAccounts(text);
  });

  it('throws a typed ReportError, not a TypeError, when misused with a non-string', () => {
    for (const bad of [null, undefined, 42, Buffer.from('一、概述'), { text: '' }]) {
      let caught: unknown;
      try {
        parseReportText(bad as unknown as string);
      } catch (error) {
        caught = error;
      }
      expect(isReportError(caught)).toBe(true);
      expect((caught as { code: string }).code).toBe('INVALID_INPUT');
    }
  });
});

describe('the accounting check itself', () => {
  it('reports the lines a Report does not claim, ignoring blank ones', () => {
    const report = parseReportText('一、概述\n正文。');
    const emptied: Report = {
      ...report,
      sections: [],
      preamble: [],
      signature: [],
      appendix: [],
      tables: [],
      diagnostics: [],
      title: null,
      agency: null,
      contact: {},
    };
    expect(unaccountedLines('一、概述\n\u3000\n正文。', emptied)).toEqual([1, 3]);
  });

  it('finds a missing field in a broken Report', () => {
    expect(reportShapeProblem({ schemaVersion: 1 })).toBe('preamble is not an array');
    expect(reportShapeProblem(parseReportText('一、概述'))).toBeNull();
  });
});
