import { describe, expect, it } from 'vitest';
import { isFurniture } from '../../src/assemble/merge-blocks.js';
import { endsSentence, fold, joinLines } from '../../src/assemble/text.js';

describe('endsSentence', () => {
  it.each([
    ['依法公开政府信息。', true],
    ['是否公开？', true],
    ['他说：“依法公开。”', true],
    ['（详见附表。）', true],
    ['Done!', true],
    ['…', true],
    ['本年度共收到申请', false],
    ['收到申请1件，', false],
    ['”', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(endsSentence(text)).toBe(expected);
  });
});

describe('joinLines', () => {
  it('puts a space only between two Latin words', () => {
    expect(joinLines('open', 'data')).toBe('open data');
    expect(joinLines('公开', '信息')).toBe('公开信息');
    expect(joinLines('PDF', '文件')).toBe('PDF文件');
    expect(joinLines('2019', 'year')).toBe('2019year');
    expect(joinLines('', 'a')).toBe('a');
  });
});

describe('isFurniture', () => {
  it('finds page numbers, full-width ones included', () => {
    expect(isFurniture('第 2 页 共 5 页')).toBe(true);
    expect(isFurniture('－３－')).toBe(true);
    expect(isFurniture('-- 1 of 5 --')).toBe(true);
  });

  it('turns away narrative, short or long', () => {
    expect(isFurniture('第二页的内容')).toBe(false);
    expect(isFurniture(`第 2 页 共 5 页${'，'.repeat(30)}`)).toBe(false);
  });
});

describe('fold', () => {
  it('folds full-width, traditional characters and blanks between CJK, the same on every call', () => {
    expect(fold('統 計 指 標')).toBe('统计指标');
    expect(fold('統 計 指 標')).toBe('统计指标');
    expect(fold('ＡＢＣ　１２')).toBe('ABC 12');
  });
});

describe('isFurniture: the controls of a copied web page', () => {
  it.each([
    '【打印本页】【关闭窗口】',
    '[打印] [关闭]',
    '打印本页 关闭窗口',
    '字号：大 中 小',
    '字号:[大][中][小]',
    '分享到：',
    '扫一扫在手机打开当前页',
  ])('%s', (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it('keeps a line that says more than the controls', () => {
    expect(isFurniture('发布时间：2023-01-18　字号：大 中 小')).toBe(false);
    expect(isFurniture('关闭窗口前请保存')).toBe(false);
    expect(isFurniture('打印机采购项目')).toBe(false);
  });
});
