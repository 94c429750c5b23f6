import { describe, expect, it } from 'vitest';
import { rebuildTables } from '../../src/normalise/tables/index.js';
import {
  PAGE_BREAKS,
  linesOf,
  renderAligned,
  renderCells,
  renderPipe,
  renderTsv,
  withPageBreak,
  type RenderedParts,
  type TableFixture,
} from '../helpers/render-table.js';
import {
  clauses2019,
  clauses2021,
  emptyCellsAndWrap,
  matrix2019,
  matrix2021,
  provincial2016,
  reviewLitigation,
  sampleTable,
} from './fixtures.js';

const BEFORE = [
  '某某市某某局2019年政府信息公开工作年度报告',
  '一、总体情况',
  '2019年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开工作。',
  '二、统计情况',
];
const AFTER = [
  '三、存在的主要问题及改进情况',
  '一是公开内容还不够全面，二是解读形式比较单一。',
  '某某市某某局',
  '2020年1月15日',
];

/** A report: narrative, the table lines, narrative. */
const report = (lines: readonly string[]): string => [...BEFORE, ...lines, ...AFTER].join('\n');
/** Lines without whitespace, blank lines dropped: how the pipe rows are compared. */
const normalised = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ''))
    .filter((l) => l !== '');

/** The rebuilt text of a rendering next to the pipe rendering of the same table(s). */
function check(
  tables: readonly TableFixture[],
  render: (t: TableFixture) => string[],
): ReturnType<typeof rebuildTables> {
  const expected = report(tables.flatMap((t) => linesOf(renderPipe(t))));
  const rendered = report(tables.flatMap(render));
  const result = rebuildTables(rendered);
  expect(normalised(result.text)).toEqual(normalised(expected));
  // narrative lines are never touched
  const out = result.text.split('\n');
  expect(out.slice(0, BEFORE.length)).toEqual(BEFORE);
  expect(out.slice(-AFTER.length)).toEqual(AFTER);
  return result;
}

/** Where a page break falls: inside the rows, or between header and row for a one-row table. */
const breakAt = (t: TableFixture): number => (t.rows.length > 1 ? Math.floor((t.rows.length - 1) / 2) : -1);

const parts = (fn: (t: TableFixture) => RenderedParts) => (t: TableFixture) => linesOf(fn(t));

interface Case {
  name: string;
  tables: TableFixture[];
  /** Rendering names this table cannot survive, with the reason (see the per-rendering note). */
  skip?: Partial<Record<string, string>>;
}

const cases: Case[] = [
  { name: 'the sample table (legacy 3 columns)', tables: [sampleTable()] },
  { name: 'the 2019 section 三 matrix', tables: [matrix2019] },
  { name: 'the 2021 section 三 matrix', tables: [matrix2021] },
  { name: 'section 四 as one row of 15 numbers', tables: [reviewLitigation] },
  { name: 'the provincial 4-column form', tables: [provincial2016] },
  { name: 'a table with empty cells and a wrapped label', tables: [emptyCellsAndWrap] },
  { name: 'the 2021 section 二 clause tables', tables: clauses2021 },
  {
    name: 'the 2019 section 二 clause tables with an empty cell',
    tables: clauses2019,
    skip: {
      'aligned single spaces':
        'an empty middle value of a 3-value row vanishes without positions; the row is reported as ambiguous',
      'aligned across a page break': 'the same, in single-space text',
      'one cell per line with blank lines': 'an empty cell vanishes without a filler pipe',
    },
  },
];

const renderings: Record<string, (t: TableFixture) => string[]> = {
  pipe: parts(renderPipe),
  tsv: parts(renderTsv),
  'tsv with a <br> in a label': parts((t) =>
    renderTsv(t, { wrapRow: t.rows.findIndex((r) => (r[0] ?? '').length > 12) }),
  ),
  'aligned padded columns': parts((t) => renderAligned(t, { layout: true })),
  'aligned single spaces': parts((t) => renderAligned(t, { layout: false })),
  'one cell per line with pipes': parts((t) => renderCells(t, { pipes: true })),
  'one cell per line with blank lines': parts((t) => renderCells(t, { pipes: false })),
  'pipe across a page break': (t) => withPageBreak(renderPipe(t), breakAt(t), PAGE_BREAKS[0]),
  'aligned across a page break': (t) => withPageBreak(renderAligned(t, { layout: false }), breakAt(t), PAGE_BREAKS[1]),
  'one cell per line across a page break': (t) => withPageBreak(renderCells(t), breakAt(t), PAGE_BREAKS[2]),
};

describe('rebuildTables gives the pipe rows of the pipe rendering', () => {
  for (const c of cases) {
    for (const [name, render] of Object.entries(renderings)) {
      // A rendering a table cannot survive is reported as skipped, with why, not silently left out.
      const limitation = c.skip?.[name];
      (limitation ? it.skip : it)(
        `should rebuild ${c.name} from ${name}${limitation ? ` (known limitation: ${limitation})` : ''}`,
        () => {
          check(c.tables, render);
        },
      );
    }
  }
});

describe('rebuildTables on text it must leave alone', () => {
  it('should return pipe-only text unchanged with no origins', () => {
    const text = report(linesOf(renderPipe(sampleTable())));
    const result = rebuildTables(text);
    expect(result.text).toBe(text);
    expect(result.origins).toBeNull();
    expect(result.diagnostics).toEqual([]);
  });

  it('should return narrative without tables unchanged', () => {
    const text = [...BEFORE, '填报单位：某某局，单位负责人：张三。', '本年度累计公开信息 502 条', ...AFTER].join('\n');
    expect(rebuildTables(text)).toEqual({ text, origins: null, diagnostics: [] });
  });

  it('should keep a section heading after a table out of the table', () => {
    const text = report([
      ...linesOf(renderAligned(matrix2019, { layout: false })),
      '四、政府信息公开行政复议、行政诉讼情况',
      ...linesOf(renderAligned(reviewLitigation, { layout: false })),
    ]);
    const out = rebuildTables(text).text.split('\n');
    expect(out).toContain('四、政府信息公开行政复议、行政诉讼情况');
    expect(out.filter((l) => l.includes('|')).length).toBe(
      matrix2019.header.length + matrix2019.rows.length + reviewLitigation.header.length + 1,
    );
  });

  it('should end a table at the signature that follows it', () => {
    const lines = [
      ...linesOf(renderAligned(emptyCellsAndWrap, { layout: false })),
      '某某县教育局',
      '2016 年 1 月 20 日',
    ];
    const out = rebuildTables(lines.join('\n')).text.split('\n');
    expect(out.slice(-2)).toEqual(['某某县教育局', '2016 年 1 月 20 日']);
    expect(out.at(-3)).toBe('九、政府信息公开会议和培训情况 | —— | 3 |');
  });

  it('should never throw on odd input', () => {
    for (const text of [
      '',
      '\n\n',
      '统计指标',
      '统计指标\t单位\t年度累计数',
      '统计指标 单位 年度累计数\n一、',
      '信息内容\n本年处理决定数量\n\n\n',
      '|||\n单位\t\t\t',
    ]) {
      expect(() => rebuildTables(text)).not.toThrow();
    }
  });
});

describe('rebuildTables reports what it did', () => {
  it('should map every output line to the original lines it came from', () => {
    const lines = withPageBreak(renderAligned(sampleTable(), { layout: false }), 30, PAGE_BREAKS[0]);
    const text = report(lines);
    const original = text.split('\n');
    const result = rebuildTables(text);
    const out = result.text.split('\n');
    expect(result.origins).toHaveLength(out.length);
    // narrative maps one to one
    expect(result.origins![0]).toEqual({ start: 0, end: 0 });
    expect(result.origins!.at(-1)).toEqual({ start: original.length - 1, end: original.length - 1 });
    // a data row maps to the line that printed it
    const row = out.findIndex((l) => l.startsWith('2.政府网站公开政府信息数'));
    expect(original[result.origins![row]!.start]).toBe('2.政府网站公开政府信息数 条 361');
    // the header row maps to the two lines of the split header
    const header = out.findIndex((l) => l.startsWith('统计指标'));
    expect(original.slice(result.origins![header]!.start, result.origins![header]!.end + 1)).toEqual([
      '统 计 指 标 单位 年度累计',
      '数',
    ]);
  });

  it('should report each removed page footer and repeated header as info', () => {
    const lines = withPageBreak(renderAligned(sampleTable(), { layout: false }), 30, PAGE_BREAKS[0]);
    const original = report(lines).split('\n');
    const result = rebuildTables(report(lines));
    const removed = result.diagnostics
      .filter((d) => d.code === 'normalise-continuation-furniture-removed')
      .map((d) => d.actual);
    expect(removed).toEqual(['- 2 -', '第 3 页 共 5 页']);
    const repeated = result.diagnostics.filter((d) => d.code === 'normalise-continuation-header-removed');
    const title = original.lastIndexOf(sampleTable().titles[0]!);
    expect(repeated.map((d) => [d.position?.start.line, d.position?.end.line])).toEqual([
      [title + 1, title + 1],
      [title + 2, title + 3],
    ]);
    expect(original.slice(title + 1, title + 3)).toEqual(['统 计 指 标 单位 年度累计', '数']);
    expect(result.diagnostics.every((d) => d.severity === 'info')).toBe(true);
    expect(result.diagnostics.find((d) => d.code === 'normalise-table-rebuilt')?.message).toContain('legacy-3');
  });

  it('should remove furniture inside a pipe table and leave its rows as they are', () => {
    const lines = withPageBreak(renderPipe(sampleTable()), 40, PAGE_BREAKS[1]);
    const result = rebuildTables(report(lines));
    expect(result.text).toBe(report(linesOf(renderPipe(sampleTable()))));
    expect(result.diagnostics.map((d) => d.code)).toEqual([
      'normalise-continuation-furniture-removed',
      'normalise-continuation-header-removed',
      'normalise-continuation-header-removed',
    ]);
  });

  it('should say when vanished empty cells leave a row ambiguous and which reading it chose', () => {
    const text = report(clauses2019.flatMap((t) => linesOf(renderAligned(t, { layout: false }))));
    const result = rebuildTables(text);
    const ambiguous = result.diagnostics.filter((d) => d.code === 'normalise-cells-ambiguous');
    expect(ambiguous).toHaveLength(1);
    expect(ambiguous[0]!.actual).toBe('其他对外管理服务事项 | 12 | 356 | |');
    expect(ambiguous[0]!.severity).toBe('info');
  });

  it('should choose the reading whose 总计 adds up when a matrix cell vanished', () => {
    const lines = linesOf(renderAligned(matrix2019, { layout: false }));
    const i = lines.findIndex((l) => l.startsWith('一、本年新收'));
    // 自然人 23, 商业企业 4, 社会公益组织 1, 总计 28: three empty cells vanished
    lines[i] = '一、本年新收政府信息公开申请数量 23 4 1 28';
    const result = rebuildTables(report(lines));
    const row = result.text.split('\n').find((l) => l.startsWith('一、本年新收'));
    expect(row).toBe('一、本年新收政府信息公开申请数量 | 23 | 4 | 1 | | | | 28 |');
    const note = result.diagnostics.find((d) => d.code === 'normalise-cells-ambiguous');
    expect(note?.message).toContain('row totals add up');
  });

  it('should read a matrix header whose rowspan words sit on the last header line, as PDF text puts them', () => {
    const lines = linesOf(renderAligned(matrix2021, { layout: false }));
    const first = lines.findIndex((l) => l.startsWith('一、'));
    const text = report([
      '申请人情况',
      '法人或其他组织',
      '自然人 商业 企业 科研 机构 社会公益组织 法律服务机构 其他 总计',
      ...lines.slice(first),
    ]);
    const rows = normalised(rebuildTables(text).text).filter((l) => l.includes('|'));
    expect(rows).toEqual(normalised(linesOf(renderPipe(matrix2021)).join('\n')));
  });

  it('should place values by column position in padded PDF text', () => {
    const lines = linesOf(renderAligned(clauses2019[1]!, { layout: true }));
    const result = rebuildTables(report(lines));
    expect(result.text.split('\n')).toContain('其他对外管理服务事项 | 12 | | 356 |');
    expect(result.diagnostics.some((d) => d.code === 'normalise-cells-ambiguous')).toBe(false);
  });
});
