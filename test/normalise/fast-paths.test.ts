import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rebuildTables } from '../../src/normalise/tables/index.js';
import { rejoinRows, rejoinsAny } from '../../src/normalise/tables/wrapped-rows.js';
import { hasDigitCell, mayHaveValues, pipeCells, readRow } from '../../src/normalise/tables/split-rows.js';
import { compact, compiledSpecs, matchHeaderAt } from '../../src/normalise/tables/header-match.js';

/**
 * The stage's fast paths skip work on text that needs none; each must give what the full work gives, on
 * text it skips and on text it does not skip.
 */
const samplesDir = new URL('../../samples/', import.meta.url);
const samples = readdirSync(samplesDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(new URL(name, samplesDir), 'utf8').replace(/\r\n/g, '\n'));

const NARRATIVE = Array.from(
  { length: 60 },
  (_, i) => `（${i}）本机关依法依规做好政府信息公开工作，全年共办理申请${i}件。`,
).join('\n');
/** A row whose label ran over into a row of its own (wrapped-rows.test.ts), and one that did not. */
const RAN_OVER = ['||2.其他法律行政法规禁 | 0 0 0 0 0 0 0 |', '||止公开 | |'];
const WHOLE = ['||2.其他法律行政法规禁止公开 | 0 0 0 0 0 0 0 |', '||3.危及“三安全一稳定” | 0 0 0 0 0 0 0 |'];
/** A wrapped rowspan label (joinWrappedGroupLabel). */
const GROUP = [
  '|（三） | 1.属于国家秘密 | 0 0 0 0 0 0 0 |',
  '|不予公开 | 2.其他法律行政法规禁止公开 | 0 0 0 0 0 0 0 |',
];

describe('finding that no pipe rows need joining without splitting the text', () => {
  const texts = [
    ...samples,
    // as rejoinsAny meets them: the tables rebuilt as pipe rows
    ...samples.map((text) => rebuildTables(text).text),
    '',
    '|',
    'a | b |',
    NARRATIVE,
    [NARRATIVE, ...RAN_OVER, NARRATIVE].join('\n'),
    [NARRATIVE, ...WHOLE, NARRATIVE].join('\n'),
    [NARRATIVE, ...GROUP].join('\n'),
    [NARRATIVE, ...GROUP.map((row) => row.replace(/\|/g, '｜'))].join('\n'),
    [NARRATIVE, ...RAN_OVER.map((row) => row.replace(/\|/g, '｜'))].join('\n'),
    // rows apart (a narrative line between them) are not a pair
    [RAN_OVER[0], NARRATIVE.split('\n')[0], RAN_OVER[1]].join('\n'),
    [RAN_OVER[0], '', RAN_OVER[1]].join('\n'),
    [...RAN_OVER].join('\n') + '\n',
    '\n' + [...GROUP].join('\n'),
  ];
  // CRLF text, as the bench passes it: a row's '\r' hides that it ends in a value, the digit cell test does not
  texts.push(...texts.map((text) => text.replace(/\n/g, '\r\n')));

  it('should agree with rejoinRows on every text, joined or not', () => {
    const answers = texts.map((text) => rejoinsAny(text));
    expect(answers).toEqual(texts.map((text) => rejoinRows(text.split('\n'), null) !== null));
    // both kinds occur: the fast path is tested on text it skips and on text it does not
    expect(answers).toContain(true);
    expect(answers).toContain(false);
  });

  it('should still join rows that come after a long narrative', () => {
    const text = [NARRATIVE, ...RAN_OVER, NARRATIVE].join('\n');
    const result = rebuildTables(text);
    expect(result.text.split('\n')).toContain('||2.其他法律行政法规禁止公开 | 0 0 0 0 0 0 0 |');
    expect(result.origins![60]).toEqual({ start: 60, end: 61 });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['normalise-continuation-row-rejoined']);
    const skipped = [NARRATIVE, ...WHOLE, NARRATIVE].join('\n');
    expect(rebuildTables(skipped)).toEqual({ text: skipped, origins: null, diagnostics: [] });
  });
});

describe('a cell of digits read in place (hasDigitCell)', () => {
  const rows = [
    ...samples.flatMap((text) => text.split('\n')).filter((line) => /[|｜]/.test(line)),
    ...[
      '0',
      ' 12 ',
      '1 2',
      '１２',
      '12a',
      'a12',
      '',
      ' ',
      '——',
      '-1',
      '3.5',
      '\u300012\u3000',
      '\t7\r',
      '\u00a08',
    ].flatMap((cell) => [
      `${cell}`,
      `|${cell}|`,
      `label | ${cell} |`,
      `label ｜${cell}`,
      `${cell} | text |\r`,
      `|| ${cell} ||`,
    ]),
  ];

  it('should say a row has a digits-only cell exactly when pipeCells gives one, in place at any offset', () => {
    const digitsOnly = (row: string) => pipeCells(row).some((cell) => /^[0-9]+$/.test(cell));
    const answers = rows.map((row) => hasDigitCell(`x\n${row}\ny`, 2, 2 + row.length));
    expect(answers).toEqual(rows.map(digitsOnly));
    expect(answers).toContain(true);
    expect(answers).toContain(false);
  });

  it('should be true only of rows that readRow reads with values', () => {
    for (const row of rows.filter((r) => hasDigitCell(r, 0, r.length)))
      expect(readRow(pipeCells(row)).values).toBe(true);
  });
});

describe('a row without values found in place (mayHaveValues)', () => {
  const rows = samples.flatMap((text) => text.split('\n')).filter((line) => /[|｜]/.test(line));
  for (let code = 0; code < 0x10000; code++) {
    const ch = String.fromCharCode(code);
    rows.push(`${ch}`, `a | ${ch} |`, `${ch}1 | b`, `a |${ch}\u3000`, `| \u00a0${ch}件 |`, `${ch} 3 4`);
  }

  it('should never miss a row that readRow reads with values, in place at any offset', () => {
    const missed = rows.filter(
      (row) => readRow(pipeCells(row)).values && !mayHaveValues(`x\n${row}\ny`, 2, 2 + row.length),
    );
    expect(missed).toEqual([]);
  });

  it('should tell header and title rows apart from rows with values', () => {
    for (const row of [
      '信息内容 | 本年处理决定数量 | | |',
      '第二十条第(五)项 | | | |',
      '自然人 | 法人或其他组织 | | | | | 总计 |',
    ])
      expect(mayHaveValues(row, 0, row.length), row).toBe(false);
    expect(rows.filter((row) => !mayHaveValues(row, 0, row.length)).length).toBeGreaterThan(10_000);
  });
});

describe('matching header lines through the tree of lines read before', () => {
  it('should find the header each start line gives, whatever was read before and however the lines split', () => {
    for (const text of samples) {
      const lines = text.split('\n');
      const first = lines.map((_, s) => matchHeaderAt(lines, s, compiledSpecs));
      // again, now that every line sequence of the text is in the tree
      expect(lines.map((_, s) => matchHeaderAt(lines, s, compiledSpecs))).toEqual(first);
      // the same header on one line: another path through the tree, the same text at its end
      for (const found of first.filter((m) => m !== null)) {
        const headerText = lines
          .slice(found.start, found.end + 1)
          .map(compact)
          .join('');
        const again = matchHeaderAt([headerText], 0, [found.compiled]);
        expect(again?.texts).toEqual(found.texts);
      }
    }
  });
});
