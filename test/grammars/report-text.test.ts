/** The report-text grammar: tokens, optimisations, CST shape, and the generated CST types. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createReportTextLexer, parseReportTextCst } from '../../grammars/report-text/index.js';
import { renderCstDts } from '../../scripts/gen-cst-dts.js';

const lexer = createReportTextLexer();
const names = (text: string) => lexer.tokenize(text).tokens.map((token) => token.tokenType.name);

describe('report-text lexer', () => {
  it('should keep the first-character optimisation on (ensureOptimizations)', () => {
    expect(() => createReportTextLexer(true)).not.toThrow();
  });

  it('should read markers at the start of a line in half- and full-width forms', () => {
    expect(names('一、概述')).toEqual(['HanCommaMarker', 'Text']);
    expect(names('（一）强化责任')).toEqual(['HanParenMarker', 'Text']);
    expect(names('(一)强化责任')).toEqual(['HanParenMarker', 'Text']);
    expect(names('１．公开')).toEqual(['DigitDotMarker', 'Text']);
    expect(names('1、公开')).toEqual(['DigitDotMarker', 'Text']);
    expect(names('（1）公开')).toEqual(['DigitParenMarker', 'Text']);
    expect(names('1）公开')).toEqual(['DigitParenMarker', 'Text']);
    expect(names('①公开')).toEqual(['CircledMarker', 'Text']);
    expect(names('一是进一步规范')).toEqual(['HanIsMarker', 'Text']);
    expect(names('第一部分 概述')).toEqual(['PartMarker', 'Text']);
    expect(names('第一,主动公开')).toEqual(['OrdinalCommaMarker', 'Text']);
    expect(names('第二，筑牢信息“质量关”')).toEqual(['OrdinalCommaMarker', 'Text']);
    expect(names('第三、强化监督')).toEqual(['OrdinalCommaMarker', 'Text']);
    expect(names('附件')).toEqual(['AppendixMarker']);
  });

  it('should read markers at the start of a table cell but not inside text', () => {
    expect(names('三、本年度办 理结果 | （一）予以公开 | 33')).toEqual([
      'HanCommaMarker',
      'Text',
      'Pipe',
      'HanParenMarker',
      'Text',
      'Pipe',
      'Text',
    ]);
    expect(names('我局一、二季度共公开（一）')).toEqual(['Text']);
    // 第一 without a comma after it is prose (第一次, 第一季度), and 第二十条 a clause.
    expect(names('第一次全体会议')).toEqual(['Text']);
    expect(names('第二十条第(一)项 | 1')).toEqual(['Text', 'Pipe', 'Text']);
    expect(names('全镇第一，位居前列')).toEqual(['Text']);
  });

  it('should not read a decimal or a date as a marker', () => {
    expect(names('1.5')).toEqual(['Text']);
    expect(names('2019.1.7')).toEqual(['Text']);
    expect(names('0.00 | 1')).toEqual(['Text', 'Pipe', 'Text']);
  });

  it('should not read a host name that a line break left at the start of a line as a marker', () => {
    // 电子邮箱：tzzrzyj@ ⏎ 126.com): a PDF line break inside an e-mail address.
    expect(names('126.com)')).toEqual(['Text']);
    expect(names('163.COM')).toEqual(['Text']);
    expect(names('1.完善制度')).toEqual(['DigitDotMarker', 'Text']);
    expect(names('2. 加强培训')).toEqual(['DigitDotMarker', 'Text']);
  });

  it('should tokenise any character without errors', () => {
    const { errors } = parseReportTextCst('\u0000\ud800 |\r\n｜\t\u3000 x\n\n');
    expect(errors).toEqual([]);
  });
});

describe('report-text parser', () => {
  it('should group consecutive pipe lines into one table and keep text lines apart', () => {
    const { cst, errors } = parseReportTextCst('标题\n一、概述\na | b |\nc | d\n\n正文。\n商业\n企业 | 1\n');
    expect(errors).toEqual([]);
    expect(cst.children.textLine).toHaveLength(4);
    expect(cst.children.blank).toHaveLength(1);
    expect(cst.children.table!.map((table) => table.children.row.length)).toEqual([2, 1]);
    expect(cst.children.table![0]!.children.row[0]!.children.Pipe).toHaveLength(2);
  });

  it('should parse the reference sample without errors', () => {
    const text = readFileSync(new URL('../../samples/quzhou-safety-2018.txt', import.meta.url), 'utf8');
    const { cst, errors } = parseReportTextCst(text);
    expect(errors).toEqual([]);
    expect(cst.children.table).toHaveLength(1);
    expect(cst.children.table![0]!.children.row).toHaveLength(86);
    expect(cst.children.textLine).toHaveLength(30);
  });

  it('should have committed CST types equal to the generator output', () => {
    const committed = readFileSync(new URL('../../grammars/report-text/cst.d.ts', import.meta.url), 'utf8');
    expect(committed).toBe(renderCstDts());
  });
});
