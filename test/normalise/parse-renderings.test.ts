import { describe, expect, it } from 'vitest';
import { rebuildTables } from '../../src/normalise/tables/index.js';
import { parseReportText } from '../../src/pipeline/index.js';
import type { Report } from '../../src/types.js';
import {
  PAGE_BREAKS,
  linesOf,
  renderAligned,
  renderCells,
  renderPipe,
  renderTsv,
  withPageBreak,
  type TableFixture,
} from '../helpers/render-table.js';
import {
  clauses2021,
  emptyCellsAndWrap,
  matrix2019,
  matrix2021,
  provincial2016,
  reviewLitigation,
  sampleNarrative,
  sampleTable,
} from './fixtures.js';

const HEAD = [
  '某某市某某局2021年政府信息公开工作年度报告',
  '一、总体情况',
  '2021年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开工作。',
  '二、统计情况',
];
const TAIL = [
  '五、存在的主要问题及改进情况',
  '一是公开内容还不够全面，二是解读形式比较单一。',
  '某某市某某局',
  '2022年1月20日',
];

/** What must not depend on the rendering: every table's rows, columns, values and units (cells compared without whitespace). */
function essence(report: Report) {
  const squeeze = (s: string): string => s.replace(/\s+/g, '');
  return {
    sections: report.sections.map((s) => s.heading),
    tables: report.tables.map((t) => ({
      title: t.title === null ? null : squeeze(t.title),
      reportingUnit: t.reportingUnit,
      unit: t.unit,
      clause: t.clause,
      headers: t.headers.map((row) => row.map(squeeze)),
      columns: t.columns.map(squeeze),
      rows: t.rows.map((r) => ({
        marker: r.marker,
        label: squeeze(r.label),
        note: r.note === null ? null : squeeze(r.note),
        unit: r.unit,
        values: r.values,
        cells: r.cells.map(squeeze),
        depth: r.depth,
        parent: r.parent,
        key: r.key,
      })),
    })),
    indicators: report.indicators,
  };
}

const tablesOf = (
  tables: readonly TableFixture[],
  render: (t: TableFixture) => string[],
  head = HEAD,
  tail = TAIL,
): string => [...head, ...tables.flatMap(render), ...tail].join('\n');

const renderings: Record<string, (t: TableFixture) => string[]> = {
  tsv: (t) => linesOf(renderTsv(t)),
  'aligned padded columns': (t) => linesOf(renderAligned(t, { layout: true })),
  'aligned single spaces': (t) => linesOf(renderAligned(t, { layout: false })),
  'one cell per line': (t) => linesOf(renderCells(t, { pipes: true })),
  'one cell per line with blank lines': (t) => linesOf(renderCells(t, { pipes: false })),
  'aligned across a page break': (t) =>
    withPageBreak(
      renderAligned(t, { layout: false }),
      t.rows.length > 1 ? Math.floor((t.rows.length - 1) / 2) : -1,
      PAGE_BREAKS[0],
    ),
};

const cases: { name: string; tables: TableFixture[]; head?: string[]; tail?: string[] }[] = [
  { name: 'the sample report', tables: [sampleTable()], head: sampleNarrative().before.split('\n'), tail: [] },
  { name: 'a report with the 2019 matrix', tables: [matrix2019] },
  {
    name: 'a report with the 2021 clause tables, matrix and section 四',
    tables: [...clauses2021, matrix2021, reviewLitigation],
  },
  { name: 'a report with the provincial form', tables: [provincial2016] },
  { name: 'a report with empty cells and a wrapped label', tables: [emptyCellsAndWrap] },
];

describe('parseReportText reads the same tables whatever the rendering', () => {
  for (const c of cases) {
    const expected = essence(parseReportText(tablesOf(c.tables, (t) => linesOf(renderPipe(t)), c.head, c.tail)));
    it(`should find the tables of ${c.name} in the pipe rendering`, () => {
      expect(expected.tables.length).toBe(c.tables.length);
      expect(expected.tables.every((t) => t.rows.length > 0)).toBe(true);
    });
    for (const [name, render] of Object.entries(renderings)) {
      it(`should give identical rows, columns, values and units for ${c.name} from ${name}`, () => {
        const rebuilt = rebuildTables(tablesOf(c.tables, render, c.head, c.tail));
        expect(essence(parseReportText(rebuilt.text))).toEqual(expected);
      });
    }
  }
});
