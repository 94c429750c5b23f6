/** The report-text grammar: tokens, optimisations, validations, and the lines it reports. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { IToken } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import {
  createReportTextLexer,
  parseReportTextLines,
  ReportTextParser,
  type LineSink,
} from '../../grammars/report-text/index.js';
import { LineRun, Marker, markerFamilyOf, Run } from '../../grammars/report-text/tokens.js';

const lexer = createReportTextLexer();
/**
 * Token type names; a marker's with its family, and a run's with "Cells" when it holds pipes (both
 * read from the payload): LineRun is LineCells or LineText, Run is Cells or Text.
 */
const names = (text: string) =>
  lexer.tokenize(text).tokens.map((token) => {
    if (token.tokenType === Marker) return `Marker(${markerFamilyOf(token)})`;
    if (token.tokenType === LineRun) return token.payload === undefined ? 'LineText' : 'LineCells';
    if (token.tokenType === Run) return token.payload === undefined ? 'Text' : 'Cells';
    return token.tokenType.name;
  });
const images = (text: string) => lexer.tokenize(text).tokens.map((token) => token.image);

type Event =
  | { kind: 'text'; marker?: string; text?: string }
  | { kind: 'row'; first: number; pipes: number[]; markers: string[]; newline: number }
  | { kind: 'blank'; offset: number };

/** The lines the grammar reports for `text`, and its errors. */
function lines(text: string): { events: Event[]; errors: unknown[] } {
  const events: Event[] = [];
  const sink: LineSink = {
    textLine: (marker?: IToken, body?: IToken) =>
      events.push({
        kind: 'text',
        ...(marker ? { marker: marker.image } : {}),
        ...(body ? { text: body.image } : {}),
      }),
    row: (first, pipes, markers, newline) =>
      events.push({ kind: 'row', first, pipes: [...pipes], markers: markers.map((m) => m.image), newline }),
    blank: (offset) => events.push({ kind: 'blank', offset }),
  };
  const errors = parseReportTextLines(text, sink);
  return { events, errors };
}

describe('report-text lexer', () => {
  it('should keep the first-character optimisation on (ensureOptimizations)', () => {
    expect(() => createReportTextLexer(true)).not.toThrow();
  });

  it('should read markers at the start of a line in half- and full-width forms', () => {
    expect(names('一、概述')).toEqual(['Marker(han)', 'Text']);
    expect(names('（一）强化责任')).toEqual(['Marker(han-paren)', 'Text']);
    expect(names('(一)强化责任')).toEqual(['Marker(han-paren)', 'Text']);
    expect(names('１．公开')).toEqual(['Marker(digit)', 'Text']);
    expect(names('1、公开')).toEqual(['Marker(digit)', 'Text']);
    expect(names('（1）公开')).toEqual(['Marker(digit-paren)', 'Text']);
    expect(names('1）公开')).toEqual(['Marker(digit-paren)', 'Text']);
    expect(names('①公开')).toEqual(['Marker(circled)', 'Text']);
    expect(names('一是进一步规范')).toEqual(['Marker(enumeration)', 'Text']);
    expect(names('第一部分 概述')).toEqual(['Marker(part)', 'Text']);
    expect(names('第一,主动公开')).toEqual(['Marker(ordinal)', 'Text']);
    expect(names('第二，筑牢信息“质量关”')).toEqual(['Marker(ordinal)', 'Text']);
    expect(names('第三、强化监督')).toEqual(['Marker(ordinal)', 'Text']);
    expect(names('附件')).toEqual(['Marker(appendix)']);
  });

  it('should read markers at the start of a table cell but not inside text', () => {
    expect(names('三、本年度办 理结果 | （一）予以公开 | 33')).toEqual([
      'Marker(han)',
      'Cells',
      'Marker(han-paren)',
      'Cells',
    ]);
    expect(names('三、本年度办 理结果 | 33 | （一）予以公开')).toEqual([
      'Marker(han)',
      'Cells',
      'Marker(han-paren)',
      'Text',
    ]);
    expect(names('我局一、二季度共公开（一）')).toEqual(['Text']);
    // 第一 without a comma after it is prose (第一次, 第一季度), and 第二十条 a clause.
    expect(names('第一次全体会议')).toEqual(['Text']);
    expect(names('第二十条第(一)项 | 1')).toEqual(['Cells']);
    expect(names('全镇第一，位居前列')).toEqual(['Text']);
  });

  it('should not read a decimal or a date as a marker', () => {
    expect(names('1.5')).toEqual(['Text']);
    expect(names('2019.1.7')).toEqual(['Text']);
    expect(names('0.00 | 1')).toEqual(['Cells']);
    // In a cell too: a number whose digits run into . or ) is tried as a marker, and read as text.
    expect(names('a | 1.5 | 12.30 | 2019.1.7 | (1)x')).toEqual(['Cells', 'Marker(digit-paren)', 'Text']);
    // … and one that is a marker is read as one: 2) and 3、 after a pipe.
    expect(images('a | 897 | 2) b | 3、完善')).toEqual(['a | 897 | ', '2)', 'b | ', '3、', '完善']);
  });

  it('should not read a host name that a line break left at the start of a line as a marker', () => {
    // 电子邮箱：tzzrzyj@ ⏎ 126.com): a PDF line break inside an e-mail address.
    expect(names('126.com)')).toEqual(['Text']);
    expect(names('163.COM')).toEqual(['Text']);
    expect(names('1.完善制度')).toEqual(['Marker(digit)', 'Text']);
    expect(names('2. 加强培训')).toEqual(['Marker(digit)', 'Text']);
  });

  it('should read a line as one run across pipes and cells, up to a cell that begins with a marker', () => {
    expect(images('a | 33 | 条 |')).toEqual(['a | 33 | 条 |']);
    expect(names('a | 33 | 条 |')).toEqual(['Cells']);
    expect(images('a | b |（一）予以公开| 2 |1.完善')).toEqual(['a | b |', '（一）', '予以公开| 2 |', '1.', '完善']);
    expect(names('a | b |（一）予以公开| 2 |1.完善')).toEqual([
      'Cells',
      'Marker(han-paren)',
      'Cells',
      'Marker(digit)',
      'Text',
    ]);
    // 1.5 passes the quick test of a digit marker but is no marker: the run goes on.
    expect(names('a | 1.5 | 2')).toEqual(['Cells']);
    expect(images('| 二、x | 其中：y\n')).toEqual(['| ', '二、', 'x | ', '其中：', 'y\n']);
  });

  it('should give a run the offsets of its pipes, half- and full-width, and a marker its family, as payload', () => {
    const tokens = lexer.tokenize('a | b ｜ c\n（一）x|y\nz\n').tokens;
    expect(tokens.map((token) => token.payload as unknown)).toEqual([[2, 6], 'han-paren', [14], undefined]);
  });

  it('should end a line with the token that takes its line feed', () => {
    expect(names('一、概述\n附件\n\na | 33 |\r\nb ｜ c\n（一）x | 1.5\n')).toEqual([
      'Marker(han)',
      'LineText',
      'Marker(appendix)',
      'Newline',
      'Newline',
      'LineCells',
      'LineCells',
      'Marker(han-paren)',
      'LineCells',
    ]);
    expect(images('a | 33 |\r\nb\n')).toEqual(['a | 33 |\r\n', 'b\n']);
  });

  it('should read each text afresh when texts alternate (the matchers keep the last one they read)', () => {
    // The same run offset in two texts: the second holds a cell marker where the first holds a number.
    const first = 'x | 1\n';
    const second = 'x | 一、y\n';
    const before = names(first);
    expect(names(second)).toEqual(['Cells', 'Marker(han)', 'LineText']);
    expect(names(first)).toEqual(before);
    expect(before).toEqual(['LineCells']);
  });

  it('should tokenise any character without errors', () => {
    expect(lexer.tokenize('\u0000\ud800 |\r\n｜\t\u3000 x\n\n').errors).toEqual([]);
    expect(lines('\u0000\ud800 |\r\n｜\t\u3000 x\n\n').errors).toEqual([]);
  });

  it("should start a token at every code unit (each of Chevrotain's first-character buckets has a run)", () => {
    // Every code unit once, each at the start of a line (where the lexer's first-character table picks the
    // patterns to try), then all of them in one line: the tokens cover the text, without errors.
    const units = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((c) => c !== '\n');
    for (const text of [units.join('\n'), units.join('')]) {
      const { tokens, errors } = lexer.tokenize(text);
      expect(errors).toEqual([]);
      // Between two tokens, and after the last one, only skipped blanks.
      let offset = 0;
      for (const token of [...tokens, { startOffset: text.length, image: '' }]) {
        expect(text.slice(offset, token.startOffset)).toMatch(/^[ \t\r\u00a0\u3000\ufeff]*$/);
        offset = token.startOffset + token.image.length;
      }
    }
  });
});

describe('report-text grammar definition', () => {
  it('should build the lexer with validations and the first-character optimisation on', () => {
    // createReportTextLexer(true) runs Chevrotain's token validations and throws when the optimisation is off.
    expect(createReportTextLexer(true).lexerDefinitionErrors).toEqual([]);
  });

  it('should build the parser with Chevrotain grammar validations on', () => {
    // Production skips them (start-up time); with them, any definition error throws here.
    expect(() => new ReportTextParser(false)).not.toThrow();
  });
});

describe('report-text parser', () => {
  it('should report text lines, rows and blank lines in order', () => {
    const text = '标题\n一、概述\na | b |\n（一）c | d\n\n正文。\n商业\n企业 | 1';
    const { events, errors } = lines(text);
    expect(errors).toEqual([]);
    expect(events).toEqual([
      { kind: 'text', text: '标题\n' },
      { kind: 'text', marker: '一、', text: '概述\n' },
      { kind: 'row', first: 8, pipes: [10, 14], markers: [], newline: 15 },
      { kind: 'row', first: 16, pipes: [21], markers: ['（一）'], newline: 24 },
      { kind: 'blank', offset: 25 },
      { kind: 'text', text: '正文。\n' },
      { kind: 'text', text: '商业\n' },
      { kind: 'row', first: 33, pipes: [36], markers: [], newline: -1 },
    ]);
  });

  it('should report a marker alone, cell markers and a row that starts with a pipe', () => {
    expect(lines('附件\n| 二、x | 其中：y\n').events).toEqual([
      { kind: 'text', marker: '附件' },
      { kind: 'row', first: 3, pipes: [3, 9], markers: ['二、', '其中：'], newline: 15 },
    ]);
  });

  it('should report the last line of a text without a line feed, after a cell marker or alone', () => {
    expect(lines('a | (1)x | y').events).toEqual([
      { kind: 'row', first: 0, pipes: [2, 9], markers: ['(1)'], newline: -1 },
    ]);
    expect(lines('a | (1)x').events).toEqual([{ kind: 'row', first: 0, pipes: [2], markers: ['(1)'], newline: -1 }]);
    expect(lines('x\n一、概述').events).toEqual([
      { kind: 'text', text: 'x\n' },
      { kind: 'text', marker: '一、', text: '概述' },
    ]);
    expect(lines('一、').events).toEqual([{ kind: 'text', marker: '一、' }]);
  });

  it('should report every line once, with the pipes it holds', () => {
    const alphabet = [
      '一',
      '、',
      '(',
      '（',
      '）',
      '1',
      '.',
      '|',
      '｜',
      ' ',
      '\u3000',
      '\n',
      '\r',
      '文',
      '第',
      '，',
      '其',
      '中',
      '附',
      '件',
      '①',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        const { events, errors } = lines(text);
        expect(errors).toEqual([]);
        const expected = text.split('\n').map((line, i, all) => ({ line, last: i === all.length - 1 }));
        // The last piece after the final line feed is a line only when it holds more than blanks.
        const real = expected.filter(({ line, last }) => !last || /[^ \t\r\u00a0\u3000\ufeff]/.test(line));
        expect(events).toHaveLength(real.length);
        let offset = 0;
        text.split('\n').forEach((line, i) => {
          const event = events[i];
          const pipes = [...line].flatMap((ch, k) => (ch === '|' || ch === '｜' ? [offset + k] : []));
          if (event !== undefined) {
            if (pipes.length > 0) expect(event).toMatchObject({ kind: 'row', pipes });
            else expect(event.kind).not.toBe('row');
          }
          offset += line.length + 1;
        });
      }),
      { numRuns: 300 },
    );
  });

  it('should parse the reference sample without errors', () => {
    const text = readFileSync(new URL('../../samples/quzhou-safety-2018.txt', import.meta.url), 'utf8');
    const { events, errors } = lines(text);
    expect(errors).toEqual([]);
    expect(events.filter((event) => event.kind === 'row')).toHaveLength(86);
    expect(events.filter((event) => event.kind === 'text')).toHaveLength(30);
  });
});
