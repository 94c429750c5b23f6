import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from '../../src/vocabulary/white-space.js';
import { furnitureKind } from '../../src/vocabulary/page-furniture.js';
import {
  compactEquals,
  compactStartsWith,
  endsInPipe,
  endsInPipeThenBlanks,
  furnitureOf,
  isBlankLine,
  isPipesOnly,
  unmarkedThenMarked,
  withoutBlanksAndPipes,
  withoutTrailingPipes,
} from '../../src/normalise/tables/line-tests.js';
import { cellKind, hasInnerPipe, isNarrative } from '../../src/normalise/tables/cell-types.js';
import { isEmptyMark, isHeadingDash } from '../../src/vocabulary/empty-marks.js';
import { isUnitWord, UNIT_ALTERNATION } from '../../src/vocabulary/units.js';
import { draw } from '../helpers/draw.js';

/**
 * The character loops of line-tests.ts stand for regular expressions; each is checked against the
 * expression it replaces, on every UTF-16 code unit and on lines mixing blanks, pipes and text.
 */
const everyCodeUnit = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));

const LINES = [
  '',
  ' ',
  '\t\f',
  '|',
  ' | ',
  '｜ ||',
  'a',
  'a |',
  'a | ',
  'a |||',
  '| a',
  '|a|b|',
  '规章 |',
  '规章\u3000｜\u00a0',
  ' 规 章 ',
  '第 2 页',
  ' 共 5 页 第 2 页 ',
  '- 3 -',
  '－3－',
  '—3—',
  '-- 3 of 5 --',
  '3 of 5',
  '3/5',
  ' Page 3 of 5',
  'page 3',
  '\f',
  ' \f ',
  '2019年1月7日',
  '一、总体情况',
  '第三章',
  '12',
  '0 | 1 |',
];

describe('line tests by character loops', () => {
  it('should read white space as \\s does', () => {
    for (const ch of everyCodeUnit)
      expect(isWhiteSpace(ch.charCodeAt(0)), `U+${ch.charCodeAt(0).toString(16)}`).toBe(/\s/.test(ch));
  });

  it('should test and cut lines as the regular expressions they stand for', () => {
    const samples = [...LINES];
    for (const ch of everyCodeUnit) samples.push(ch, `x${ch}|`, `|${ch}`, `${ch} | ${ch}`);
    const differ = samples.filter(
      (line) =>
        isBlankLine(line) !== (line.trim() === '') ||
        isPipesOnly(line) !== /^\s*[|｜][\s|｜]*$/.test(line) ||
        endsInPipe(line) !== /[|｜][\s|｜]*$/.test(line) ||
        endsInPipeThenBlanks(line) !== /[|｜]\s*$/.test(line) ||
        withoutTrailingPipes(line) !== line.replace(/\s*[|｜][\s|｜]*$/, '') ||
        withoutBlanksAndPipes(line) !== line.replace(/[\s\u00a0\u3000|｜]+/g, ''),
    );
    expect(differ).toEqual([]);
    expect(withoutTrailingPipes('规章 | ||')).toBe('规章');
    const compacts = ['', '规', '规章', 'a', 'a|', '第2页', '规章制度'];
    const compared = samples
      .slice(0, 4000)
      .filter((line) =>
        compacts.some(
          (text) =>
            compactStartsWith(line, text) !== withoutBlanksAndPipes(line).startsWith(text) ||
            compactEquals(line, text) !== (withoutBlanksAndPipes(line) === text),
        ),
      );
    expect(compared).toEqual([]);
    expect(compactEquals(' 规 | 章 ', '规章')).toBe(true);
    expect(compactStartsWith(' 规 | 章制度', '规章')).toBe(true);
    expect(compactStartsWith(' 规 | ', '规章')).toBe(false);
    expect(withoutBlanksAndPipes(' 规 章 |')).toBe('规章');
  });

  it('should find page furniture as furnitureKind does, behind its first-character test', () => {
    const samples = [...LINES];
    for (const ch of everyCodeUnit)
      samples.push(
        `${ch} 2 页`,
        `${ch}3 of 5`,
        ` ${ch}age 3`,
        `${ch}`,
        `3${ch}5`,
        `3 ${ch}f 5`,
        `12${ch}`,
        ` 3 ${ch} 5`,
      );
    samples.push('3 of 5', '3 OF 5', '3/5', '3 ／ 5', '12', '2846 |', '3 of');
    expect(samples.filter((line) => furnitureOf(line) !== furnitureKind(line))).toEqual([]);
    expect(furnitureOf(' 第 2 页 ')).toBe('page-of');
  });
});

/** The patterns isNarrative and cellKind read before their character loops. */
const DATE_LINE =
  /^\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?\s*$/;
function narrativeByPatterns(text: string): boolean {
  if (text.includes('。') || DATE_LINE.test(text)) return true;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '（' || ch === '《' || ch === '“') depth++;
    else if (ch === ')' || ch === '）' || ch === '》' || ch === '”') depth = depth > 0 ? depth - 1 : 0;
    else if (
      depth === 0 &&
      (ch === '，' || ch === '；' || ch === ';' || (ch === ',' && !/[0-9]/.test(text[i + 1] ?? '')))
    )
      return true;
  }
  return false;
}

describe('narrative and number tests by character loops', () => {
  it('should read narrative as the pattern-first test did', () => {
    const samples = [
      ...LINES,
      '收到申请 2,069 件',
      '收到申请 2,069,',
      '合计,',
      '（含，注）合计',
      '（未闭合，',
      '）多余，',
      '《条例》；',
      '“引号，”',
      '2019 年 1 月 7 日',
      '二〇一九年一月七日',
      '结束。',
    ];
    for (const ch of everyCodeUnit) samples.push(`a${ch}b`, `${ch},1`, `${ch},x`);
    expect(samples.filter((text) => isNarrative(text) !== narrativeByPatterns(text))).toEqual([]);
    expect(isNarrative('收到申请 2,069 件')).toBe(false);
    expect(isNarrative('（含，注）合计，')).toBe(true);
  });

  it('should find pipe rows as the pattern does, lines without a pipe found by search', () => {
    // content, a pipe after it, content after that (blanks: space, tab, no-break and ideographic spaces)
    const PIPE_ROW = /[^|｜ \t\u00a0\u3000][^]*[|｜][^]*[^|｜ \t\u00a0\u3000]/;
    const samples = [...LINES, '规章 | 0', '规章｜0', '| 规章 |', '规章 \u3000|\u00a0 0 |', ' | | ', '0||'];
    for (const ch of everyCodeUnit) samples.push(`a${ch}b`, `a|${ch}`, `${ch}｜b`, `${ch}`);
    expect(samples.filter((text) => hasInnerPipe(text) !== PIPE_ROW.test(text))).toEqual([]);
    expect(samples.filter((text) => hasInnerPipe(text)).length).toBeGreaterThan(0);
  });

  it('should type every cell as the patterns do, behind the digit and first-character tests', () => {
    const NUMBER = new RegExp(`^[+\\-−]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?(?:％|${UNIT_ALTERNATION})?$`);
    const byPatterns = (token: string, unitColumn: boolean): string => {
      const t = token.replace(/[\u00a0\u2009\u202f]/g, '');
      if (t === '') return 'empty';
      if (NUMBER.test(t)) return 'number';
      if (isHeadingDash(t)) return 'dash';
      if (isEmptyMark(t)) return 'empty';
      if (unitColumn && isUnitWord(t)) return 'unit';
      return 'text';
    };
    const cells = [
      '',
      '0',
      '12',
      '1,200',
      '１２',
      '−5',
      '+3',
      '-3',
      '－3',
      '3.5',
      '12%',
      '12％',
      '12件',
      '件',
      '——',
      '-',
      '无',
      '1\u00a0000',
      '\u2009',
      '\u00a012',
      '12\u202f',
      '人次',
      '万元',
      '——人次',
      '无无',
    ];
    for (const ch of everyCodeUnit) cells.push(ch, `${ch}1`, `1${ch}`, `${ch}—`, `—${ch}`, `${ch}${ch}`);
    const differ = cells.filter((cell) =>
      [true, false].some((unitColumn) => cellKind(cell, unitColumn) !== byPatterns(cell, unitColumn)),
    );
    expect(differ).toEqual([]);
    expect(cellKind('1\u00a0000', false)).toBe('number');
  });

  it('should type ASCII digit cells as numbers as the number pattern does, and other cells by the patterns', () => {
    for (const unitColumn of [true, false]) {
      for (const cell of ['0', '12', '0012', '1234567890']) expect(cellKind(cell, unitColumn), cell).toBe('number');
      expect(cellKind('１２', unitColumn)).toBe('number');
      expect(cellKind('1,200', unitColumn)).toBe('number');
      expect(cellKind('12a', unitColumn)).toBe('text');
      expect(cellKind('', unitColumn)).toBe('empty');
      expect(cellKind('——', unitColumn)).toBe('dash');
    }
  });
});

describe('a wrapped group label row, by a character loop', () => {
  const UNMARKED_THEN_MARKED =
    /^[|｜\s]*[^|｜\s（(一二三四五六七八九十0-9０-９①-⑳][^|｜]*[|｜][|｜\s]*(?:[（(][一二三四五六七八九十]|[0-9０-９]+[.．、])/;
  /** `unmarkedThenMarked` on the line inside a longer text, to check that it reads only from…to. */
  const inPlace = (line: string): boolean => unmarkedThenMarked(`（一）|\n${line}\n2.|`, 5, 5 + line.length);

  it('should find the rows the pattern finds, on every code unit in each place', () => {
    const lines = [
      '|不予公开 | 2.其他 |',
      '不予公开｜（一）予以',
      ' 不予公开 | | 12、x',
      '（三） | 1.x',
      '不予 | 2',
      '不予公开 |',
    ];
    for (const ch of everyCodeUnit)
      lines.push(`${ch}a | 1.`, `a${ch}| 1.`, `a |${ch}1.`, `a | 1${ch}`, `a | （${ch}`, `a | ${ch}一`, `${ch}|${ch}`);
    const differ = lines.filter(
      (line) =>
        inPlace(line) !== UNMARKED_THEN_MARKED.test(line) || unmarkedThenMarked(line, 0, line.length) !== inPlace(line),
    );
    expect(differ).toEqual([]);
    expect(lines.filter(inPlace).length).toBeGreaterThan(100);
  });

  it('should find the rows the pattern finds, on drawn rows', () => {
    const pieces = [
      '|',
      '｜',
      ' ',
      '\t',
      '\r',
      '不予',
      '公开',
      '（',
      '(',
      '一',
      '十',
      '1',
      '２',
      '.',
      '．',
      '、',
      '①',
      '⑳',
      '0',
    ];
    const lines = draw(pieces, 50_000, 8, 0x9e37);
    expect(lines.filter((line) => inPlace(line) !== UNMARKED_THEN_MARKED.test(line))).toEqual([]);
    expect(lines.filter(inPlace).length).toBeGreaterThan(50);
  });
});
